import { CARD_COLORS as C } from "@/components/quote/card-image";
import { textWidth } from "@/lib/card-fit";
import { CARD_FONT_NAME } from "@/lib/card-font";
import { dateSpan, isDay, PRECEDENT_NAMES, type PrecedentChart } from "@/lib/figures/precedent-periods";
import { formatDate, type Lang } from "@/lib/i18n";
import { ui } from "@/lib/i18n/strings";
import { PAGE_IMAGE } from "./page-image";

const PAD = 64;
const GUTTER = 150;
const PLOT = { x0: PAD + GUTTER, x1: PAGE_IMAGE.width - PAD };
const LANE = { arcg: 210, ab: 306 } as const;
const BAND_H = 50;
const MARK_Y = 400;
const TITLE_SIZE = 46;
const MARK_SIZE = 20;

/**
 * The font size, at most `size`, at which a one-line text fits `room` px. card-fit's width estimate is an upper bound
 * that runs well above Geist's real widths on running text (about 17 % on the English title), so a text may be
 * estimated up to 12 % wider than its room and still fit; only a longer one (a translation) is set smaller.
 */
function fitLine(text: string, size: number, room: number): number {
  const estimate = textWidth(text, size);
  const allowed = room * 1.12;
  return estimate <= allowed ? size : Math.floor(((size * allowed) / estimate) * 10) / 10;
}

/**
 * The precedent chart as a 1200×630 link-preview image (next/og: flex boxes, inline styles, the light palette
 * from app/tokens.css), drawn from the same derived periods as the page's SVG. Reported: hatched and labelled.
 */
export function ChartImage({
  chart,
  kicker,
  title,
  siteName,
  lang,
}: {
  chart: PrecedentChart;
  kicker: string;
  title: string;
  siteName: string;
  /** The edition whose words the image draws (its labels come translated with `chart`). */
  lang: Lang;
}) {
  const t = ui(lang).figures.image;
  const titleSize = fitLine(title, TITLE_SIZE, PAGE_IMAGE.width - 2 * PAD);
  const t0 = dateSpan(chart.from).start;
  const t1 = dateSpan(chart.to).end;
  const x = (t: number) => PLOT.x0 + ((t - t0) / (t1 - t0)) * (PLOT.x1 - PLOT.x0);
  const years: number[] = [];
  for (let y = Number(chart.from.slice(0, 4)); y <= Number(chart.to.slice(0, 4)); y++) years.push(y);
  const hatch = `repeating-linear-gradient(45deg, ${C.muted} 0px, ${C.muted} 5px, ${C.panel} 5px, ${C.panel} 11px)`;
  // next/og reads every style value as text: leave unset properties out rather than undefined.
  const abs = (style: Record<string, string | number | undefined>) => ({
    position: "absolute" as const,
    display: "flex",
    ...Object.fromEntries(Object.entries(style).filter(([, v]) => v !== undefined)),
  });
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        position: "relative",
        background: C.paper,
        color: C.ink,
        fontFamily: CARD_FONT_NAME,
        borderTop: `14px solid ${C.accent}`,
      }}
    >
      <div
        style={abs({ left: PAD, top: 40, fontSize: 22, color: C.muted, letterSpacing: 2, textTransform: "uppercase" })}
      >
        {kicker}
      </div>
      <div style={abs({ left: PAD, top: 76 + (TITLE_SIZE - titleSize) / 2, fontSize: titleSize, color: C.ink })}>
        {title}
      </div>
      {years.map((y) => {
        const left = x(Date.UTC(y, 0, 1));
        return (
          <div key={y} style={abs({ left, top: 180, width: 1, height: 300, background: C.rule })}>
            <div style={abs({ left: 6, top: 302, fontSize: 22, color: C.muted })}>{String(y)}</div>
          </div>
        );
      })}
      {(["arcg", "ab"] as const).map((p) => (
        <div key={p} style={abs({ left: PAD, top: LANE[p] + 10, fontSize: 28, color: C.ink })}>
          {PRECEDENT_NAMES[p].short}
        </div>
      ))}
      <div style={abs({ left: PAD, top: MARK_Y - 16, fontSize: 24, color: C.ink })}>{t.rulings}</div>
      {chart.bands.map((b) => {
        const left = x(dateSpan(b.start.date).start);
        const right = b.end ? x(dateSpan(b.end.date).start) : PLOT.x1;
        const reported = b.status === "reported";
        return (
          <div
            key={b.start.id}
            style={abs({
              left,
              top: LANE[b.precedent],
              width: right - left,
              height: BAND_H,
              background: reported ? C.panel : b.precedent === "arcg" ? C.accent : C.muted,
              backgroundImage: reported ? hatch : undefined,
              border: reported ? `2px dashed ${C.ink}` : undefined,
              alignItems: "center",
              justifyContent: "center",
            })}
          >
            {reported ? (
              <div
                style={{
                  display: "flex",
                  background: C.paper,
                  color: C.ink,
                  // The word fits inside the band; its paper backing may reach the band's edges.
                  fontSize: fitLine(t.reported, MARK_SIZE, right - left),
                  padding: "2px 6px",
                }}
              >
                {t.reported}
              </div>
            ) : null}
          </div>
        );
      })}
      {chart.bands.map((b) => {
        const left = x(dateSpan(b.start.date).start);
        const width = 20 * b.label.length * 0.62;
        return (
          <div
            key={`l-${b.start.id}`}
            style={abs({
              left: Math.min(left, PLOT.x1 - width),
              top: LANE[b.precedent] - 30,
              fontSize: 22,
              color: C.ink,
              fontWeight: 700,
            })}
          >
            {b.label}
          </div>
        );
      })}
      {chart.markers.map((m, i) => {
        const span = dateSpan(m.event.date);
        const mid = x((span.start + span.end) / 2);
        const label = `${m.label}${m.event.status === "reported" ? t.reportedAfter : ""}`;
        const row = i % 2;
        return (
          <div key={m.event.id} style={abs({ left: 0, top: 0, width: "100%", height: "100%" })}>
            {isDay(m.event.date) ? (
              m.kind === "limited" ? (
                <div
                  style={abs({
                    left: mid - 10,
                    top: MARK_Y - 10,
                    width: 20,
                    height: 20,
                    background: C.ink,
                    transform: "rotate(45deg)",
                  })}
                />
              ) : (
                <div
                  style={abs({
                    left: mid - 9,
                    top: MARK_Y - 9,
                    width: 18,
                    height: 18,
                    borderRadius: 9,
                    border: `4px solid ${C.ink}`,
                    background: C.paper,
                  })}
                />
              )
            ) : (
              <div
                style={abs({
                  left: x(span.start),
                  top: MARK_Y + 8,
                  width: x(span.end) - x(span.start),
                  height: 12,
                  borderLeft: `3px solid ${C.ink}`,
                  borderRight: `3px solid ${C.ink}`,
                  borderBottom: `3px dashed ${C.ink}`,
                })}
              />
            )}
            <div
              style={abs({
                left: Math.min(Math.max(mid - label.length * 6, PLOT.x0), PLOT.x1 - label.length * 12),
                top: MARK_Y + 26 + row * 30,
                fontSize: 21,
                color: C.ink,
              })}
            >
              {label}
            </div>
          </div>
        );
      })}
      <div
        style={abs({
          left: PAD,
          right: PAD,
          bottom: 36,
          justifyContent: "space-between",
          alignItems: "center",
          fontSize: 22,
          color: C.muted,
        })}
      >
        <div style={{ display: "flex", color: C.accent, fontSize: 24 }}>{siteName}</div>
        <div style={{ display: "flex" }}>{t.reviewed(formatDate(chart.to, lang))}</div>
      </div>
    </div>
  );
}
