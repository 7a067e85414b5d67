import { compile, run } from "@mdx-js/mdx";
import { createElement, type ReactNode } from "react";
import * as runtime from "react/jsx-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { remarkArticle } from "@/lib/mdx/remark-article";

async function analyze(mdx: string) {
  const file = new VFile({ path: "fixture.mdx", value: mdx });
  const code = String(await compile(file, { outputFormat: "function-body", remarkPlugins: [remarkArticle] }));
  return { data: file.data.article!, code };
}

async function process(mdx: string) {
  const { data, code } = await analyze(mdx);
  const { default: Content } = await run(code, { ...runtime, baseUrl: import.meta.url });
  const components = {
    Quote: (p: { id: string; anchor: string; number: string }) =>
      createElement("figure", { id: p.anchor, "data-n": p.number }, p.id),
    Q: (p: { id: string; anchor: string; number: string; children: ReactNode }) =>
      createElement("q", { id: p.anchor, "data-n": p.number }, p.children),
  };
  const html = renderToStaticMarkup(createElement(Content, { components }));
  return { data, html };
}

describe("remarkArticle: heading ids", () => {
  it("takes the explicit id, removes the comment and builds the TOC from the same ids", async () => {
    const { data, html } = await process(
      "## Why it matters {/*why*/}\n\ntext\n\n### The *Acosta* test {/* acosta-test */}\n\nmore\n",
    );
    expect(data.toc).toEqual([
      { depth: 2, id: "why", text: "Why it matters" },
      { depth: 3, id: "acosta-test", text: "The Acosta test" },
    ]);
    expect(html).toContain('<h2 id="why">Why it matters</h2>');
    expect(html).toContain('<h3 id="acosta-test">The <em>Acosta</em> test</h3>');
    expect(data.problems).toEqual([]);
  });

  it("keeps the id when the heading text changes", async () => {
    const a = await process("## Old title {/*stable*/}\n");
    const b = await process("## A completely new title {/*stable*/}\n");
    expect(a.data.toc[0].id).toBe("stable");
    expect(b.data.toc[0].id).toBe("stable");
  });

  it("reports a heading without an id, a duplicate id, a non-kebab id and a level-1 heading", async () => {
    const { data } = await process(
      "# Title\n\n## No id here\n\n## First {/*same*/}\n\n## Second {/*same*/}\n\n## Bad {/*Not_Kebab*/}\n",
    );
    const messages = data.problems.map((p) => p.message);
    expect(messages).toEqual([
      "only ## and ### headings are allowed (found a level-1 heading)",
      'heading "No id here" has no explicit id; end it with {/*some-id*/}',
      'heading id "same" is used twice (first on line 5)',
      'heading id "Not_Kebab" must be kebab-case',
    ]);
    expect(data.problems.map((p) => p.line)).toEqual([1, 3, 7, 9]);
  });
});

describe("remarkArticle: typography", () => {
  it("curls quotes and apostrophes in prose but leaves quoted words exactly as recorded", async () => {
    const { html } = await process(`A "particular social group" isn't 'new'. <Q id="a">don't "fix" this</Q>\n`);
    expect(html).toContain("A \u201cparticular social group\u201d isn\u2019t \u2018new\u2019.");
    expect(html).toContain(`<q id="quote-a" data-n="1">don&#x27;t &quot;fix&quot; this</q>`);
  });

  it("leaves text nested at any depth inside <Q> alone, and pairs prose quotes across emphasis and <Q>", async () => {
    const { data, html } = await process(
      `See "*Matter of A-B-*" and <Q id="a">*emph "word"* isn't **'new' -- ...**</Q>'s "view".\n`,
    );
    expect(html).toContain("See \u201c<em>Matter of A-B-</em>\u201d and ");
    expect(html).toContain(
      `<q id="quote-a" data-n="1"><em>emph &quot;word&quot;</em> isn&#x27;t <strong>&#x27;new&#x27; -- ...</strong></q>\u2019s \u201cview\u201d.`,
    );
    expect(data.quoteUses[0].words).toBe(`emph "word" isn't 'new' -- ...`);
  });

  it("leaves a <Q> on a line of its own (a block element) alone too", async () => {
    const { html } = await process(`"Before."\n\n<Q id="a">*"as typed"* isn't changed</Q>\n\n"After."\n`);
    expect(html).toContain(`<em>&quot;as typed&quot;</em> isn&#x27;t changed`);
    expect(html).toContain("<p>\u201cBefore.\u201d</p>");
    expect(html).toContain("<p>\u201cAfter.\u201d</p>");
  });

  it("makes headings and their TOC text typographic, and keeps -- and ... in prose as typed", async () => {
    const { data, html } = await process(`## The "A-B-" rule isn't new {/*rule*/}\n\nA 2--1 vote... then.\n`);
    expect(data.toc[0].text).toBe("The \u201cA-B-\u201d rule isn\u2019t new");
    expect(html).toContain('<h2 id="rule">The \u201cA-B-\u201d rule isn\u2019t new</h2>');
    expect(html).toContain("<p>A 2--1 vote... then.</p>");
  });

  it("turns a source line break inside <Q> into the one space the record has", async () => {
    const { data, html } = await process(`Text <Q id="a">will not\n  qualify</Q> here.\n`);
    expect(data.quoteUses[0].words).toBe("will not qualify");
    expect(html).toContain(`>will not qualify</q>`);
  });

  it("rejects anything in <Q> that would add, hide or change words: links, code, components, spaces at the ends", async () => {
    const { data } = await analyze(
      [
        `A <Q id="a">see [here](/x)</Q>.`,
        `B <Q id="a">some \`code\`</Q>.`,
        `C <Q id="a">a <Term id="asylum">term</Term></Q>.`,
        `D <Q id="a"> padded</Q>.`,
      ].join("\n\n") + "\n",
    );
    expect(data.problems.map((p) => [p.line, p.message])).toEqual([
      [1, `<Q id="a"> may contain only the quoted words (with *emphasis* the source has); found link`],
      [3, `<Q id="a"> may contain only the quoted words (with *emphasis* the source has); found inlineCode`],
      [5, `<Q id="a"> may contain only the quoted words (with *emphasis* the source has); found <Term>`],
      [7, `<Q id="a"> must start and end with the quoted words, not a space`],
    ]);
    expect(data.quoteUses).toEqual([]);
  });
});

describe("remarkArticle: quotes and links", () => {
  it("numbers quotes by first use and gives each placement a stable anchor", async () => {
    const { data, html } = await process(
      '<Quote id="a" />\n\nText <Q id="b">words</Q> and <Q id="a">again</Q>.\n\n<Quote id="a" />\n',
    );
    expect(data.quoteUses.map((u) => [u.id, u.inline, u.number, u.anchor])).toEqual([
      ["a", false, 1, "quote-a"],
      ["b", true, 2, "quote-b"],
      ["a", true, 1, "quote-a-2"],
      ["a", false, 1, "quote-a-3"],
    ]);
    expect(html).toContain('<q id="quote-b" data-n="2">words</q>');
  });

  it("collects links and rejects components other than Quote and Q", async () => {
    const { data } = await analyze('See [x](/articles/y#z).\n\n<Chart id="c" />\n');
    expect(data.links).toEqual([{ url: "/articles/y#z", line: 1 }]);
    expect(data.problems[0].message).toMatch(/<Chart> is not an allowed component/);
  });

  it("counts words of running text", async () => {
    const { data } = await process("One two three.\n\n## Four five {/*h*/}\n");
    expect(data.wordCount).toBe(5);
  });
});
