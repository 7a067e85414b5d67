import { Fragment } from "react";
import { ReportedBadge } from "@/components/site/reported-badge";
import { formatDate, localePath, type Lang } from "@/lib/i18n";
import { ui } from "@/lib/i18n/strings";
import {
  PRECEDENT_NAMES,
  isDay,
  type Band,
  type Marker,
  type Precedent,
  type PrecedentChart as Chart,
} from "@/lib/figures/precedent-periods";
import { routesFor } from "@/lib/routes";
import { linkLabel, type SiteModel } from "@/lib/site/model";
import { FigureFrame, KEY_LIST, KeyItem } from "./figure-frame";
import { fitWord, spreadLabels, textWidth, timeScale, wrap } from "./geometry";

const FIGURE_ID = "precedent-chart";
/** Links in the drawing: no underline (every mark is one), underlined on hover and focus. */
export const SVG_LINKS = "[&_a]:no-underline [&_a:is(:hover,:focus-visible)_text]:underline";
/** A halo in the page colour behind a label, so grid lines and leaders never run through its letters. */
const HALO = { strokeWidth: 4, paintOrder: "stroke", strokeLinejoin: "round" } as const;
const BAND_FILL: Record<Precedent, string> = { arcg: "fill-accent", ab: "fill-muted" };

/** The chart's words in an edition: its sentences (text alternatives, link names), dates and links. */
function words(lang: Lang) {
  const t = ui(lang).figures;
  const c = t.chart;
  const date = (d: string) => formatDate(d, lang);
  const until = (b: Band, to: string) =>
    b.end
      ? `${c.untilEnd(date(b.end.date), c.ends[b.end.effect])}${b.end.status === "reported" ? c.reportedNote : ""}`
      : c.untilToday(date(to));
  const bandName = (b: Band) => `${b.label}${b.status === "reported" ? c.reportedNote : ""}`;
  const markerKind = (m: Marker) => c.markerKinds[m.kind];
  const markerDate = (m: Marker) => (isDay(m.event.date) ? date(m.event.date) : c.dayUnknown(date(m.event.date)));
  return {
    lang,
    t,
    c,
    date,
    eventHref: (id: string) => `${routesFor(lang).timeline}#${id}`,
    bandSentence: (b: Band, to: string) => c.band(bandName(b), date(b.start.date), until(b, to)),
    markerKind,
    markerDate,
    markerSentence: (m: Marker) =>
      `${c.marker(m.label, markerDate(m), markerKind(m))}${m.event.status === "reported" ? c.reportedNote : ""}`,
  };
}
type Words = ReturnType<typeof words>;

/** The hatching that marks a reported period (with the word "reported": never colour alone). */
/** The accessible name and description both layouts carry, and the hatching the reported period is drawn with. */
function ChartHead({ id, chart, w }: { id: string; chart: Chart; w: Words }) {
  return (
    <>
      <title id={`${id}-title`}>{ui(w.lang).model.chart.title(chart.from.slice(0, 4))}</title>
      <desc id={`${id}-desc`}>
        {w.c.desc(
          chart.bands.map((b) => w.bandSentence(b, chart.to)).join(". "),
          chart.markers.map(w.markerSentence).join("; "),
        )}
      </desc>
      <defs>
        <Hatch id={`${id}-hatch`} />
      </defs>
    </>
  );
}

function Hatch({ id }: { id: string }) {
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(45)">
      <rect width="7" height="7" className="fill-panel" />
      <line x1="0" y1="0" x2="0" y2="7" strokeWidth="3.5" className="stroke-muted" />
    </pattern>
  );
}

/** A court ruling: a diamond. A Board decision: an open circle. */
function Glyph({ m, x, y }: { m: Marker; x: number; y: number }) {
  return m.kind === "limited" ? (
    <path d={`M${x} ${y - 7}L${x + 7} ${y}L${x} ${y + 7}L${x - 7} ${y}Z`} className="fill-ink" />
  ) : (
    <circle cx={x} cy={y} r="5.5" strokeWidth="2" className="fill-paper stroke-ink" />
  );
}

/** A date known only to the month or year: a bracket over the whole span, dashed when reported. */
function Span({ m, a, b, at, vertical }: { m: Marker; a: number; b: number; at: number; vertical?: boolean }) {
  const dash = m.event.status === "reported" ? "4 3" : undefined;
  const [x1, y1, x2, y2] = vertical ? [at, a, at, b] : [a, at, b, at];
  const cap = (x: number, y: number) =>
    vertical ? <line x1={x - 5} y1={y} x2={x + 5} y2={y} /> : <line x1={x} y1={y - 5} x2={x} y2={y + 5} />;
  return (
    <g strokeWidth="2.5" className="stroke-ink">
      <line x1={x1} y1={y1} x2={x2} y2={y2} strokeDasharray={dash} />
      {cap(x1, y1)}
      {cap(x2, y2)}
    </g>
  );
}

function Horizontal({ chart, w }: { chart: Chart; w: Words }) {
  const W = 680;
  const [X0, X1] = [84, 668];
  const s = timeScale(chart.from, chart.to, X0, X1);
  const lanes: Record<Precedent, number> = { arcg: 8, ab: 64 };
  const BAND_TOP = 18;
  const BAND_H = 28;
  const MARK_Y = 128;
  const id = `${FIGURE_ID}-wide`;
  // Marker labels: centred under their mark, kept inside the plot, moved to a second row when they would touch.
  const rows: number[] = [];
  const { reportedAfter } = w.c;
  const labels = [...chart.markers]
    .sort((a, b) => s.mid(a.event.date) - s.mid(b.event.date))
    .map((m) => {
      const text = `${m.label}${m.event.status === "reported" ? reportedAfter : ""}`;
      const w = textWidth(text, 13);
      const x = Math.min(Math.max(s.mid(m.event.date) - w / 2, X0), X1 - w);
      let row = rows.findIndex((end) => end + 10 <= x);
      if (row < 0) row = rows.push(0) - 1;
      rows[row] = x + w;
      return { m, text, x, row };
    });
  const AXIS_Y = MARK_Y + 30 + rows.length * 17;
  const H = AXIS_Y + 44;
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      className={`precedent-chart-wide hidden h-auto w-full font-sans @min-[36rem]:block print:block ${SVG_LINKS}`}
      role="group"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      data-layout="horizontal"
    >
      <ChartHead id={id} chart={chart} w={w} />
      {/* Years */}
      <g className="fill-muted text-[13px]">
        {s.years().map((y) => {
          const x = s.start(String(y));
          return (
            <g key={y}>
              <line x1={x} y1={4} x2={x} y2={AXIS_Y + 5} strokeWidth="1" className="stroke-rule" />
              <text x={x + 3} y={AXIS_Y + 20}>
                {y}
              </text>
            </g>
          );
        })}
        <line x1={X0} y1={AXIS_Y} x2={X1} y2={AXIS_Y} strokeWidth="1.5" className="stroke-muted" />
        <line x1={X1} y1={4} x2={X1} y2={AXIS_Y + 5} strokeWidth="1.5" strokeDasharray="3 3" className="stroke-ink" />
        <text x={X1} y={AXIS_Y + 38} textAnchor="end" className="fill-ink">
          {w.c.today(w.date(chart.to))}
        </text>
      </g>
      {/* Lane names */}
      {(["arcg", "ab"] as const).map((p) => (
        <text key={p} x={0} y={lanes[p] + BAND_TOP + 19} className="fill-ink text-[14px] font-bold">
          {PRECEDENT_NAMES[p].short}
        </text>
      ))}
      <text x={0} y={MARK_Y + 5} className="fill-ink text-[14px] font-bold">
        {w.c.rulings}
      </text>
      {/* Bands */}
      {chart.bands.map((b) => {
        const x = s.start(b.start.date);
        const x2 = b.end ? s.start(b.end.date) : X1;
        const y = lanes[b.precedent] + BAND_TOP;
        const reported = b.status === "reported";
        const lw = textWidth(b.label, 14, true);
        const lx = x + lw > X1 ? X1 - lw : x;
        return (
          <g key={b.start.id} className="band" data-band={b.precedent}>
            <a href={w.eventHref(b.start.id)} aria-label={w.t.toEvent(w.bandSentence(b, chart.to))}>
              <rect
                x={x}
                y={y}
                width={x2 - x}
                height={BAND_H}
                fill={reported ? `url(#${id}-hatch)` : undefined}
                strokeDasharray={reported ? "5 3" : undefined}
                strokeWidth={reported ? 1.5 : 0}
                className={reported ? "stroke-ink" : BAND_FILL[b.precedent]}
              />
              <text x={lx} y={y - 6} {...HALO} className="fill-ink stroke-paper text-[14px] font-bold">
                {b.label}
              </text>
              {reported ? (
                <g>
                  <rect x={x + 3} y={y + 6} width={x2 - x - 6} height={16} rx="2" className="fill-paper" />
                  <text x={(x + x2) / 2} y={y + 18} textAnchor="middle" className="fill-ink text-[12px] font-semibold">
                    {w.c.reported}
                  </text>
                </g>
              ) : null}
            </a>
            {b.end?.status === "reported" ? (
              <line
                x1={x2}
                y1={y - 3}
                x2={x2}
                y2={y + BAND_H + 3}
                strokeWidth="2"
                strokeDasharray="3 2"
                className="stroke-ink"
              />
            ) : null}
            {b.phases.map((ph) => {
              const px = s.start(ph.event.date);
              return (
                <a
                  key={ph.event.id}
                  href={w.eventHref(ph.event.id)}
                  aria-label={w.t.toEvent(w.c.phase(ph.label, w.date(ph.event.date)))}
                >
                  <line x1={px} y1={y - 14} x2={px} y2={y + BAND_H} strokeWidth="2" className="stroke-paper" />
                  <line x1={px} y1={y - 16} x2={px} y2={y} strokeWidth="1.5" className="stroke-ink" />
                  <text x={px - 4} y={y - 6} textAnchor="end" {...HALO} className="fill-ink stroke-paper text-[13px]">
                    {ph.label}
                  </text>
                </a>
              );
            })}
          </g>
        );
      })}
      {/* Rulings */}
      {labels.map(({ m, text, x, row }) => {
        const ly = MARK_Y + 30 + row * 17;
        const cx = s.mid(m.event.date);
        return (
          <a
            key={m.event.id}
            href={w.eventHref(m.event.id)}
            aria-label={w.t.toEvent(w.markerSentence(m))}
            className="marker"
            data-marker={m.kind}
          >
            <line x1={cx} y1={MARK_Y + 8} x2={cx} y2={ly - 11} strokeWidth="1" className="stroke-muted" />
            {isDay(m.event.date) ? (
              <Glyph m={m} x={cx} y={MARK_Y} />
            ) : (
              <Span m={m} a={s.start(m.event.date)} b={s.end(m.event.date)} at={MARK_Y + 8} />
            )}
            <text x={x} y={ly} {...HALO} className="fill-ink stroke-paper text-[13px]">
              {text}
            </text>
          </a>
        );
      })}
    </svg>
  );
}

function Vertical({ chart, w }: { chart: Chart; w: Words }) {
  const W = 300;
  const [Y0, PER_YEAR] = [34, 46];
  const years = Number(chart.to.slice(0, 4)) - Number(chart.from.slice(0, 4)) + 1;
  const s = timeScale(chart.from, chart.to, Y0, Y0 + PER_YEAR * years * 0.999);
  const Y1 = s.end(chart.to);
  const lanes: Record<Precedent, number> = { arcg: 36, ab: 112 };
  const LANE_W = 72;
  const MARK_X = 196;
  const LABEL_X = 208;
  const id = `${FIGURE_ID}-narrow`;
  const placed = [...chart.markers]
    .sort((a, b) => s.mid(a.event.date) - s.mid(b.event.date))
    .map((m) => ({
      m,
      lines: wrap(`${m.label}${m.event.status === "reported" ? w.c.reportedAfter : ""}`, W - LABEL_X, 13),
    }));
  const tops = spreadLabels(
    placed.map((p) => ({ pos: s.mid(p.m.event.date) - 9, size: p.lines.length * 16 })),
    Y0,
    6,
  );
  const H = Math.max(Y1, ...tops.map((t, i) => t + placed[i].lines.length * 16)) + 34;
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      className={`precedent-chart-narrow mx-auto block h-auto w-full max-w-[24rem] font-sans @min-[36rem]:hidden print:hidden ${SVG_LINKS}`}
      role="group"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      data-layout="vertical"
    >
      <ChartHead id={id} chart={chart} w={w} />
      <g className="fill-ink text-[13px] font-bold">
        <text x={lanes.arcg + LANE_W / 2} y={16} textAnchor="middle">
          {PRECEDENT_NAMES.arcg.short}
        </text>
        <text x={lanes.ab + LANE_W / 2} y={16} textAnchor="middle">
          {PRECEDENT_NAMES.ab.short}
        </text>
        <text x={MARK_X - 8} y={16}>
          {w.c.rulings}
        </text>
      </g>
      <g className="fill-muted text-[13px]">
        {s.years().map((y) => {
          const at = s.start(String(y));
          return (
            <g key={y}>
              <line x1={0} y1={at} x2={W} y2={at} strokeWidth="1" className="stroke-rule" />
              <text x={0} y={at + 14}>
                {y}
              </text>
            </g>
          );
        })}
      </g>
      <line x1={0} y1={Y1} x2={W} y2={Y1} strokeWidth="1.5" strokeDasharray="3 3" className="stroke-ink" />
      <text x={0} y={Y1 + 18} className="fill-ink text-[13px]">
        {w.c.today(w.date(chart.to))}
      </text>
      {chart.bands.map((b) => {
        const x = lanes[b.precedent];
        const y = s.start(b.start.date);
        const y2 = b.end ? s.start(b.end.date) : Y1;
        const reported = b.status === "reported";
        const lines = [...wrap(b.label, LANE_W - 6, 13, true), ...(reported ? [w.c.reported] : [])];
        return (
          <g key={b.start.id} className="band" data-band={b.precedent}>
            <a href={w.eventHref(b.start.id)} aria-label={w.t.toEvent(w.bandSentence(b, chart.to))}>
              <rect
                x={x}
                y={y}
                width={LANE_W}
                height={y2 - y}
                fill={reported ? `url(#${id}-hatch)` : undefined}
                strokeDasharray={reported ? "5 3" : undefined}
                strokeWidth={reported ? 1.5 : 0}
                className={reported ? "stroke-ink" : BAND_FILL[b.precedent]}
              />
              {reported ? (
                <rect
                  x={x + 2}
                  y={y + 3}
                  width={LANE_W - 4}
                  height={lines.length * 15 + 4}
                  rx="2"
                  className="fill-paper"
                />
              ) : null}
              {lines.map((line, i) => {
                // A word too long for the lane even by the plain estimate (a translated label) is set smaller.
                const size = fitWord(line, LANE_W, 13);
                return (
                  <text
                    key={line}
                    x={x + LANE_W / 2}
                    y={y + 15 + i * 14}
                    textAnchor="middle"
                    // A presentation attribute, not a style attribute: the policy allows no inline styles.
                    fontSize={size < 13 ? size : undefined}
                    className={`${size < 13 ? "" : "text-[13px]"} ${reported ? "fill-ink" : "fill-paper"} ${line === w.c.reported ? "font-semibold" : "font-bold"}`}
                  >
                    {line}
                  </text>
                );
              })}
            </a>
            {b.end?.status === "reported" ? (
              <line
                x1={x - 3}
                y1={y2}
                x2={x + LANE_W + 3}
                y2={y2}
                strokeWidth="2"
                strokeDasharray="3 2"
                className="stroke-ink"
              />
            ) : null}
            {b.phases.map((ph) => {
              const py = s.start(ph.event.date);
              return (
                <a
                  key={ph.event.id}
                  href={w.eventHref(ph.event.id)}
                  aria-label={w.t.toEvent(w.c.phase(ph.label, w.date(ph.event.date)))}
                >
                  <line x1={x} y1={py} x2={x + LANE_W} y2={py} strokeWidth="2" className="stroke-paper" />
                  <text x={x + LANE_W / 2} y={py + 14} textAnchor="middle" className="fill-paper text-[13px] font-bold">
                    {ph.label}
                  </text>
                </a>
              );
            })}
          </g>
        );
      })}
      {placed.map(({ m, lines }, i) => {
        const cy = s.mid(m.event.date);
        const top = tops[i];
        return (
          <a
            key={m.event.id}
            href={w.eventHref(m.event.id)}
            aria-label={w.t.toEvent(w.markerSentence(m))}
            className="marker"
            data-marker={m.kind}
          >
            {isDay(m.event.date) ? (
              <Glyph m={m} x={MARK_X} y={cy} />
            ) : (
              <Span m={m} a={s.start(m.event.date)} b={s.end(m.event.date)} at={MARK_X - 8} vertical />
            )}
            <line x1={MARK_X + 7} y1={cy} x2={LABEL_X - 2} y2={top + 9} strokeWidth="1" className="stroke-muted" />
            {lines.map((line, j) => (
              <text
                key={line}
                x={LABEL_X}
                y={top + 13 + j * 16}
                {...HALO}
                className="fill-ink stroke-paper text-[13px]"
              >
                {line}
              </text>
            ))}
          </a>
        );
      })}
    </svg>
  );
}

type Row = { date: string; key: string; node: React.ReactNode };

/** The chart's facts as a list, in date order: every band, phase and ruling, with its event and section. */
function DataList({ chart, model, w }: { chart: Chart; model: SiteModel; w: Words }) {
  const { lang, c, date } = w;
  const r = c.rows;
  const links = (e: { id: string; title: string; section: string }) => (
    <span className="block text-xs text-muted">
      <a href={w.eventHref(e.id)}>{w.t.timelineLink(e.title)}</a>
      {e.section ? (
        <>
          {" · "}
          <a href={localePath(lang, e.section)}>{linkLabel(model, localePath(lang, e.section))}</a>
        </>
      ) : null}
    </span>
  );
  const rows: Row[] = [
    ...chart.bands.map((b) => ({
      date: b.start.date,
      key: `band-${b.start.id}`,
      node: (
        <li key={`band-${b.start.id}`} data-row="band" data-event={b.start.id}>
          <strong>{b.label}</strong>
          {b.status === "reported" ? <ReportedBadge lang={lang} /> : null}
          {r.bindingFrom}
          <time dateTime={b.start.date}>{date(b.start.date)}</time>
          {b.end ? r.untilDate : r.untilToday}
          {b.end ? <time dateTime={b.end.date}>{date(b.end.date)}</time> : null}
          {b.end ? r.whenEnded(c.ends[b.end.effect]) : r.lastReviewed(date(chart.to))}
          {b.end?.status === "reported" ? <ReportedBadge lang={lang} /> : null}.{links(b.start)}
        </li>
      ),
    })),
    ...chart.bands.flatMap((b) =>
      b.phases.map((ph) => ({
        date: ph.event.date,
        key: `phase-${ph.event.id}`,
        node: (
          <li key={`phase-${ph.event.id}`} data-row="phase" data-event={ph.event.id}>
            <strong>{ph.label}</strong>
            {ph.event.status === "reported" ? <ReportedBadge lang={lang} /> : null}
            {r.addedTo(b.label)}
            <time dateTime={ph.event.date}>{date(ph.event.date)}</time>.{links(ph.event)}
          </li>
        ),
      })),
    ),
    ...chart.markers.map((m) => ({
      date: m.event.date,
      key: `marker-${m.event.id}`,
      node: (
        <li key={`marker-${m.event.id}`} data-row="marker" data-event={m.event.id}>
          <strong>{m.label}</strong>
          {m.event.status === "reported" ? <ReportedBadge lang={lang} /> : null}: {w.markerKind(m)},{" "}
          <time dateTime={m.event.date}>{w.markerDate(m)}</time>.{links(m.event)}
        </li>
      ),
    })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <ol className="mt-2 grid gap-2 pl-0">
      {rows.map((r) => (
        <Fragment key={r.key}>{r.node}</Fragment>
      ))}
    </ol>
  );
}

export function PrecedentChartFigure({ chart, model, lang }: { chart: Chart; model: SiteModel; lang: Lang }) {
  const w = words(lang);
  const { c } = w;
  return (
    <FigureFrame
      id={FIGURE_ID}
      lang={lang}
      title={ui(lang).model.chart.title(chart.from.slice(0, 4))}
      description={
        <>
          {c.description.before}
          <i>A-B-</i>
          {c.description.after(w.date(chart.to))}
        </>
      }
      legend={
        <ul className={KEY_LIST} aria-label={w.t.frame.key}>
          <KeyItem swatch={<rect x="1" y="3" width="22" height="10" className="fill-accent" />}>
            <i>A-R-C-G-</i>
            {c.key.arcg}
          </KeyItem>
          <KeyItem swatch={<rect x="1" y="3" width="22" height="10" className="fill-muted" />}>
            <i>A-B-</i>
            {c.key.ab}
          </KeyItem>
          <KeyItem
            swatch={
              <>
                <defs>
                  <Hatch id={`${FIGURE_ID}-key-hatch`} />
                </defs>
                <rect
                  x="1"
                  y="3"
                  width="22"
                  height="10"
                  fill={`url(#${FIGURE_ID}-key-hatch)`}
                  strokeDasharray="4 2"
                  className="stroke-ink"
                />
              </>
            }
          >
            {c.key.reported}
          </KeyItem>
          <KeyItem swatch={<path d="M12 1L19 8L12 15L5 8Z" className="fill-ink" />}>
            {c.key.limited.before}
            <i>A-B-</i>
            {c.key.limited.after}
          </KeyItem>
          <KeyItem swatch={<circle cx="12" cy="8" r="5" strokeWidth="2" className="fill-paper stroke-ink" />}>
            {c.key.related}
          </KeyItem>
          <KeyItem
            swatch={
              <g strokeWidth="2.5" className="stroke-ink">
                <line x1="2" y1="8" x2="22" y2="8" strokeDasharray="4 3" />
                <line x1="2" y1="3" x2="2" y2="13" />
                <line x1="22" y1="3" x2="22" y2="13" />
              </g>
            }
          >
            {c.key.span}
          </KeyItem>
        </ul>
      }
      data={<DataList chart={chart} model={model} w={w} />}
    >
      <Horizontal chart={chart} w={w} />
      <Vertical chart={chart} w={w} />
    </FigureFrame>
  );
}
