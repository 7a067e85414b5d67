import { ReportedBadge } from "@/components/site/reported-badge";
import { STATIONS, type CasePath, type PathStep, type Station } from "@/lib/figures/case-paths";
import { formatDate, localePath, type Lang } from "@/lib/i18n";
import { ui } from "@/lib/i18n/strings";
import { routesFor } from "@/lib/routes";
import { linkLabel, type SiteModel } from "@/lib/site/model";
import { FigureFrame } from "./figure-frame";
import { wrap } from "./geometry";
import { SVG_LINKS } from "./precedent-chart";

const FIGURE_ID = "case-path";

/** The figure's words in an edition: station names, step sentences, dates and links. */
function words(lang: Lang) {
  const t = ui(lang).figures;
  const p = t.casePath;
  const date = (d: string) => formatDate(d, lang);
  const station = (at: Station) => p.stations[at];
  const stationName = (at: Station | null) => (at ? station(at).name : p.unknownStation);
  // A step's date opens its row and its sentence: "Diciembre de 2015." (Spanish months are otherwise lowercase).
  const stepDate = (s: PathStep) => (s.dated ? capitalize(date(s.event.date)) : p.undated);
  return {
    lang,
    t,
    p,
    date,
    station,
    stationName,
    stepDate,
    stepSentence: (s: PathStep) =>
      `${stepDate(s)}. ${stationName(s.at)}: ${s.label}${s.event.status === "reported" ? p.reportedNote : ""}`,
    eventHref: (id: string) => `${routesFor(lang).timeline}#${id}`,
  };
}
type Words = ReturnType<typeof words>;

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

type Layout = {
  W: number;
  /** Where the date column is (null: the date is the first line of the label). */
  dateX: number | null;
  colX: number;
  colW: number;
  labelX: number;
  /** Column heads: full names wrapped (wide) or short names (narrow). */
  short: boolean;
  variant: "wide" | "narrow";
};

const WIDE: Layout = { W: 660, dateX: 0, colX: 118, colW: 82, labelX: 454, short: false, variant: "wide" };
const NARROW: Layout = { W: 300, dateX: null, colX: 0, colW: 42, labelX: 176, short: true, variant: "narrow" };

const LINE = 16;

/** Where each case and step goes, top to bottom: rows as tall as their wrapped labels. */
function layout(paths: CasePath[], L: Layout, w: Words) {
  const labelW = L.W - L.labelX;
  // Column heads: the four stations, in the order a case rises (appeal, then referral), the court apart.
  const heads = STATIONS.map((s) => (L.short ? [w.station(s).short] : wrap(w.station(s).name, L.colW - 10, 12, true)));
  const headSize = L.short ? 13 : 12;
  const headH = Math.max(...heads.map((h) => h.length)) * 15 + 14;
  let y = headH + 8;
  const sections = [];
  for (const p of paths) {
    const top = y;
    y += 30;
    const rows = [];
    for (const step of p.steps) {
      const date = wrap(w.stepDate(step), L.dateX === null ? labelW : L.colX - 12, 13, true);
      const label = wrap(step.label, labelW, 13);
      const lines = L.dateX === null ? [...date, ...label] : label;
      const dateLines = L.dateX === null ? [] : date;
      rows.push({ step, lines, boldLines: L.dateX === null ? date.length : 0, y, dateLines });
      y += Math.max(lines.length, dateLines.length, 1) * LINE + 12;
    }
    y += 10;
    sections.push({ p, top, rows });
  }
  return { heads, headSize, headH, sections, H: y };
}

function Drawing({ paths, L, w }: { paths: CasePath[]; L: Layout; w: Words }) {
  const id = `${FIGURE_ID}-${L.variant}`;
  const colCenter = (at: Station) => L.colX + STATIONS.indexOf(at) * L.colW + L.colW / 2;
  const { heads, headSize, headH: HEAD_H, sections, H } = layout(paths, L, w);
  const colsBottom = H - 6;
  return (
    <svg
      viewBox={`0 0 ${L.W} ${H}`}
      className={`case-path-${L.variant} h-auto w-full font-sans ${SVG_LINKS} ${
        L.variant === "wide"
          ? "hidden @min-[36rem]:block print:block"
          : "mx-auto block max-w-[24rem] @min-[36rem]:hidden print:hidden"
      }`}
      role="group"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      data-layout={L.variant}
    >
      <title id={`${id}-title`}>{w.p.title}</title>
      <desc id={`${id}-desc`}>
        {`${w.p.stations4(STATIONS.map((s) => `${w.station(s).name}. ${w.station(s).note}`).join(" "))} `}
        {paths
          .map((p) => `${w.p.cases[p.id].caseOf}, ${p.caseName}: ${p.steps.map(w.stepSentence).join("; ")}.`)
          .join(" ")}
      </desc>
      <defs>
        <marker id={`${id}-arrow`} viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M0 0L8 4L0 8Z" className="fill-muted" />
        </marker>
      </defs>
      {/* Station columns */}
      {STATIONS.map((s, i) => {
        const x = L.colX + i * L.colW;
        return (
          <g key={s}>
            <rect
              x={x + 2}
              y={0}
              width={L.colW - 4}
              height={HEAD_H - 6}
              rx="4"
              strokeWidth="1.5"
              strokeDasharray={s === "court-of-appeals" ? "4 3" : undefined}
              className="fill-panel stroke-rule"
            />
            {heads[i].map((line, j) => (
              <text
                key={line}
                x={x + L.colW / 2}
                y={18 + j * 15}
                textAnchor="middle"
                fontSize={headSize}
                className="fill-ink font-bold"
              >
                {line}
              </text>
            ))}
            <line
              x1={x + L.colW / 2}
              y1={HEAD_H - 6}
              x2={x + L.colW / 2}
              y2={colsBottom}
              strokeWidth="1"
              strokeDasharray="2 4"
              className="stroke-rule"
            />
            {i < 2 ? (
              <line
                x1={x + L.colW - 4}
                y1={HEAD_H - 16}
                x2={x + L.colW + 6}
                y2={HEAD_H - 16}
                strokeWidth="1.5"
                markerEnd={`url(#${id}-arrow)`}
                className="stroke-muted"
              />
            ) : null}
          </g>
        );
      })}
      {sections.map(({ p, top, rows }) => {
        const dots = rows.map((r) => ({ x: r.step.at ? colCenter(r.step.at) : null, y: r.y + 6, r }));
        return (
          <g key={p.id} data-case={p.id}>
            <text x={0} y={top + 18} className="fill-ink text-[14px] font-bold">
              {w.p.cases[p.id].name}: <tspan className="italic">{p.caseName}</tspan>
            </text>
            {/* The path: solid between known stations, dashed into a step whose deciding body is not known. */}
            {dots.slice(1).map((d, i) => {
              const prev = dots[i];
              if (prev.x === null) return null;
              const unknown = d.x === null;
              return (
                <line
                  key={`seg-${i}`}
                  x1={prev.x}
                  y1={prev.y}
                  x2={unknown ? prev.x : d.x!}
                  y2={d.y}
                  strokeWidth="3"
                  strokeDasharray={unknown ? "4 4" : undefined}
                  className={p.id === "ab" ? "stroke-muted" : "stroke-accent"}
                />
              );
            })}
            {dots.map(({ x, y: dy, r }) => {
              const s = r.step;
              return (
                <a
                  key={`${s.event.id}-${s.label}`}
                  href={w.eventHref(s.event.id)}
                  aria-label={w.t.toEvent(w.stepSentence(s))}
                  className="case-step"
                  data-step={s.at ?? "unknown"}
                >
                  <rect
                    x={0}
                    y={r.y - 6}
                    width={L.W}
                    height={Math.max(r.lines.length, 1) * LINE + 8}
                    className="fill-transparent"
                  />
                  {x === null ? (
                    <g>
                      <line
                        x1={L.colX + 6}
                        y1={dy}
                        x2={L.colX + 4 * L.colW - 6}
                        y2={dy}
                        strokeWidth="2"
                        strokeDasharray="4 4"
                        className="stroke-ink"
                      />
                      <circle
                        cx={L.colX + 2 * L.colW}
                        cy={dy}
                        r="9"
                        strokeWidth="2"
                        strokeDasharray="3 2"
                        className="fill-paper stroke-ink"
                      />
                      <text
                        x={L.colX + 2 * L.colW}
                        y={dy + 4.5}
                        textAnchor="middle"
                        className="fill-ink text-[13px] font-bold"
                      >
                        ?
                      </text>
                    </g>
                  ) : (
                    <circle
                      cx={x}
                      cy={dy}
                      r="6"
                      strokeWidth="2.5"
                      className={s.dated ? "fill-ink stroke-ink" : "fill-paper stroke-ink"}
                    />
                  )}
                  {r.dateLines.map((line, j) => (
                    <text key={line} x={L.dateX!} y={r.y + 11 + j * LINE} className="fill-ink text-[13px] font-bold">
                      {line}
                    </text>
                  ))}
                  {r.lines.map((line, j) => (
                    <text
                      key={`${j}-${line}`}
                      x={L.labelX}
                      y={r.y + 11 + j * LINE}
                      className={`text-[13px] ${j < r.boldLines ? "fill-ink font-bold" : "fill-ink"}`}
                    >
                      {line}
                    </text>
                  ))}
                </a>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}

function DataList({ paths, model, w }: { paths: CasePath[]; model: SiteModel; w: Words }) {
  const { lang } = w;
  return (
    <div className="mt-2 grid gap-3">
      {paths.map((p) => (
        <section key={p.id} aria-label={w.p.cases[p.id].caseOf}>
          {/* A label, not a heading: every heading in an article is a section with its own id and permalink. */}
          <p className="font-semibold">
            {w.p.cases[p.id].name}: <i>{p.caseName}</i>
          </p>
          <ol className="mt-1 grid list-decimal gap-1.5 pl-7">
            {p.steps.map((s) => (
              <li
                key={`${s.event.id}-${s.label}`}
                data-row="step"
                data-event={s.event.id}
                data-step={s.at ?? "unknown"}
              >
                {s.dated ? <time dateTime={s.event.date}>{w.stepDate(s)}</time> : w.stepDate(s)}.{" "}
                <strong>{w.stationName(s.at)}</strong>: {s.label}
                {s.event.status === "reported" ? <ReportedBadge lang={lang} /> : null}.
                <span className="block text-xs text-muted">
                  <a href={w.eventHref(s.event.id)}>{w.t.timelineLink(s.event.title)}</a>
                  {s.event.section ? (
                    <>
                      {" · "}
                      <a href={localePath(lang, s.event.section)}>
                        {linkLabel(model, localePath(lang, s.event.section))}
                      </a>
                    </>
                  ) : null}
                </span>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

export function CasePathFigure({ paths, model, lang }: { paths: CasePath[]; model: SiteModel; lang: Lang }) {
  const w = words(lang);
  return (
    <FigureFrame
      id={FIGURE_ID}
      lang={lang}
      title={w.p.title}
      description={w.p.description}
      legend={
        <ul className="mt-3 grid gap-1 text-xs leading-snug text-muted">
          {STATIONS.map((id) => {
            const s = w.station(id);
            return (
              <li key={id}>
                <strong className="text-ink">{s.name}</strong>
                {s.short !== s.name ? ` (${s.short})` : ""}: {s.note}
              </li>
            );
          })}
        </ul>
      }
      data={<DataList paths={paths} model={model} w={w} />}
    >
      <Drawing paths={paths} L={WIDE} w={w} />
      <Drawing paths={paths} L={NARROW} w={w} />
    </FigureFrame>
  );
}
