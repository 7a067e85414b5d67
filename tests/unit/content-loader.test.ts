import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ContentError } from "@/lib/content/errors";
import { loadContent } from "@/lib/content/load";
import { METHODS_SECTIONS } from "@/lib/routes";

const FIXTURE = path.resolve(import.meta.dirname, "../fixtures/content");
const made: string[] = [];

/** Copies the valid fixture to a temp dir and applies one edit: the smallest possible broken fixture. */
async function fixtureWith(file: string, edit: (text: string) => string) {
  const dir = await mkdtemp(path.join(tmpdir(), "content-"));
  made.push(dir);
  await cp(FIXTURE, dir, { recursive: true });
  const target = path.join(dir, file);
  if (file === "quotes/extra.yaml") {
    // A second registry file that repeats an id from the first.
    await mkdir(path.dirname(target), { recursive: true });
    const first = (await readFile(path.join(dir, "quotes.yaml"), "utf8")).split("- id: critic-dark-ages")[0];
    await writeFile(target, first);
    return dir;
  }
  const before = await readFile(target, "utf8");
  const after = edit(before);
  expect(after, "the fixture edit must change the file").not.toBe(before);
  await writeFile(target, after);
  return dir;
}

async function loadError(dir: string): Promise<ContentError> {
  try {
    await loadContent(dir);
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error("expected the content check to fail");
}

afterEach(async () => {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe("loadContent on valid content", () => {
  it("returns typed, ordered articles with TOC, quotes in reading order and sources", async () => {
    const content = await loadContent(FIXTURE);
    expect(content.articles.map((a) => a.slug)).toEqual(["alpha", "beta"]);
    const alpha = content.articles[0];
    expect(alpha.toc).toEqual([
      { depth: 2, id: "the-ruling", text: "The ruling" },
      { depth: 3, id: "what-critics-said", text: "What critics said" },
    ]);
    expect(alpha.citedQuotes.map((q) => q.id)).toEqual(["speaker-generally", "critic-dark-ages"]);
    expect(alpha.quoteUses.map((u) => [u.id, u.number, u.anchor])).toEqual([
      ["speaker-generally", 1, "quote-speaker-generally"],
      ["critic-dark-ages", 2, "quote-critic-dark-ages"],
      ["speaker-generally", 1, "quote-speaker-generally-2"],
    ]);
    expect(alpha.sources.map((s) => s.id)).toEqual(["decision-one"]);
    expect(content.quotes.get("critic-dark-ages")?.verification).toBe("partly-confirmed");
    expect(content.articles[1].corrections).toHaveLength(1);
    expect(content.timeline.map((e) => e.id)).toEqual(["ruling-issued", "reported-reversal"]);
    expect([...content.glossary.keys()]).toEqual(["asylum", "precedent"]);
    expect(content.claims[0].rating).toBe("inaccurate");
  });

  it("loads the methods page with a section for every label that links to it, and checks links to it", async () => {
    const content = await loadContent(FIXTURE);
    expect(content.methods.title).toBe("How we checked");
    expect(content.methods.toc.map((t) => t.id)).toEqual([...METHODS_SECTIONS]);
    const dir = await fixtureWith("articles/beta.mdx", (t) =>
      t.replace("[glossary](/glossary#precedent)", "[what reported means](/methods#reported)"),
    );
    expect((await loadContent(dir)).articles[1].links.map((l) => l.url)).toContain("/methods#reported");
  });

  it("validates the real site content, both editions", async () => {
    const content = await loadContent(path.resolve(import.meta.dirname, "../../content"));
    expect(content.articles.length).toBeGreaterThanOrEqual(3);
    for (const article of content.articles) expect(article.citedQuotes.length).toBeGreaterThan(0);
    // The Spanish edition: every article, with the English section ids in order, every quote translated.
    const es = content.editions.es!;
    expect(es.articles.map((a) => a.slug)).toEqual(content.articles.map((a) => a.slug));
    es.articles.forEach((a, i) => expect(a.toc.map((t) => t.id)).toEqual(content.articles[i].toc.map((t) => t.id)));
    expect(es.timeline.map((e) => e.id)).toEqual(content.timeline.map((e) => e.id));
    expect([...es.glossary.keys()]).toEqual([...content.glossary.keys()]);
    for (const q of content.quotes.values()) {
      expect(es.quotes.get(q.id)!.text, "the original words, never the translation").toBe(q.text);
      expect(es.quoteTranslations!.get(q.id)).toBeTruthy();
    }
  });
  it("loads a Spanish edition whose pages pair with the English ones", async () => {
    const content = await loadContent(FIXTURE);
    const es = content.editions.es!;
    expect(es.articles.map((a) => a.title)).toEqual(["Alfa", "Beta"]);
    expect(es.articles[1].sources.map((s) => s.id)).toEqual(content.articles[1].sources.map((s) => s.id));
    expect(es.articles[0].quoteUses.find((u) => u.inline)?.translation).toBe("nos hace retroceder a la Edad Oscura");
    expect(content.model.byPath.get("/es/timeline")?.alternates).toEqual({ en: "/timeline", es: "/es/timeline" });
    expect(content.model.byPath.get("/articles/alpha")?.alternates.es).toBe("/es/articles/alpha");
    expect(content.model.byPath.get("/es/articles/alpha")?.lang).toBe("es");
  });
});

describe("the content check fails loudly, naming file, record and field", () => {
  const cases: {
    name: string;
    file: string;
    edit: (t: string) => string;
    expected: { file: string; record?: string; field?: string; message: RegExp };
  }[] = [
    {
      name: "a quote without a source",
      file: "quotes.yaml",
      edit: (t) => t.replace("  sourceId: report-one\n", ""),
      expected: {
        file: "quotes.yaml",
        record: 'quote "critic-dark-ages"',
        field: "sourceId",
        message: /expected string/i,
      },
    },
    {
      name: "a quote with an unknown source id",
      file: "quotes.yaml",
      edit: (t) => t.replace("sourceId: report-one", "sourceId: report-two"),
      expected: {
        file: "quotes.yaml",
        record: 'quote "critic-dark-ages"',
        field: "sourceId",
        message: /unknown source id "report-two"/,
      },
    },
    {
      name: "an article using an unknown quote id",
      file: "articles/alpha.mdx",
      edit: (t) => t.replace('<Quote id="speaker-generally" />', '<Quote id="nobody-said-this" />'),
      expected: {
        file: "alpha.mdx",
        record: '<Quote id="nobody-said-this" />',
        field: "id",
        message: /unknown quote id "nobody-said-this"/,
      },
    },
    {
      name: "two quotes sharing an id",
      file: "quotes.yaml",
      edit: (t) => t.replace("id: critic-dark-ages", "id: speaker-generally"),
      expected: {
        file: "quotes.yaml",
        record: 'quote "speaker-generally"',
        field: "id",
        message: /duplicate id "speaker-generally"/,
      },
    },
    {
      name: "a status without the date of the latest development found",
      file: "site.yaml",
      edit: (t) => t.replace('    date: "2025-09-02"\n', ""),
      expected: { file: "site.yaml", field: "statusToday.latestDevelopment.date", message: /expected string/i },
    },
    {
      name: "a status without the date it was last reviewed",
      file: "site.yaml",
      edit: (t) => t.replace('  reviewed: "2026-11-25"\n', ""),
      expected: { file: "site.yaml", field: "statusToday.reviewed", message: /expected string/i },
    },
    {
      name: "a javascript: source URL",
      file: "sources.yaml",
      edit: (t) => t.replace(/url: "[^"]+"/, 'url: "javascript:alert(1)"'),
      expected: {
        file: "sources.yaml",
        field: "url",
        message: /must be an absolute https:\/\/ URL .*no other scheme, such as javascript:/,
      },
    },
    {
      name: "an http:// source URL that does not say it is the only address",
      file: "sources.yaml",
      edit: (t) => t.replace(/url: "https:\/\//, 'url: "http://'),
      expected: { file: "sources.yaml", field: "url", message: /an http:\/\/ URL needs httpOnly: true/ },
    },
    {
      name: "two sources sharing an id",
      file: "sources.yaml",
      edit: (t) => t.replace("id: report-one", "id: decision-one"),
      expected: {
        file: "sources.yaml",
        record: 'source "decision-one"',
        field: "id",
        message: /duplicate id "decision-one"/,
      },
    },
    {
      name: "a malformed date",
      file: "quotes.yaml",
      edit: (t) => t.replace('date: "2018-06-11"', 'date: "June 11, 2018"'),
      expected: { file: "quotes.yaml", record: 'quote "speaker-generally"', field: "date", message: /YYYY-MM-DD/ },
    },
    {
      name: "an impossible date",
      file: "sources.yaml",
      edit: (t) => t.replace('date: "2018-06-11"', 'date: "2018-02-30"'),
      expected: { file: "sources.yaml", record: 'source "decision-one"', field: "date", message: /real date/ },
    },
    {
      name: "a heading without an explicit id",
      file: "articles/alpha.mdx",
      edit: (t) => t.replace("## The ruling {/*the-ruling*/}", "## The ruling"),
      expected: { file: "alpha.mdx", message: /heading "The ruling" has no explicit id/ },
    },
    {
      name: "two headings sharing an id",
      file: "articles/alpha.mdx",
      edit: (t) => t.replace("{/*what-critics-said*/}", "{/*the-ruling*/}"),
      expected: { file: "alpha.mdx", message: /heading id "the-ruling" is used twice/ },
    },
    {
      name: "a link to a page that does not exist",
      file: "articles/beta.mdx",
      edit: (t) => t.replace("(/articles/alpha#what-critics-said)", "(/articles/gamma)"),
      expected: { file: "beta.mdx", message: /points to a page that does not exist \(\/articles\/gamma\)/ },
    },
    {
      name: "a link to an anchor that does not exist",
      file: "articles/alpha.mdx",
      edit: (t) => t.replace("(/articles/beta#background)", "(/articles/beta#foreground)"),
      expected: { file: "alpha.mdx", message: /anchor "#foreground" that does not exist on \/articles\/beta/ },
    },
    {
      name: "an in-page link to a missing anchor",
      file: "articles/alpha.mdx",
      edit: (t) => t.replace("(#the-ruling)", "(#the-verdict)"),
      expected: { file: "alpha.mdx", message: /anchor "#the-verdict" that does not exist on \/articles\/alpha/ },
    },
    {
      name: "inline quoted words that are not in the quote",
      file: "articles/alpha.mdx",
      edit: (t) => t.replace(">throws us back to the Dark Ages<", ">throws us back to the Middle Ages<"),
      expected: {
        file: "alpha.mdx",
        record: '<Q id="critic-dark-ages">',
        message: /are not in the text of quote "critic-dark-ages"/,
      },
    },
    {
      name: "front matter with a missing field",
      file: "articles/beta.mdx",
      edit: (t) => t.replace('dek: "The second article."\n', ""),
      expected: { file: "beta.mdx", record: "front matter", field: "dek", message: /expected string/i },
    },
    {
      name: "an unknown source in front matter",
      file: "articles/alpha.mdx",
      edit: (t) => t.replace("sources: [decision-one]", "sources: [decision-two]"),
      expected: {
        file: "alpha.mdx",
        record: "front matter",
        field: "sources",
        message: /unknown source id "decision-two"/,
      },
    },
    {
      name: "an unknown glossary term in an article",
      file: "articles/beta.mdx",
      edit: (t) => t.replace('<Term id="asylum">', '<Term id="asylum-seeker">'),
      expected: {
        file: "beta.mdx",
        record: '<Term id="asylum-seeker">',
        field: "id",
        message: /unknown glossary term id "asylum-seeker"/,
      },
    },
    {
      name: "a timeline event without a source",
      file: "timeline.yaml",
      edit: (t) => t.replace("  sources: [report-one]\n", ""),
      expected: {
        file: "timeline.yaml",
        record: 'event "reported-reversal"',
        field: "sources",
        message: /expected array/i,
      },
    },
    {
      name: "a timeline event with an empty source list",
      file: "timeline.yaml",
      edit: (t) => t.replace("  sources: [report-one]", "  sources: []"),
      expected: {
        file: "timeline.yaml",
        record: 'event "reported-reversal"',
        field: "sources",
        message: /at least one source/,
      },
    },
    {
      name: "timeline events out of date order",
      file: "timeline.yaml",
      edit: (t) => t.replace('date: "2025-09"', 'date: "2017"'),
      expected: { file: "timeline.yaml", record: 'event "reported-reversal"', field: "date", message: /date order/ },
    },
    {
      name: "a reviewed claim without a rating",
      file: "fact-check.yaml",
      edit: (t) => t.replace("  rating: inaccurate\n", ""),
      expected: {
        file: "fact-check.yaml",
        record: 'claim "ruling-was-a-ban"',
        field: "rating",
        message: /needs a rating/,
      },
    },
    {
      name: "a reviewed claim with an unknown rating",
      file: "fact-check.yaml",
      edit: (t) => t.replace("rating: inaccurate", "rating: pants-on-fire"),
      expected: {
        file: "fact-check.yaml",
        record: 'claim "ruling-was-a-ban"',
        field: "rating",
        message: /needs a rating/,
      },
    },
    {
      name: "a fact-check link to a missing timeline event",
      file: "fact-check.yaml",
      edit: (t) => t.replace("/timeline#ruling-issued", "/timeline#ruling-vacated"),
      expected: {
        file: "fact-check.yaml",
        record: 'claim "ruling-was-a-ban"',
        field: "links",
        message: /anchor "#ruling-vacated" that does not exist on \/timeline/,
      },
    },
    {
      name: "a glossary term relating to an unknown term",
      file: "glossary.yaml",
      edit: (t) => t.replace("related: [precedent]", "related: [precedents]"),
      expected: {
        file: "glossary.yaml",
        record: 'term "asylum"',
        field: "related",
        message: /unknown glossary id "precedents"/,
      },
    },
    {
      name: "the same quote id in two registry files",
      file: "quotes/extra.yaml",
      edit: () => "",
      expected: {
        file: "quotes/extra.yaml",
        record: 'quote "speaker-generally"',
        field: "id",
        message: /duplicate id "speaker-generally"/,
      },
    },
    {
      name: "a methods page without a section the labels link to",
      file: "methods.mdx",
      edit: (t) => t.replace("{/*reported*/}", "{/*reported-only*/}"),
      expected: { file: "methods.mdx", message: /needs a section with the id "reported".*\/methods#reported/ },
    },
    {
      name: "a link to a section of the methods page that does not exist",
      file: "articles/beta.mdx",
      edit: (t) => t.replace("[glossary](/glossary#precedent)", "[how we check](/methods#how)"),
      expected: { file: "beta.mdx", message: /anchor "#how" that does not exist on \/methods/ },
    },
    {
      name: "a quotation on the methods page",
      file: "methods.mdx",
      edit: (t) => t.replace("Exact words.", 'Exact words: <Q id="speaker-generally">Generally</Q>.'),
      expected: {
        file: "methods.mdx",
        record: '<Q id="speaker-generally">',
        message: /quotations belong in the articles/,
      },
    },
    {
      name: "a link to the corrections of an article that has none (anchors are what the page renders)",
      file: "articles/beta.mdx",
      edit: (t) => t.replace("Back to", "See [alpha's corrections](/articles/alpha#corrections-title). Back to"),
      expected: { file: "beta.mdx", message: /anchor "#corrections-title" that does not exist on \/articles\/alpha/ },
    },
    {
      name: "a Spanish article whose section ids differ from the English",
      file: "es/articles/alpha.mdx",
      edit: (t) => t.replace("{/*what-critics-said*/}", "{/*lo-que-dijeron*/}"),
      expected: { file: "es/articles/alpha.mdx", message: /section ids differ from .*alpha\.mdx/ },
    },
    {
      name: "an inline quotation in a Spanish article without our translation",
      file: "es/articles/alpha.mdx",
      edit: (t) => t.replace(' translation="Por lo general"', ""),
      expected: {
        file: "es/articles/alpha.mdx",
        record: '<Q id="speaker-generally">',
        field: "translation",
        message: /needs translation=/,
      },
    },
    {
      name: "a Spanish article that places a different quotation",
      file: "es/articles/alpha.mdx",
      edit: (t) => t.replace('<Quote id="speaker-generally" />', ""),
      expected: { file: "es/articles/alpha.mdx", message: /quotations differ from/ },
    },
    {
      name: "a quote the Spanish edition shows without our translation",
      file: "quotes.yaml",
      edit: (t) => t.replace(/  translations:\n    es:\n      text: "Nos hace[\s\S]*$/, ""),
      expected: {
        file: "quotes.yaml",
        record: 'quote "critic-dark-ages"',
        field: "translations.es",
        message: /has none/,
      },
    },
    {
      name: "a Spanish timeline that lacks an English event",
      file: "es/timeline.yaml",
      edit: (t) => t.replace(/- id: reported-reversal[\s\S]*$/, ""),
      expected: {
        file: "es/timeline.yaml",
        record: 'event "reported-reversal"',
        message: /translation of event "reported-reversal" is missing/,
      },
    },
    {
      name: "a Spanish glossary term whose id is not an English term's",
      file: "es/glossary.yaml",
      edit: (t) => t.replace("- id: precedent", "- id: precedente"),
      expected: { file: "es/glossary.yaml", record: 'term "precedente"', field: "id", message: /no English record/ },
    },
    {
      name: "raw HTML in an article",
      file: "articles/beta.mdx",
      edit: (t) => t.replace("Back to", "<!-- note --> Back to"),
      expected: { file: "beta.mdx", message: /MDX does not compile|raw HTML/ },
    },
  ];

  for (const c of cases) {
    it(`rejects ${c.name}`, async () => {
      const error = await loadError(await fixtureWith(c.file, c.edit));
      const match = error.issues.find((i) => c.expected.message.test(i.message));
      expect(match, `issues were:\n${error.message}`).toBeDefined();
      expect(match!.file.endsWith(c.expected.file)).toBe(true);
      if (c.expected.record) expect(match!.record).toBe(c.expected.record);
      if (c.expected.field) expect(match!.field).toBe(c.expected.field);
      // The thrown message is what the build prints: it names the file and the problem.
      expect(error.message).toContain(c.expected.file);
      expect(error.message).toMatch(c.expected.message);
    });
  }

  it("points at the failing field's own line, not only the record's first line", async () => {
    const dir = await fixtureWith("quotes.yaml", (t) => t.replace('date: "2018-06-11"', 'date: "2018-06-31"'));
    const error = await loadError(dir);
    const issue = error.issues.find((i) => i.field === "date")!;
    expect(issue.record).toBe('quote "speaker-generally"');
    expect(issue.line).toBe(5); // the record starts on line 1; its date is on line 5
    expect(error.message).toContain("quotes.yaml:5");
  });

  it("accepts links to anchors the quote index renders (by stance, by speaker)", async () => {
    const dir = await fixtureWith("articles/beta.mdx", (t) =>
      t.replace("Back to", "See [one side](/quotes#stance-supports) and [a critic](/quotes#speaker-b-critic). Back to"),
    );
    await expect(loadContent(dir)).resolves.toBeDefined();
  });

  it("reports every problem at once, not only the first", async () => {
    const dir = await fixtureWith("quotes.yaml", (t) =>
      t.replace("sourceId: report-one", "sourceId: nowhere").replace('date: "2018-06"', 'date: "2018-13"'),
    );
    const error = await loadError(dir);
    expect(error.issues.length).toBeGreaterThanOrEqual(2);
  });
});
