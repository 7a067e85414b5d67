import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ContentError } from "@/lib/content/errors";
import { loadContent } from "@/lib/content/load";
import type { TimelineEvent } from "@/lib/content/schema";
import { deriveCasePaths } from "@/lib/figures/case-paths";
import { dateSpan, derivePrecedentChart, describeChart } from "@/lib/figures/precedent-periods";
import { formatDate } from "@/lib/format";

const event = (
  id: string,
  date: string,
  changes: TimelineEvent["changes"],
  status: TimelineEvent["status"] = "confirmed",
): TimelineEvent => ({
  id,
  date,
  title: `Event ${id}`,
  text: "Text.",
  status,
  sources: ["s"],
  links: [`/articles/a#${id}`],
  changes,
  caseSteps: [],
});

describe("derivePrecedentChart", () => {
  it("starts a band at a binding event, ends it at the next overruling, and runs the last one to today", () => {
    const { chart, problems } = derivePrecedentChart(
      [
        event("a", "2014-08-26", [{ precedent: "arcg", effect: "binding", label: "A" }]),
        event("lim", "2018-12-19", [{ precedent: "ab", effect: "limited", label: "Court" }]),
        event("b", "2018-06-11", [
          { precedent: "arcg", effect: "overruled" },
          { precedent: "ab", effect: "binding", label: "B" },
        ]),
      ].sort((x, y) => x.date.localeCompare(y.date)),
      "2026-12-01",
    );
    expect(problems).toEqual([]);
    expect(chart.from).toBe("2014-01-01");
    expect(chart.to).toBe("2026-12-01");
    expect(chart.bands.map((b) => [b.label, b.start.date, b.end?.date ?? null, b.end?.effect ?? null])).toEqual([
      ["A", "2014-08-26", "2018-06-11", "overruled"],
      ["B", "2018-06-11", null, null],
    ]);
    expect(chart.markers.map((m) => [m.kind, m.label, m.event.date])).toEqual([["limited", "Court", "2018-12-19"]]);
  });

  it("takes a band's reported mark from the event that started it, and its end's from the event that ended it", () => {
    const { chart } = derivePrecedentChart(
      [
        event("a", "2021-06-16", [{ precedent: "arcg", effect: "binding", label: "A" }]),
        event(
          "r",
          "2025-09-02",
          [
            { precedent: "arcg", effect: "displaced" },
            { precedent: "ab", effect: "binding", label: "B" },
          ],
          "reported",
        ),
      ],
      "2026-12-01",
    );
    expect(chart.bands.map((b) => [b.status, b.end?.status ?? null])).toEqual([
      ["confirmed", "reported"],
      ["reported", null],
    ]);
  });

  it("rejects two binding precedents at once, ends without a start, missing labels and partial band dates", () => {
    const { problems } = derivePrecedentChart(
      [
        event("a", "2014-08-26", [{ precedent: "arcg", effect: "binding", label: "A" }]),
        event("b", "2018-06-11", [{ precedent: "ab", effect: "binding", label: "B" }]),
        event("c", "2019-01", [{ precedent: "ab", effect: "binding" }]),
        event("d", "2020-01-01", [
          { precedent: "ab", effect: "vacated" },
          { precedent: "ab", effect: "vacated" },
        ]),
        event("e", "2020-02-01", [{ effect: "related", precedent: "ab", label: "X" }]),
      ],
      "2026-12-01",
    );
    const text = problems.map((p) => `${p.eventId}: ${p.message}`).join("\n");
    expect(text).toMatch(/b: two binding precedents overlap from 2018-06-11/);
    expect(text).toMatch(/c: a "binding" change needs a label/);
    expect(text).toMatch(/c: a "binding" change needs a full date/);
    expect(text).toMatch(/c: makes A-B- binding, but it is already binding since 2018-06-11/);
    expect(text).toMatch(/d: vacated A-B-, which is not binding/);
    expect(text).toMatch(/e: a "related" ruling names no precedent/);
  });

  it("spans a date known only to the year or month, never a guessed day", () => {
    expect(dateSpan("2025")).toEqual({ start: Date.UTC(2025, 0, 1), end: Date.UTC(2026, 0, 1) });
    expect(dateSpan("2021-07")).toEqual({ start: Date.UTC(2021, 6, 1), end: Date.UTC(2021, 7, 1) });
    expect(dateSpan("2018-06-11")).toEqual({ start: Date.UTC(2018, 5, 11), end: Date.UTC(2018, 5, 12) });
  });
});

describe("the site's precedent chart and case paths (content/timeline.yaml)", () => {
  it("has the four periods of the record, A-B- II inside the first A-B- period, and the reinstatement reported", async () => {
    const { figures, site } = await loadContent(path.resolve("content"));
    const c = figures.precedentChart;
    expect(c.to).toBe(site.statusToday.reviewed);
    expect(
      c.bands.map((b) => [b.precedent, b.label, b.start.id, b.start.date, b.end?.date ?? "today", b.status]),
    ).toEqual([
      ["arcg", "A-R-C-G-", "arcg-decided", "2014-08-26", "2018-06-11", "confirmed"],
      ["ab", "A-B- I", "ab-decided", "2018-06-11", "2021-06-16", "confirmed"],
      ["arcg", "A-R-C-G- restored", "ab-iii-decided", "2021-06-16", "2025-09-02", "confirmed"],
      ["ab", "A-B- reinstated", "ssfm-reported", "2025-09-02", "today", "reported"],
    ]);
    expect(c.bands[1].phases.map((p) => [p.label, p.event.date])).toEqual([["A-B- II", "2021-01-14"]]);
    expect(c.bands[2].end?.status).toBe("reported");
    expect(c.markers.map((m) => [m.kind, m.event.id, m.event.date, m.event.status])).toEqual([
      ["limited", "grace-v-whitaker", "2018-12-19", "confirmed"],
      ["limited", "grace-v-barr", "2020-07-17", "confirmed"],
      ["related", "ksh-jhmh-decided", "2025", "reported"],
      ["related", "kesg-decided", "2025-07-18", "confirmed"],
    ]);
    expect(describeChart(c, formatDate)).toContain("A-B- reinstated (reported): September 2, 2025 to today");
  });

  it("traces both cases from the events, dated by them unless a step's own date is unknown", async () => {
    const { timeline } = await loadContent(path.resolve("content"));
    const { paths, problems } = deriveCasePaths(timeline);
    expect(problems).toEqual([]);
    const cifuentes = paths.find((p) => p.id === "arcg")!;
    expect(cifuentes.steps.map((s) => [s.at, s.event.date, s.dated])).toEqual([
      ["immigration-judge", "2009-10-14", true],
      ["board", "2014-08-26", true],
      [null, "2015-05-17", false],
    ]);
    const ab = paths.find((p) => p.id === "ab")!;
    expect(ab.steps.filter((s) => s.dated).map((s) => [s.at, s.event.date])).toEqual([
      ["immigration-judge", "2015-12"],
      ["board", "2016-12"],
      ["immigration-judge", "2017-08-18"],
      ["attorney-general", "2018-03-07"],
      ["attorney-general", "2018-06-11"],
      ["board", "2020-06-30"],
      ["attorney-general", "2021-01-14"],
      ["attorney-general", "2021-06-16"],
      ["board", "2021-07"],
    ]);
  });
});

describe("the loader", () => {
  const made: string[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
  });

  it("fails the build on overlapping binding periods, with the file, line and event", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "content-"));
    made.push(dir);
    await cp(path.resolve("tests/fixtures/content"), dir, { recursive: true });
    const file = path.join(dir, "timeline.yaml");
    const text = (await readFile(file, "utf8"))
      .replace(
        'links: ["/articles/alpha#the-ruling"]',
        'links: ["/articles/alpha#the-ruling"]\n  changes:\n    - { precedent: arcg, effect: binding, label: "A" }',
      )
      .replace(
        "  sources: [report-one]",
        '  sources: [report-one]\n  links: ["/articles/alpha#the-ruling"]\n  changes:\n    - { precedent: ab, effect: binding, label: "B" }',
      );
    await writeFile(file, text);
    const error = await loadContent(dir).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ContentError);
    const issue = (error as ContentError).issues.find((i) => /two binding precedents overlap/.test(i.message));
    expect(issue).toMatchObject({ record: 'event "reported-reversal"', field: "changes" });
    expect(issue?.file).toMatch(/timeline\.yaml$/);
    expect(issue?.line).toBe(10);
  });
});
