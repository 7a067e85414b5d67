/**
 * Quoted words are never altered: every quotation the article page renders is, character for character, the
 * text of its record (or a part of it), while our own prose around it gets typographic quotes. Renders the
 * fixture article with the site's real ArticleBody, so this checks what readers get, not an intermediate tree.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ArticleBody } from "@/components/article/article-body";
import { ContentError } from "@/lib/content/errors";
import { loadContent, type Content } from "@/lib/content/load";

const BASE = path.resolve(import.meta.dirname, "../fixtures/content");
const EXTRA = path.resolve(import.meta.dirname, "../fixtures/quote-typography");
let dir: string;

/** The valid base fixture plus the typography quotes (as a second registry file) and article. */
async function makeFixture(edit?: (dir: string) => Promise<void>) {
  const d = await mkdtemp(path.join(tmpdir(), "quote-verbatim-"));
  await cp(BASE, d, { recursive: true });
  // English only: these typography fixtures have no Spanish edition (content/es/ is optional).
  await rm(path.join(d, "es"), { recursive: true, force: true });
  await mkdir(path.join(d, "quotes"), { recursive: true });
  await cp(path.join(EXTRA, "quotes.yaml"), path.join(d, "quotes", "typography.yaml"));
  await cp(path.join(EXTRA, "typography.mdx"), path.join(d, "articles", "typography.mdx"));
  await edit?.(d);
  return d;
}

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

async function render(content: Content, slug: string) {
  const article = content.articles.find((a) => a.slug === slug)!;
  const element = await ArticleBody({
    article,
    quotes: content.quotes,
    sources: content.sources,
    glossary: content.glossary,
    lang: "en",
  });
  return renderToStaticMarkup(element);
}

/** Each rendered quotation: the quote id and the text the reader sees inside <q> or the block quote. */
function renderedQuotations(html: string) {
  const inline = [...html.matchAll(/data-quote-id="([^"]+)"><q>([\s\S]*?)<\/q>/g)].map((m) => ({
    id: m[1],
    text: decode(m[2]),
  }));
  const block = [...html.matchAll(/data-quote-id="([^"]+)"><blockquote[^>]*><p>([\s\S]*?)<\/p><\/blockquote>/g)].map(
    (m) => ({ id: m[1], text: decode(m[2]) }),
  );
  return { inline, block };
}

beforeAll(async () => {
  dir = await makeFixture();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("quoted words are rendered exactly as recorded", () => {
  it("renders every quotation, nested markup included, byte-identical to its record", async () => {
    const content = await loadContent(dir);
    const html = await render(content, "typography");
    const { inline, block } = renderedQuotations(html);
    expect(inline.map((q) => q.text)).toEqual([
      `the "particular social group" isn't 'new' -- it was`,
      `... never Matter of A-B-'s to decide`,
      `'new'`,
    ]);
    for (const q of inline) expect(content.quotes.get(q.id)!.text).toContain(q.text);
    expect(block).toEqual([{ id: "block-marks", text: content.quotes.get("block-marks")!.text }]);
    // The emphasis the writer put inside <Q> is kept; only the characters are guaranteed.
    expect(html).toContain(`<em>&quot;particular social group&quot;</em>`);
    expect(html).toContain(`<strong>&#x27;new&#x27;</strong>`);
    expect(html).toContain(`<em>Matter of A-B-&#x27;s</em>`);
  });

  it("gives the prose around the quotations typographic quotes and apostrophes, and leaves -- and ... alone", async () => {
    const content = await loadContent(dir);
    const html = await render(content, "typography");
    const prose = decode(
      html
        .replace(/<q>[\s\S]*?<\/q>/g, "[Q]")
        .replace(/<sup>[\s\S]*?<\/sup>/g, "")
        .replace(/<blockquote[\s\S]*?<\/blockquote>/g, ""),
    );
    expect(prose).toContain("The judge\u2019s view: [Q]");
    expect(prose).toContain("That\u2019s the \u201ccore\u201d of it, and [Q]\u2019s meaning is \u2018plain\u2019.");
    expect(prose).toContain("A 2--1 vote, a cut... and a pause -- all as typed.");
    expect(prose).not.toMatch(/["']/); // no straight mark left in our own words
    const article = content.articles.find((a) => a.slug === "typography")!;
    expect(article.toc[0].text).toBe("The \u201csocial group\u201d question isn\u2019t new");
    expect(html).toContain("The \u201csocial group\u201d question isn\u2019t new");
  });

  it("rejects inline words that match the record only after typography (a curly mark where it has a straight one)", async () => {
    const d = await makeFixture(async (d) => {
      const file = path.join(d, "articles", "typography.mdx");
      await writeFile(
        file,
        (await readFile(file, "utf8")).replace(
          `<Q id="nested-marks">'new'</Q>`,
          `<Q id="nested-marks">\u2018new\u2019</Q>`,
        ),
      );
    });
    try {
      const error = await loadContent(d).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ContentError);
      expect((error as ContentError).issues.map((i) => i.message)).toEqual([
        `the words "\u2018new\u2019" are not in the text of quote "nested-marks"; quote only its exact words (same spaces, quote marks, dashes and ellipses)`,
      ]);
    } finally {
      await rm(d, { recursive: true, force: true });
    }
  });

  it("rejects a no-break space where the record has a plain one", async () => {
    const d = await makeFixture(async (d) => {
      const file = path.join(d, "articles", "typography.mdx");
      await writeFile(file, (await readFile(file, "utf8")).replace("-- it was</Q>", "--\u00a0it was</Q>"));
    });
    try {
      await expect(loadContent(d)).rejects.toThrow(/are not in the text of quote "nested-marks"/);
    } finally {
      await rm(d, { recursive: true, force: true });
    }
  });
});
