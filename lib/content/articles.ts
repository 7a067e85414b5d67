/**
 * The articles (content/articles/*.mdx) and the "How we checked" page (content/methods.mdx): front matter
 * validated, MDX compiled with our one remark pass (heading ids, table of contents, typography, quote, term and
 * link records), and every quotation and term checked against its registry.
 */
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { compile } from "@mdx-js/mdx";
import { VFile } from "vfile";
import { remarkArticle, type LinkUse, type QuoteUse, type TermUse, type TocEntry } from "../mdx/remark-article";
import { isFigureId, type FigureId } from "../figures/ids";
import { METHODS_SECTIONS, routes } from "../routes";
import type { ContentIssue } from "./errors";
import { parseFrontmatter, splitFrontmatter, type Rel } from "./read";
import {
  articleFrontmatterSchema,
  editionArticleFrontmatterSchema,
  type EditionArticleFrontmatter,
  pageFrontmatterSchema,
  type ArticleFrontmatter,
  type GlossaryTerm,
  type PageFrontmatter,
  type Quote,
  type Source,
} from "./schema";

export type Article = Omit<ArticleFrontmatter, "sources"> & {
  sources: Source[];
  toc: TocEntry[];
  quoteUses: QuoteUse[];
  links: LinkUse[];
  /** Glossary terms marked in the body with <Term>, in reading order. */
  termUses: TermUse[];
  /** The data figures the body places with <Figure id> (checked against lib/figures/ids.ts). */
  figures: FigureId[];
  /** The quotes the article uses, once each, in order of first use: the sidebar's list. */
  citedQuotes: Quote[];
  /** Compiled MDX (function body), run by the article route with our components. */
  code: string;
  wordCount: number;
  file: string;
};

/** A standalone MDX page (the "How we checked" page): compiled like an article, without quotes or sources. */
export type Page = PageFrontmatter & {
  toc: TocEntry[];
  links: LinkUse[];
  termUses: TermUse[];
  code: string;
  file: string;
};

export async function loadArticles(
  dir: string,
  sources: Map<string, Source>,
  quotes: Map<string, Quote>,
  glossary: Map<string, GlossaryTerm>,
  issues: ContentIssue[],
  rel: Rel,
  /** For a translated edition: the English articles, whose slugs, dates, order, sources and sections it must match. */
  edition?: { base: Article[] },
): Promise<Article[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith(".mdx")).sort();
  } catch {
    issues.push({ file: rel(dir), message: "articles folder is missing" });
    return [];
  }
  const articles: Article[] = [];
  const slugs = new Map<string, string>();
  for (const name of names) {
    const file = path.join(dir, name);
    const where = rel(file);
    const text = await readFile(file, "utf8");
    const split = splitFrontmatter(text);
    if (!split) {
      issues.push({ file: where, line: 1, message: "missing front matter (--- … ---) at the top" });
      continue;
    }
    const base = edition?.base.find((a) => `${a.slug}.mdx` === name);
    if (edition && !base) {
      issues.push({ file: where, message: `no English article ${name} to translate (content/articles/${name})` });
      continue;
    }
    const front: ArticleFrontmatter | null = base
      ? editionFront(parseFrontmatter(split.yaml, editionArticleFrontmatterSchema, where, issues), base, where, issues)
      : parseFrontmatter(split.yaml, articleFrontmatterSchema, where, issues);
    if (!front) continue;
    if (`${front.slug}.mdx` !== name)
      issues.push({ file: where, record: "front matter", field: "slug", message: `slug "${front.slug}" must match the file name` });
    if (slugs.has(front.slug))
      issues.push({ file: where, record: "front matter", field: "slug", message: `duplicate slug "${front.slug}" (also in ${slugs.get(front.slug)})` });
    slugs.set(front.slug, where);
    for (const id of front.sources)
      if (!sources.has(id))
        issues.push({ file: where, record: "front matter", field: "sources", message: `unknown source id "${id}"` });

    const compiled = await compileMdx(file, split.body, where, issues);
    if (!compiled) continue;
    const { code, data } = compiled;
    for (const use of data.quoteUses) {
      const quote = quotes.get(use.id);
      const tag = use.inline ? `<Q id="${use.id}">` : `<Quote id="${use.id}" />`;
      if (!quote) {
        issues.push({ file: where, line: use.line, record: tag, field: "id", message: `unknown quote id "${use.id}" (not in quotes.yaml)` });
      } else if (use.words !== null && !quote.text.includes(use.words)) {
        // Compared exactly, character for character: `words` is what the page shows inside <q> (the remark
        // pass leaves <Q> untouched by typography, allows only text and emphasis in it, and turns a source
        // line break into a space), so a match here means the rendered quotation is the record's own text.
        issues.push({
          file: where,
          line: use.line,
          record: tag,
          message: `the words "${use.words}" are not in the text of quote "${use.id}"; quote only its exact words (same spaces, quote marks, dashes and ellipses)`,
        });
      }
    }
    if (base) checkTranslation(data, base, where, issues);
    checkTermUses(data.termUses, glossary, where, issues);
    const cited = [...new Set(data.quoteUses.map((u) => u.id))].flatMap((id) => quotes.get(id) ?? []);
    articles.push({
      ...front,
      sources: front.sources.flatMap((id) => sources.get(id) ?? []),
      toc: data.toc,
      quoteUses: data.quoteUses,
      links: data.links,
      termUses: data.termUses,
      figures: data.figures.filter(isFigureId),
      citedQuotes: cited,
      code,
      wordCount: data.wordCount,
      file: where,
    });
  }
  if (edition)
    for (const a of edition.base)
      if (!articles.some((x) => x.slug === a.slug) && !names.includes(`${a.slug}.mdx`))
        issues.push({ file: rel(path.join(dir, `${a.slug}.mdx`)), message: `the translation of ${a.file} is missing` });
  const orders = new Map<number, string>();
  for (const a of articles) {
    if (orders.has(a.order))
      issues.push({ file: a.file, record: "front matter", field: "order", message: `order ${a.order} is also used by ${orders.get(a.order)}` });
    orders.set(a.order, a.file);
  }
  return articles.sort((a, b) => a.order - b.order);
}

/** Compiles an MDX body with the article pass (ids, TOC, typography, quote and link records); reports its problems. */
async function compileMdx(file: string, body: string, where: string, issues: ContentIssue[]) {
  const vfile = new VFile({ path: file, value: body });
  let code: string;
  try {
    code = String(await compile(vfile, { outputFormat: "function-body", remarkPlugins: [remarkArticle] }));
  } catch (error) {
    const e = error as { line?: number; reason?: string; message?: string };
    issues.push({ file: where, line: e.line ?? null, message: `MDX does not compile: ${e.reason ?? e.message}` });
    return null;
  }
  const data = vfile.data.article!;
  for (const p of data.problems) issues.push({ file: where, line: p.line, message: p.message });
  return { code, data };
}

function checkTermUses(uses: TermUse[], glossary: Map<string, GlossaryTerm>, where: string, issues: ContentIssue[]) {
  for (const use of uses)
    if (!glossary.has(use.id))
      issues.push({ file: where, line: use.line, record: `<Term id="${use.id}">`, field: "id", message: `unknown glossary term id "${use.id}" (not in glossary.yaml)` });
}

/**
 * content/methods.mdx, the "How we checked" page: front matter (title, dek, updated) and an MDX body compiled
 * like an article, so its sections get the same permanent ids, typography and link check. It places no
 * quotations (quote pages list their appearances in the articles only), and it must keep a section for every id
 * the site's labels link to (METHODS_SECTIONS).
 */
export async function loadMethods(
  file: string,
  glossary: Map<string, GlossaryTerm>,
  issues: ContentIssue[],
  rel: Rel,
): Promise<Page | null> {
  const where = rel(file);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    issues.push({ file: where, message: "file is missing" });
    return null;
  }
  const split = splitFrontmatter(text);
  if (!split) {
    issues.push({ file: where, line: 1, message: "missing front matter (--- … ---) at the top" });
    return null;
  }
  const front = parseFrontmatter(split.yaml, pageFrontmatterSchema, where, issues);
  const compiled = await compileMdx(file, split.body, where, issues);
  if (!front || !compiled) return null;
  const { code, data } = compiled;
  for (const use of data.quoteUses)
    issues.push({
      file: where,
      line: use.line,
      record: use.inline ? `<Q id="${use.id}">` : `<Quote id="${use.id}" />`,
      message: "quotations belong in the articles; this page places none",
    });
  checkTermUses(data.termUses, glossary, where, issues);
  const ids = new Set(data.toc.map((t) => t.id));
  for (const id of METHODS_SECTIONS)
    if (!ids.has(id))
      issues.push({
        file: where,
        message: `needs a section with the id "${id}" (a heading ending {/*${id}*/}): the site links to ${routes.methodsSection(id)}`,
      });
  return { ...front, toc: data.toc, links: data.links, termUses: data.termUses, code, file: where };
}


/** A translated article's front matter completed from its English original (slug, dates, order, sources). */
function editionFront(
  front: EditionArticleFrontmatter | null,
  base: Article,
  where: string,
  issues: ContentIssue[],
): ArticleFrontmatter | null {
  if (!front) return null;
  const same =
    front.corrections.length === base.corrections.length &&
    front.corrections.every((c, i) => c.date === base.corrections[i].date && c.type === base.corrections[i].type);
  if (!same)
    issues.push({
      file: where,
      record: "front matter",
      field: "corrections",
      message: `must translate the ${base.corrections.length} corrections of ${base.file}, with the same dates and types, in order`,
    });
  return {
    ...front,
    slug: base.slug,
    published: base.published,
    updated: base.updated,
    order: base.order,
    sources: base.sources.map((s) => s.id),
  };
}

/**
 * A translation covers the same sections in the same order (so a link to #section means the same place in both
 * editions), places the same quotations in the same order, and gives our translation of every inline quotation.
 */
function checkTranslation(
  data: { toc: TocEntry[]; quoteUses: QuoteUse[]; figures: string[] },
  base: Article,
  where: string,
  issues: ContentIssue[],
) {
  const ids = data.toc.map((t) => t.id).join(" ");
  const baseIds = base.toc.map((t) => t.id).join(" ");
  if (ids !== baseIds)
    issues.push({
      file: where,
      message: `section ids differ from ${base.file}: expected [${baseIds}], found [${ids}]`,
    });
  const uses = data.quoteUses.map((u) => `${u.inline ? "Q" : "Quote"}:${u.id}`).join(" ");
  const baseUses = base.quoteUses.map((u) => `${u.inline ? "Q" : "Quote"}:${u.id}`).join(" ");
  if (uses !== baseUses)
    issues.push({ file: where, message: `quotations differ from ${base.file}: expected [${baseUses}], found [${uses}]` });
  if (data.figures.join(" ") !== base.figures.join(" "))
    issues.push({ file: where, message: `figures differ from ${base.file}: expected [${base.figures.join(" ")}]` });
  for (const u of data.quoteUses)
    if (u.inline && !u.translation?.trim())
      issues.push({
        file: where,
        line: u.line,
        record: `<Q id="${u.id}">`,
        field: "translation",
        message: "an inline quotation in a translation needs translation=\"…\": our translation of its words",
      });
}
