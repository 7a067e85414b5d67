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

export const STATIONS: { id: Station; name: string; short: string; note: string }[] = [
  {
    id: "immigration-judge",
    name: "Immigration judge",
    short: "IJ",
    note: "Hears the case first. A Justice Department employee, not a judge of the judicial branch.",
  },
  {
    id: "board",
    name: "Board of Immigration Appeals",
    short: "BIA",
    note: "Hears appeals from immigration judges; its published decisions bind them. Inside the Justice Department.",
  },
  {
    id: "attorney-general",
    name: "Attorney General",
    short: "AG",
    note: "May direct the Board to refer any case to him and decide it himself: 8 C.F.R. § 1003.1(h)(1)(i).",
  },
  {
    id: "court-of-appeals",
    name: "Federal court of appeals",
    short: "Court",
    note: "A court of the judicial branch, outside the Justice Department, that reviews final decisions on petition.",
  },
];

export const CASES: { id: CaseId; name: string; caseName: string }[] = [
  { id: "arcg", name: "Aminta Cifuentes", caseName: "Matter of A-R-C-G-" },
  { id: "ab", name: "Ms. A.B.", caseName: "Matter of A-B-" },
];

export type PathStep = {
  at: Station | null;
  label: string;
  /** false: the step's own date is not in our sources (the event is where it is recorded). */
  dated: boolean;
  event: ChartEvent;
};

export type CasePath = { id: CaseId; name: string; caseName: string; steps: PathStep[] };

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
