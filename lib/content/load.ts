/**
 * The one content loader. It reads `content/`, validates every record with the schemas in ./schema,
 * compiles the articles, cross-checks ids and links, and either returns typed content or throws a
 * ContentError that lists every problem with its file, record and field. Nothing downstream re-derives
 * what this returns (ids, TOC, quote order).
 */
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { compile } from "@mdx-js/mdx";
import { VFile } from "vfile";
import { parseDocument } from "yaml";
import type { z } from "zod";
import { remarkArticle, type LinkUse, type QuoteUse, type TermUse, type TocEntry } from "../mdx/remark-article";
import { citeAnchor, METHODS_SECTIONS, routes, sourceAnchor } from "../routes";
import { ContentError, type ContentIssue } from "./errors";
import {
  articleFrontmatterSchema,
  claimReviewSchema,
  pageFrontmatterSchema,
  glossaryTermSchema,
  timelineEventSchema,
  type ClaimReview,
  type GlossaryTerm,
  type TimelineEvent,
  quoteSchema,
  siteSchema,
  sourceSchema,
  type ArticleFrontmatter,
  type PageFrontmatter,
  type Quote,
  type SiteData,
  type Source,
} from "./schema";

export type Article = Omit<ArticleFrontmatter, "sources"> & {
  sources: Source[];
  toc: TocEntry[];
  quoteUses: QuoteUse[];
  links: LinkUse[];
  /** Glossary terms marked in the body with <Term>, in reading order. */
  termUses: TermUse[];
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

/** One place in an article where a quote is used: the article and the placement's element id. */
export type QuoteAppearance = { slug: string; articleTitle: string; anchor: string; inline: boolean };

export type Content = {
  site: SiteData;
  sources: Map<string, Source>;
  quotes: Map<string, Quote>;
  /** For each quote id, every placement in the articles, in article order then reading order. */
  appearances: Map<string, QuoteAppearance[]>;
  /** Sorted by `order`. */
  articles: Article[];
  /** In date order. */
  timeline: TimelineEvent[];
  glossary: Map<string, GlossaryTerm>;
  /** The reviewed claims of the article this project started from, in that article's order. */
  claims: ClaimReview[];
  /** The "How we checked" page (content/methods.mdx). */
  methods: Page;
};

/** Pages that exist outside the articles, with their in-page anchors (for the link check). */
const STATIC_PAGES: Record<string, string[]> = {
  "/": ["in-brief", "articles", "status-today-title"],
  "/quotes": [],
  "/embed": [],
  "/corrections": [],
  "/feed.xml": [],
};

export async function loadContent(root: string): Promise<Content> {
  const issues: ContentIssue[] = [];
  const rel = (file: string) => path.relative(process.cwd(), file) || file;

  // A registry may be one file or a file plus a folder of them (content/sources.yaml + content/sources/*.yaml).
  const sourceList = await readCollection(root, "sources", sourceSchema, "source", issues, rel);
  const sources = indexById(sourceList, "source", issues);
  const quoteList = await readCollection(root, "quotes", quoteSchema, "quote", issues, rel);
  const quotes = indexById(quoteList, "quote", issues);
  for (const { record, line, file } of quoteList)
    if (!sources.has(record.sourceId))
      issues.push({
        file,
        line,
        record: `quote "${record.id}"`,
        field: "sourceId",
        message: `unknown source id "${record.sourceId}" (not in any sources file)`,
      });

  const timelineList = await readRecords(path.join(root, "timeline.yaml"), timelineEventSchema, "event", issues, rel, true);
  const glossaryList = await readRecords(path.join(root, "glossary.yaml"), glossaryTermSchema, "term", issues, rel, true);
  const claimList = await readRecords(path.join(root, "fact-check.yaml"), claimReviewSchema, "claim", issues, rel, true);
  const timeline = [...indexById(timelineList, "event", issues).values()];
  const glossary = indexById(glossaryList, "term", issues);
  const claims = [...indexById(claimList, "claim", issues).values()];
  const checkSources = (list: Located<{ id: string; sources: string[] }>[], kind: string) => {
    for (const { record, line, file } of list)
      for (const id of record.sources)
        if (!sources.has(id))
          issues.push({ file, line, record: `${kind} "${record.id}"`, field: "sources", message: `unknown source id "${id}"` });
  };
  checkSources(timelineList, "event");
  checkSources(glossaryList, "term");
  checkSources(claimList, "claim");
  for (const { record, line, file } of glossaryList)
    for (const id of record.related)
      if (!glossary.has(id))
        issues.push({ file, line, record: `term "${record.id}"`, field: "related", message: `unknown glossary id "${id}"` });
  for (let i = 1; i < timeline.length; i++)
    if (timeline[i].date < timeline[i - 1].date)
      issues.push({
        file: rel(path.join(root, "timeline.yaml")),
        record: `event "${timeline[i].id}"`,
        field: "date",
        message: `events must be in date order (${timeline[i].date} comes after ${timeline[i - 1].date})`,
      });

  const siteFile = path.join(root, "site.yaml");
  const site = await readSingle(siteFile, siteSchema, issues, rel);
  const siteSources = [
    ...(site?.inBrief ?? []).map((item, i) => ({ record: `inBrief #${i + 1}`, ids: item.sources })),
    ...(site?.statusToday.items ?? []).map((item, i) => ({ record: `statusToday #${i + 1}`, ids: item.sources })),
    ...(site ? [{ record: "statusToday.latestDevelopment", ids: site.statusToday.latestDevelopment.sources }] : []),
  ];
  for (const { record, ids } of siteSources)
    for (const id of ids)
      if (!sources.has(id))
        issues.push({ file: rel(siteFile), record, field: "sources", message: `unknown source id "${id}"` });

  const articles = await loadArticles(path.join(root, "articles"), sources, quotes, glossary, issues, rel);
  const methods = await loadMethods(path.join(root, "methods.mdx"), glossary, issues, rel);

  const linkSets: LinkSet[] = [
    ...(site?.inBrief ?? []).flatMap((item, i) =>
      item.href ? [{ file: rel(siteFile), record: `inBrief #${i + 1}`, field: "href", from: "/", links: [{ url: item.href, line: null }] }] : [],
    ),
    ...[timelineList, claimList].flatMap((list) =>
      list.map(({ record, line, file }) => ({
        file,
        record: `${list === timelineList ? "event" : "claim"} "${record.id}"`,
        field: "links",
        from: list === timelineList ? routes.timeline : routes.factCheck,
        links: record.links.map((url) => ({ url, line })),
      })),
    ),
  ];
  if (methods) linkSets.push({ file: methods.file, from: routes.methods, links: methods.links });
  checkLinks({ articles, quotes, timeline, glossary, claims, sources, methods }, linkSets, issues);

  if (issues.length > 0 || !site || !methods) throw new ContentError(issues);
  const appearances = new Map<string, QuoteAppearance[]>([...quotes.keys()].map((id) => [id, []]));
  for (const a of articles)
    for (const use of a.quoteUses)
      appearances.get(use.id)!.push({ slug: a.slug, articleTitle: a.title, anchor: use.anchor, inline: use.inline });
  return { site, sources, quotes, appearances, articles, timeline, glossary, claims, methods };
}

type Located<T> = { record: T; line: number | null; file: string };

async function readYaml(file: string, issues: ContentIssue[], rel: (f: string) => string) {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    issues.push({ file: rel(file), message: "file is missing" });
    return null;
  }
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const e of doc.errors)
      issues.push({ file: rel(file), line: e.linePos?.[0].line ?? null, message: `invalid YAML: ${e.message}` });
    return null;
  }
  return { doc, text };
}

function lineOf(text: string, offset: number | undefined): number | null {
  if (offset === undefined) return null;
  return text.slice(0, offset).split("\n").length;
}

/** `<root>/<name>.yaml` plus every `<root>/<name>/*.yaml`, as one list of located records. */
async function readCollection<S extends z.ZodType>(
  root: string,
  name: string,
  schema: S,
  kind: string,
  issues: ContentIssue[],
  rel: (f: string) => string,
): Promise<Located<z.infer<S>>[]> {
  const extra = await readdir(path.join(root, name)).catch(() => [] as string[]);
  const files = [path.join(root, `${name}.yaml`), ...extra.filter((f) => f.endsWith(".yaml")).sort().map((f) => path.join(root, name, f))];
  const lists = await Promise.all(files.map((f) => readRecords(f, schema, kind, issues, rel)));
  return lists.flat();
}

async function readRecords<S extends z.ZodType>(
  file: string,
  schema: S,
  kind: string,
  issues: ContentIssue[],
  rel: (f: string) => string,
  optional = false,
): Promise<Located<z.infer<S>>[]> {
  if (optional && !(await readFile(file).then(() => true, () => false))) return [];
  const parsed = await readYaml(file, issues, rel);
  if (!parsed) return [];
  const { doc, text } = parsed;
  const items = doc.contents as { items?: { range?: [number, number, number] }[] } | null;
  const data: unknown = doc.toJS();
  if (!Array.isArray(data)) {
    issues.push({ file: rel(file), message: `expected a list of ${kind} records` });
    return [];
  }
  const out: Located<z.infer<S>>[] = [];
  data.forEach((raw, i) => {
    const line = lineOf(text, items?.items?.[i]?.range?.[0]);
    const rawId = raw && typeof raw === "object" && "id" in raw ? String((raw as { id: unknown }).id) : null;
    const record = rawId ? `${kind} "${rawId}"` : `${kind} #${i + 1}`;
    const result = schema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues)
        issues.push({ file: rel(file), line, record, field: issue.path.join(".") || undefined, message: issue.message });
      return;
    }
    out.push({ record: result.data, line, file: rel(file) });
  });
  return out;
}

async function readSingle<S extends z.ZodType>(
  file: string,
  schema: S,
  issues: ContentIssue[],
  rel: (f: string) => string,
): Promise<z.infer<S> | null> {
  const parsed = await readYaml(file, issues, rel);
  if (!parsed) return null;
  const result = schema.safeParse(parsed.doc.toJS());
  if (!result.success) {
    for (const issue of result.error.issues)
      issues.push({ file: rel(file), field: issue.path.join(".") || undefined, message: issue.message });
    return null;
  }
  return result.data;
}

function indexById<T extends { id: string }>(list: Located<T>[], kind: string, issues: ContentIssue[]): Map<string, T> {
  const map = new Map<string, T>();
  const first = new Map<string, string>();
  for (const { record, line, file } of list) {
    if (map.has(record.id)) {
      issues.push({
        file,
        line,
        record: `${kind} "${record.id}"`,
        field: "id",
        message: `duplicate id "${record.id}" (first defined at ${first.get(record.id)})`,
      });
      continue;
    }
    map.set(record.id, record);
    first.set(record.id, `${file}:${line ?? "?"}`);
  }
  return map;
}

/** Splits `---\nyaml\n---\nbody`, keeping the body's line numbers equal to the file's. */
function splitFrontmatter(text: string): { yaml: string; body: string } | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return null;
  const consumed = m[0].split("\n").length - 1;
  return { yaml: m[1], body: "\n".repeat(consumed) + text.slice(m[0].length) };
}

async function loadArticles(
  dir: string,
  sources: Map<string, Source>,
  quotes: Map<string, Quote>,
  glossary: Map<string, GlossaryTerm>,
  issues: ContentIssue[],
  rel: (f: string) => string,
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
    const front = parseFrontmatter(split.yaml, articleFrontmatterSchema, where, issues);
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
    checkTermUses(data.termUses, glossary, where, issues);
    const cited = [...new Set(data.quoteUses.map((u) => u.id))].flatMap((id) => quotes.get(id) ?? []);
    articles.push({
      ...front,
      sources: front.sources.flatMap((id) => sources.get(id) ?? []),
      toc: data.toc,
      quoteUses: data.quoteUses,
      links: data.links,
      termUses: data.termUses,
      citedQuotes: cited,
      code,
      wordCount: data.wordCount,
      file: where,
    });
  }
  const orders = new Map<number, string>();
  for (const a of articles) {
    if (orders.has(a.order))
      issues.push({ file: a.file, record: "front matter", field: "order", message: `order ${a.order} is also used by ${orders.get(a.order)}` });
    orders.set(a.order, a.file);
  }
  return articles.sort((a, b) => a.order - b.order);
}

function parseFrontmatter<S extends z.ZodType>(yaml: string, schema: S, where: string, issues: ContentIssue[]): z.infer<S> | null {
  const doc = parseDocument(yaml, { prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const e of doc.errors)
      issues.push({ file: where, line: (e.linePos?.[0].line ?? 0) + 1, message: `invalid front matter YAML: ${e.message}` });
    return null;
  }
  const fm = schema.safeParse(doc.toJS());
  if (!fm.success) {
    for (const issue of fm.error.issues)
      issues.push({ file: where, record: "front matter", field: issue.path.join(".") || undefined, message: issue.message });
    return null;
  }
  return fm.data;
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
async function loadMethods(
  file: string,
  glossary: Map<string, GlossaryTerm>,
  issues: ContentIssue[],
  rel: (f: string) => string,
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

type LinkSet = { file: string; record?: string; field?: string; from: string; links: LinkUse[] };

/**
 * Every internal link (in articles, site.yaml, the timeline and the fact check) must reach a page, and its
 * #anchor an element on that page. The page → anchors map mirrors the ids the routes render.
 */
function checkLinks(
  c: {
    articles: Article[];
    quotes: Map<string, Quote>;
    timeline: TimelineEvent[];
    glossary: Map<string, GlossaryTerm>;
    claims: ClaimReview[];
    sources: Map<string, Source>;
    methods: Page | null;
  },
  extra: LinkSet[],
  issues: ContentIssue[],
) {
  const pages = new Map<string, Set<string>>(Object.entries(STATIC_PAGES).map(([p, ids]) => [p, new Set(ids)]));
  for (const id of c.quotes.keys()) pages.set(routes.quote(id), new Set());
  pages.set(routes.timeline, new Set(c.timeline.map((e) => e.id)));
  pages.set(routes.glossary, new Set(c.glossary.keys()));
  pages.set(routes.factCheck, new Set(c.claims.map((x) => x.id)));
  pages.set(routes.sources, new Set([...c.sources.keys()].map(sourceAnchor)));
  // Known even when methods.mdx failed to load, so its links are not reported twice.
  pages.set(routes.methods, new Set(c.methods ? [...c.methods.toc.map((t) => t.id), ...c.methods.termUses.map((u) => u.anchor)] : METHODS_SECTIONS));
  for (const a of c.articles) {
    const anchors = new Set<string>([
      ...a.toc.map((t) => t.id),
      ...a.quoteUses.map((u) => u.anchor),
      ...a.termUses.map((u) => u.anchor),
      "corrections-title",
    ]);
    for (const q of a.citedQuotes) anchors.add(citeAnchor(q.id));
    pages.set(routes.article(a.slug), anchors);
  }
  const check = (url: string, fromPage: string, report: (message: string) => void) => {
    if (/^(https?:|mailto:)/.test(url)) return;
    if (!url.startsWith("/") && !url.startsWith("#")) {
      report(`link "${url}" must be absolute ("/articles/…") or an in-page "#anchor"`);
      return;
    }
    const [pathPart, hash] = url.split("#", 2);
    const page = pathPart === "" ? fromPage : pathPart.replace(/\/$/, "") || "/";
    const anchors = pages.get(page);
    if (!anchors) {
      report(`link "${url}" points to a page that does not exist (${page})`);
      return;
    }
    if (hash !== undefined && !anchors.has(decodeURIComponent(hash)))
      report(`link "${url}" points to an anchor "#${hash}" that does not exist on ${page}`);
  };
  const sets: LinkSet[] = [
    ...c.articles.map((a) => ({ file: a.file, from: routes.article(a.slug), links: a.links })),
    ...extra,
  ];
  for (const set of sets)
    for (const link of set.links)
      check(link.url, set.from, (message) =>
        issues.push({ file: set.file, line: link.line, record: set.record, field: set.field, message }),
      );
}
