/**
 * "How a case reaches the Attorney General": the stations a removal case can pass (immigration judge, Board,
 * the Attorney General's referral power, the federal courts of appeals) and the paths of Ms. A.B.'s case and of
 * Aminta Cifuentes's case across them, derived from the timeline's events (their `caseSteps` field). Each step
 * carries its event's date, unless our sources do not date the step itself (`dated: false`).
 */
import type { CaseStep, TimelineEvent } from "../content/schema";
import type { ChartEvent, ChartProblem } from "./precedent-periods";

export type Station = NonNullable<CaseStep["at"]>;
export type CaseId = CaseStep["case"];

/** The four stations, in the order a case rises (appeal, then referral), the court apart. Their names and notes,
 * in each edition's words, are in lib/i18n/strings/figures.ts (`casePath.stations`). */
export const STATIONS: Station[] = ["immigration-judge", "board", "attorney-general", "court-of-appeals"];

/** The two women's cases; their names, in each edition's words, are in `casePath.cases` of the figures' strings. */
export const CASES: { id: CaseId; caseName: string }[] = [
  { id: "arcg", caseName: "Matter of A-R-C-G-" },
  { id: "ab", caseName: "Matter of A-B-" },
];

export type PathStep = {
  at: Station | null;
  label: string;
  /** false: the step's own date is not in our sources (the event is where it is recorded). */
  dated: boolean;
  event: ChartEvent;
};

export type CasePath = { id: CaseId; caseName: string; steps: PathStep[] };

export function deriveCasePaths(timeline: TimelineEvent[]): { paths: CasePath[]; problems: ChartProblem[] } {
  const problems: ChartProblem[] = [];
  const paths: CasePath[] = CASES.map((c) => ({ ...c, steps: [] }));
  for (const e of timeline) {
    if (e.caseSteps.length === 0) continue;
    if (e.links.length === 0)
      problems.push({
        eventId: e.id,
        field: "links",
        message: "an event on the case-path figure needs a link to an article section",
      });
    for (const s of e.caseSteps)
      paths
        .find((p) => p.id === s.case)!
        .steps.push({
          at: s.at ?? null,
          label: s.label,
          dated: s.dated,
          event: { id: e.id, date: e.date, title: e.title, status: e.status, section: e.links[0] ?? "" },
        });
  }
  // A case that no event traces yet is left out, not drawn empty.
  return { paths: paths.filter((p) => p.steps.length > 0), problems };
}
