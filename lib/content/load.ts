/**
 * The one content loader, a façade over its parts: it reads `content/` (./read), builds the registries and
 * cross-checks them (./registries), compiles the articles and the methods page (./articles), resolves the site
 * model (../site/model) and checks every internal link against it (./links). It returns typed content or throws
 * a ContentError that lists every problem with its file, line, record and field. Nothing downstream re-derives
 * what this returns (ids, TOC, quote order, pages, anchors).
 */
import path from "node:path";
import { routes } from "../routes";
import { deriveFigures, type Figures } from "../figures";
import type { Lang } from "../i18n";
import { buildSiteModel, mergeEditions, type SiteModel } from "../site/model";
import { loadEdition, type EditionExtras } from "./edition";
import { loadArticles, loadMethods, type Article, type Page } from "./articles";
import { ContentError, type ContentIssue } from "./errors";
import { checkLinks, type LinkSet } from "./links";
import { loadRegistries } from "./registries";
import type { ClaimReview, GlossaryTerm, Quote, SiteData, Source, TimelineEvent } from "./schema";

export type { Article, Page } from "./articles";

/** One place in an article where a quote is used: the article and the placement's element id. */
export type QuoteAppearance = { slug: string; articleTitle: string; anchor: string; inline: boolean };

/** The content of one edition without the site model: what the model is built from. */
export type ContentParts = Partial<EditionExtras> & {
  /** The edition: English (the source text) or a translation (content/<lang>/). */
  lang: Lang;
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
  /** The precedent chart and the case paths, derived from the timeline's `changes` and `caseSteps`. */
  figures: Figures;
};

export type Content = ContentParts & {
  /** Every page the site builds, in every edition, with its path, kind, title, share image, framing policy and anchors. */
  model: SiteModel;
  /** Each edition's content (the English is this object itself), sharing the one model. */
  editions: Partial<Record<Lang, Content>>;
};

/** For each quote id, every placement in the articles, in article order then reading order. */
export function quoteAppearances(quotes: Map<string, Quote>, articles: Article[]): Map<string, QuoteAppearance[]> {
  const appearances = new Map<string, QuoteAppearance[]>([...quotes.keys()].map((id) => [id, []]));
  for (const a of articles)
    for (const use of a.quoteUses)
      appearances.get(use.id)?.push({ slug: a.slug, articleTitle: a.title, anchor: use.anchor, inline: use.inline });
  return appearances;
}

export async function loadContent(root: string): Promise<Content> {
  const issues: ContentIssue[] = [];
  const rel = (file: string) => path.relative(process.cwd(), file) || file;

  const registries = await loadRegistries(root, issues, rel);
  const { sources, quotes, glossary, timeline, claims, site, located } = registries;
  const articles = await loadArticles(path.join(root, "articles"), sources, quotes, glossary, issues, rel);
  const methods = await loadMethods(path.join(root, "methods.mdx"), glossary, issues, rel);
  if (!site || !methods) throw new ContentError(issues);
  const figures = deriveFigures(located.timeline, site.statusToday.reviewed, issues);

  const appearances = quoteAppearances(quotes, articles);
  const parts: ContentParts = {
    lang: "en",
    site,
    sources,
    quotes,
    appearances,
    articles,
    timeline,
    glossary,
    claims,
    methods,
    figures,
  };
  const es = await loadEdition(root, "es", parts, located, issues, rel);
  const model = mergeEditions([buildSiteModel(parts), ...(es ? [buildSiteModel(es)] : [])]);

  const linkSets: LinkSet[] = [
    ...articles.map((a) => ({ file: a.file, from: routes.article(a.slug), links: a.links })),
    { file: methods.file, from: routes.methods, links: methods.links },
    ...site.inBrief.flatMap((item, i) =>
      item.href
        ? [{ file: located.siteFile, field: `inBrief.${i}.href`, from: routes.home, links: [{ url: item.href, line: located.siteLine(["inBrief", i, "href"]) }] }]
        : [],
    ),
    ...site.pageCorrections.map((c, i) => ({
      file: located.siteFile,
      field: `pageCorrections.${i}.page`,
      from: routes.home,
      links: [{ url: c.page, line: located.siteLine(["pageCorrections", i, "page"]) }],
    })),
    ...located.timeline.map(({ record, line, file }) => ({
      file,
      record: `event "${record.id}"`,
      field: "links",
      from: routes.timeline,
      links: record.links.map((url) => ({ url, line })),
    })),
    ...located.claims.map(({ record, line, file }) => ({
      file,
      record: `claim "${record.id}"`,
      field: "links",
      from: routes.factCheck,
      links: record.links.map((url) => ({ url, line })),
    })),
  ];
  // A translation links with the English paths (the site maps them to its own pages, whose anchors are the same).
  if (es)
    linkSets.push(
      ...es.articles.map((a) => ({ file: a.file, from: routes.article(a.slug), links: a.links })),
      { file: es.methods.file, from: routes.methods, links: es.methods.links },
    );
  checkLinks(model, linkSets, issues);
  if (issues.length > 0) throw new ContentError(issues);
  const editions: Partial<Record<Lang, Content>> = {};
  const en: Content = { ...parts, model, editions };
  editions.en = en;
  if (es) editions.es = { ...es, model, editions };
  return en;
}
