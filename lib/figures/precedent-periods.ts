import type { Lang } from "../i18n";
import { ui } from "../i18n/strings";
/**
 * "Which precedent governed when": the periods of binding precedent on domestic-violence asylum claims and the
 * rulings around them, derived from the timeline's events (their `changes` field), never drawn by hand.
 *
 * A band starts at the event that made a precedent binding (`binding`) and ends at the next event that stopped it
 * (`overruled`, `vacated`, `displaced`); the last one runs to the day we last reviewed the status. `amended` marks
 * a phase inside a band (A-B- II). `limited` (a court bars some uses) and `related` (a ruling on the same
 * questions that changes neither precedent) are markers. A band is reported when the event that started it is;
 * its end is reported when the event that ended it is. Inconsistent data (two precedents binding at once, an end
 * without a start, a label missing) is returned as problems, which the loader turns into build errors.
 */
import type { PrecedentChange, TimelineEvent } from "../content/schema";

export type Precedent = NonNullable<PrecedentChange["precedent"]>;
export type Status = TimelineEvent["status"];
export type EndEffect = "overruled" | "vacated" | "displaced";

export const PRECEDENT_NAMES: Record<Precedent, { short: string; full: string }> = {
  arcg: { short: "A-R-C-G-", full: "Matter of A-R-C-G- (BIA 2014)" },
  ab: { short: "A-B-", full: "Matter of A-B- (A.G. 2018)" },
};

/** The event a mark comes from: what the chart shows and where it links. */
export type ChartEvent = {
  id: string;
  date: string;
  title: string;
  status: Status;
  /** The article section that discusses it: the event's first link. */
  section: string;
};

export type Band = {
  precedent: Precedent;
  label: string;
  /** The status of the event that started the band. */
  status: Status;
  start: ChartEvent;
  /** null: still binding on the day we last reviewed the status (`PrecedentChart.to`). */
  end: (ChartEvent & { effect: EndEffect }) | null;
  /** Later additions to the binding rule inside the band (A-B- II). */
  phases: { label: string; event: ChartEvent }[];
};

export type Marker = {
  kind: "limited" | "related";
  precedent: Precedent | null;
  label: string;
  event: ChartEvent;
};

export type PrecedentChart = {
  /** First day of the axis: January 1 of the first band's year. */
  from: string;
  /** Last day of the axis: the day we last reviewed the status ("today"). */
  to: string;
  bands: Band[];
  markers: Marker[];
};

export type ChartProblem = { eventId: string; field: string; message: string };

const ENDS = new Set<string>(["overruled", "vacated", "displaced"]);
const LABELLED = new Set<string>(["binding", "amended", "limited", "related"]);

const chartEvent = (e: TimelineEvent): ChartEvent => ({
  id: e.id,
  date: e.date,
  title: e.title,
  status: e.status,
  section: e.links[0] ?? "",
});

/** Derives the bands and markers from the events (in date order) and the review date. */
export function derivePrecedentChart(
  timeline: TimelineEvent[],
  today: string,
): { chart: PrecedentChart; problems: ChartProblem[] } {
  const problems: ChartProblem[] = [];
  const bands: Band[] = [];
  const markers: Marker[] = [];
  const open = new Map<Precedent, Band>();
  const problem = (e: TimelineEvent, message: string, field = "changes") =>
    problems.push({ eventId: e.id, field, message });

  for (const e of timeline) {
    if (e.changes.length === 0) continue;
    if (e.links.length === 0)
      problem(e, "an event on the precedent chart needs a link to the article section that discusses it", "links");
    if (e.date > today) problem(e, `is after the status review date ${today}`, "date");
    for (const c of e.changes) {
      if (LABELLED.has(c.effect) && !c.label) problem(e, `a "${c.effect}" change needs a label (the chart's words)`);
      if (!LABELLED.has(c.effect) && c.label) problem(e, `a "${c.effect}" change takes no label`);
      if (c.effect === "related" ? c.precedent : !c.precedent)
        problem(
          e,
          c.effect === "related" ? `a "related" ruling names no precedent` : `a "${c.effect}" change needs a precedent`,
        );
      if (c.effect !== "limited" && c.effect !== "related" && e.date.length !== 10)
        problem(e, `a "${c.effect}" change needs a full date (YYYY-MM-DD) to place a band edge`, "date");
    }
    const ev = chartEvent(e);
    // Ends first, so one event can end one precedent and make the other binding (an overruling).
    for (const c of e.changes) {
      if (!c.precedent || !ENDS.has(c.effect)) continue;
      const band = open.get(c.precedent);
      if (!band) problem(e, `${c.effect} ${PRECEDENT_NAMES[c.precedent].short}, which is not binding at ${e.date}`);
      else {
        band.end = { ...ev, effect: c.effect as EndEffect };
        open.delete(c.precedent);
      }
    }
    for (const c of e.changes) {
      if (!c.precedent) {
        if (c.effect === "related")
          markers.push({ kind: "related", precedent: null, label: c.label ?? e.title, event: ev });
        continue;
      }
      const band = open.get(c.precedent);
      const name = PRECEDENT_NAMES[c.precedent].short;
      if (c.effect === "binding") {
        if (band)
          problem(e, `makes ${name} binding, but it is already binding since ${band.start.date} (${band.start.id})`);
        else {
          const next: Band = {
            precedent: c.precedent,
            label: c.label ?? name,
            status: e.status,
            start: ev,
            end: null,
            phases: [],
          };
          bands.push(next);
          open.set(c.precedent, next);
        }
      } else if (c.effect === "amended" || c.effect === "limited") {
        if (!band) problem(e, `${c.effect} ${name}, which is not binding at ${e.date}`);
        else if (c.effect === "amended") band.phases.push({ label: c.label ?? e.title, event: ev });
        else markers.push({ kind: "limited", precedent: c.precedent, label: c.label ?? e.title, event: ev });
      }
    }
    if (open.size > 1) {
      const [a, b] = [...open.values()];
      problem(
        e,
        `two binding precedents overlap from ${e.date}: ${PRECEDENT_NAMES[a.precedent].short} (since ${a.start.id}) and ${PRECEDENT_NAMES[b.precedent].short} (since ${b.start.id}); the event that makes one binding must end the other`,
      );
    }
  }
  const from = bands.length > 0 ? `${bands[0].start.date.slice(0, 4)}-01-01` : today;
  return { chart: { from, to: today, bands, markers }, problems };
}

/** The first and last instant a partial date can mean: "2025" covers the whole year, "2018-06-11" one day. */
export function dateSpan(value: string): { start: number; end: number } {
  const [y, m, d] = value.split("-").map(Number);
  if (d) return { start: Date.UTC(y, m - 1, d), end: Date.UTC(y, m - 1, d + 1) };
  if (m) return { start: Date.UTC(y, m - 1, 1), end: Date.UTC(y, m, 1) };
  return { start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1) };
}

/** Whether a date names a day (a point on the chart) rather than a month or year (a span). */
export const isDay = (value: string) => value.length === 10;

/** The chart in one sentence per period, for alt text and descriptions. */
export function describeChart(chart: PrecedentChart, formatDate: (d: string) => string, lang: Lang = "en"): string {
  const t = ui(lang).figures.describe;
  const periods = chart.bands.map((b) => {
    const name = `${b.label}${b.status === "reported" ? t.reported : ""}`;
    const phases = b.phases.map((p) => t.phase(p.label, formatDate(p.event.date))).join("");
    const end = b.end
      ? `${t.until(formatDate(b.end.date))}${b.end.status === "reported" ? t.reported : ""}`
      : t.today(formatDate(chart.to));
    return `${name}: ${formatDate(b.start.date)} ${end}${phases}`;
  });
  return `${periods.join("; ")}.`;
}
