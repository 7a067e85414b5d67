/**
 * The site's data figures, derived at build time from the timeline (never drawn by hand): the periods of
 * binding precedent and the paths of the two women's cases. The loader calls deriveFigures; a problem in the
 * data becomes a content issue with the event's file and line, and stops the build.
 */
import type { ContentIssue } from "../content/errors";
import type { Located } from "../content/read";
import type { TimelineEvent } from "../content/schema";
import { deriveCasePaths, type CasePath } from "./case-paths";
import { derivePrecedentChart, type PrecedentChart } from "./precedent-periods";

export type Figures = { precedentChart: PrecedentChart; casePaths: CasePath[] };

export function deriveFigures(located: Located<TimelineEvent>[], today: string, issues: ContentIssue[]): Figures {
  const timeline = located.map((l) => l.record);
  const chart = derivePrecedentChart(timeline, today);
  const cases = deriveCasePaths(timeline);
  for (const p of [...chart.problems, ...cases.problems]) {
    const at = located.find((l) => l.record.id === p.eventId) ?? located[0];
    issues.push({
      file: at?.file ?? "content/timeline.yaml",
      line: located.some((l) => l.record.id === p.eventId) ? at?.line : null,
      record: `event "${p.eventId}"`,
      field: p.field,
      message: p.message,
    });
  }
  return { precedentChart: chart.chart, casePaths: cases.paths };
}
