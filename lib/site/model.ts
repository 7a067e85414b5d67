/**
 * The site model: every page the site builds, resolved from the loaded content, with what the rest of the code
 * needs to know about it — path, kind, title, description, share image, language, whether other sites may frame
 * it, and the anchor ids it renders. The sitemap, the footer, the share-image route, link labels, the host
 * headers, the link checker and the page-walking tests all read this one list. Adding a page kind is one entry
 * in PAGE_KINDS; a route whose page is not in the model fails the build (pageFor throws).
 */
import { anchors, citeAnchor, routesFor, sourceAnchor } from "../routes";
import { LANGS, translatePath, type Lang } from "../i18n";
import { ui } from "../i18n/strings";
import type { ContentParts } from "../content/load";
import { describeChart } from "../figures/precedent-periods";
import { formatDate } from "../format";

export type PageKind =
  | "home"
  | "article"
  | "quote-index"
  | "quote"
  | "embed-preview"
  | "embed-card"
  | "timeline"
  | "glossary"
  | "sources"
  | "fact-check"
  | "corrections"
  | "methods"
  | "search"
  | "not-found";

/** Every link-preview image is this size: the drawn share cards and the quotes' 1200×630 card images. */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

/**
 * The text drawn on a page's 1200×630 link-preview image (app/og/[file]/route.tsx); with `figure`, the image is
 * that data figure, drawn from the same derived data as the page's own.
 */
export type ShareCard = { kicker: string; title: string; summary: string; figure?: "precedent-chart" };

export type SitePage = {
  path: string;
  kind: PageKind;
  /** The page's own title (the layout adds the site name); the home page's is the site's name. */
  title: string;
  /** How links to the page read ("Timeline", an article's title). */
  label: string;
  description: string;
  /** The link-preview image: a drawn share card (/og/<name>.png) or a quote's card image. */
  image: { path: string; alt: string; card?: ShareCard; name?: string } | null;
  lang: Lang;
  /** The same page in each edition that has it, by language (itself included). */
  alternates: Partial<Record<Lang, string>>;
  /** Whether other sites may frame the page (only the quote cards made for iframes). */
  framable: boolean;
  /** Every element id a link may target on the page, with a readable label. */
  anchors: { id: string; label: string }[];
  /** For the sitemap: the date its content last changed; null keeps it out of the sitemap. */
  lastModified: string | null;
  /** Listed in every page's footer, under "Reference", in this order. */
  footer: boolean;
  /** What the site search indexes on this page (scripts/search-index.ts): one result per record. */
  search: SearchRecord[];
};

/** The kinds of search result, as the search page's filters name them (ui(lang).model.kinds). */
export const SEARCH_KINDS = ui("en").model.kinds;
export type SearchKind = keyof typeof SEARCH_KINDS;

/**
 * One search result: the part of a page from the element with id `anchor` (a heading: up to the next heading; any
 * other element: itself), or, with `anchor: null`, the page from its top to its first other heading.
 */
export type SearchRecord = { anchor: string | null; kind: SearchKind; title: string; section: string };

export type SiteModel = {
  pages: SitePage[];
  byPath: Map<string, SitePage>;
  /** The reference pages listed in every footer of each edition, in order. */
  footer: Partial<Record<Lang, SitePage[]>>;
};

const pageImage = (c: ContentParts, name: string, card: ShareCard) => ({
  path: routesFor(c.lang).pageImage(name),
  alt: `${card.title}: ${card.summary}`,
  card,
  name,
});

/** A page whose share image is the precedent chart: the chart's title and every period, in words, as its alt. */
const chartImage = (name: string, c: ContentParts, kicker: string) => {
  const title = ui(c.lang).model.chart.title(c.figures.precedentChart.from.slice(0, 4));
  return {
    path: routesFor(c.lang).pageImage(name),
    alt: ui(c.lang).model.chart.alt(
      title,
      describeChart(c.figures.precedentChart, (d) => formatDate(d, c.lang), c.lang),
    ),
    card: { kicker, title, summary: "", figure: "precedent-chart" as const },
    name,
  };
};

type Entry = Omit<SitePage, "lang" | "alternates" | "framable" | "footer" | "anchors" | "image" | "search"> &
  Partial<Pick<SitePage, "framable" | "footer" | "anchors" | "image" | "search">>;

/** The page kinds, each one entry: how its pages are made from the content. */
const PAGE_KINDS: Record<PageKind, (c: ContentParts, latest: string) => Entry[]> = {
  home: (c, latest) => [
    {
      path: routesFor(c.lang).home,
      kind: "home",
      title: c.site.name,
      label: ui(c.lang).model.home.label,
      description: c.site.description,
      image: pageImage(c, "home", {
        kicker: ui(c.lang).model.home.kicker,
        title: c.site.tagline,
        summary: c.site.description,
      }),
      anchors: [
        { id: anchors.home.status, label: ui(c.lang).model.home.status },
        { id: anchors.home.articles, label: ui(c.lang).model.home.articles },
        { id: anchors.home.inBrief, label: ui(c.lang).model.home.inBrief },
      ],
      lastModified: latest,
    },
  ],
  article: (c) =>
    c.articles.map((a, i) => ({
      path: routesFor(c.lang).article(a.slug),
      kind: "article",
      title: a.title,
      label: a.title,
      description: a.dek,
      image: a.figures.includes("precedent-chart")
        ? chartImage(a.slug, c, `${ui(c.lang).model.article.part(i + 1, c.articles.length)}: ${a.navTitle}`)
        : pageImage(c, a.slug, {
            kicker: ui(c.lang).model.article.part(i + 1, c.articles.length),
            title: a.title,
            summary: a.dek,
          }),
      anchors: [
        { id: anchors.article.top, label: a.title },
        ...a.toc.map((t) => ({ id: t.id, label: t.text })),
        ...(a.corrections.length > 0
          ? [{ id: anchors.article.corrections, label: ui(c.lang).model.article.corrections }]
          : []),
        ...(a.sources.length > 0 ? [{ id: anchors.article.sources, label: ui(c.lang).model.article.sources }] : []),
        ...(a.sources.some((s) => s.primary)
          ? [{ id: anchors.article.sourcesPrimary, label: ui(c.lang).model.article.primary }]
          : []),
        ...(a.sources.some((s) => !s.primary)
          ? [{ id: anchors.article.sourcesSecondary, label: ui(c.lang).model.article.secondary }]
          : []),
        ...(a.citedQuotes.length > 0 ? [{ id: anchors.article.sidebar, label: ui(c.lang).model.article.sidebar }] : []),
        ...a.quoteUses.map((u) => ({
          id: u.anchor,
          label: ui(c.lang).model.article.quote(c.quotes.get(u.id)?.speaker ?? u.id),
        })),
        ...a.termUses.map((u) => ({
          id: u.anchor,
          label: ui(c.lang).model.article.term(c.glossary.get(u.id)?.term ?? u.id),
        })),
        ...a.citedQuotes.map((q) => ({ id: citeAnchor(q.id), label: ui(c.lang).model.article.cite(q.speaker) })),
      ],
      search: [
        { anchor: anchors.article.top, kind: "section", title: ui(c.lang).model.article.intro, section: a.title },
        ...a.toc.map((t) => ({ anchor: t.id, kind: "section" as const, title: t.text, section: a.title })),
      ],
      lastModified: a.updated,
    })),
  "quote-index": (c, latest) => {
    const stances = [...new Set([...c.quotes.values()].map((q) => q.stance))];
    const speakers = [...new Set([...c.quotes.values()].map((q) => q.speaker))];
    return [
      {
        path: routesFor(c.lang).quotes,
        kind: "quote-index",
        title: ui(c.lang).model.quoteIndex.title,
        label: ui(c.lang).model.quoteIndex.title,
        description: ui(c.lang).model.quoteIndex.description,
        image: pageImage(c, "quotes", {
          kicker: ui(c.lang).model.quoteIndex.kicker,
          title: ui(c.lang).model.quoteIndex.title,
          summary: ui(c.lang).model.quoteIndex.summary,
        }),
        anchors: [
          { id: anchors.quotes.byStance, label: ui(c.lang).model.quoteIndex.byStance },
          { id: anchors.quotes.bySpeaker, label: ui(c.lang).model.quoteIndex.bySpeaker },
          ...stances.map((s) => ({ id: anchors.quotes.stance(s), label: ui(c.lang).model.quoteIndex.group(s) })),
          ...speakers.map((s) => ({ id: speakerAnchor(c, s), label: ui(c.lang).model.quoteIndex.group(s) })),
        ],
        lastModified: latest,
        footer: true,
      },
    ];
  },
  quote: (c, latest) => {
    const updatedOf = new Map(c.articles.map((a) => [a.slug, a.updated]));
    return [...c.quotes.values()].map((q) => ({
      path: routesFor(c.lang).quote(q.id),
      kind: "quote",
      title: ui(c.lang).model.quote.title(q.speaker, formatDate(q.date, c.lang)),
      label: ui(c.lang).model.quote.label(q.speaker),
      description: q.context,
      image: {
        path: routesFor(c.lang).cardImage(q.id, "1200x630"),
        alt: ui(c.lang).model.quote.alt(q.speaker, formatDate(q.date, c.lang)),
      },
      anchors: [
        { id: anchors.quote.share, label: ui(c.lang).model.quote.share },
        { id: anchors.quote.link, label: ui(c.lang).model.quote.link },
        { id: anchors.quote.embed, label: ui(c.lang).model.quote.embed },
        { id: anchors.quote.image, label: ui(c.lang).model.quote.image },
      ],
      search: [{ anchor: null, kind: "quote", title: q.speaker, section: formatDate(q.date, c.lang) }],
      lastModified:
        (c.appearances.get(q.id) ?? [])
          .map((s) => updatedOf.get(s.slug)!)
          .sort()
          .at(-1) ?? latest,
    }));
  },
  "embed-preview": (c, latest) => [
    {
      path: routesFor(c.lang).embedPreview,
      kind: "embed-preview",
      title: ui(c.lang).model.embedPreview.title,
      label: ui(c.lang).model.embedPreview.label,
      description: ui(c.lang).model.embedPreview.description,
      image: pageImage(c, "embed", {
        kicker: ui(c.lang).model.embedPreview.kicker,
        title: ui(c.lang).model.embedPreview.cardTitle,
        summary: ui(c.lang).model.embedPreview.summary,
      }),
      lastModified: latest,
      footer: true,
    },
  ],
  "embed-card": (c) =>
    [...c.quotes.values()].map((q) => ({
      path: routesFor(c.lang).embedQuote(q.id),
      kind: "embed-card",
      title: ui(c.lang).model.embedCard.title(q.speaker),
      label: ui(c.lang).model.embedCard.label(q.speaker),
      description: q.context,
      image: null,
      framable: true,
      lastModified: null,
    })),
  timeline: (c, latest) => [
    {
      path: routesFor(c.lang).timeline,
      kind: "timeline",
      title: ui(c.lang).model.timeline.title,
      label: ui(c.lang).model.timeline.title,
      description: ui(c.lang).model.timeline.description,
      image: chartImage("timeline", c, ui(c.lang).model.timeline.title),
      anchors: c.timeline.map((e) => ({ id: e.id, label: ui(c.lang).model.timeline.anchor(e.title) })),
      search: c.timeline.map((e) => ({
        anchor: e.id,
        kind: "event",
        title: e.title,
        section: formatDate(e.date, c.lang),
      })),
      lastModified: latest,
      footer: true,
    },
  ],
  glossary: (c, latest) => [
    {
      path: routesFor(c.lang).glossary,
      kind: "glossary",
      title: ui(c.lang).model.glossary.title,
      label: ui(c.lang).model.glossary.title,
      description: ui(c.lang).model.glossary.description,
      image: pageImage(c, "glossary", {
        kicker: ui(c.lang).model.glossary.kicker,
        title: ui(c.lang).model.glossary.title,
        summary: ui(c.lang).model.glossary.summary,
      }),
      anchors: [...c.glossary.values()].map((t) => ({ id: t.id, label: ui(c.lang).model.glossary.anchor(t.term) })),
      search: [...c.glossary.values()].map((t) => ({
        anchor: t.id,
        kind: "term",
        title: t.term,
        section: ui(c.lang).model.glossary.title,
      })),
      lastModified: latest,
      footer: true,
    },
  ],
  sources: (c, latest) => [
    {
      path: routesFor(c.lang).sources,
      kind: "sources",
      title: ui(c.lang).model.sources.title,
      label: ui(c.lang).model.sources.title,
      description: ui(c.lang).model.sources.description,
      image: pageImage(c, "sources", {
        kicker: ui(c.lang).model.sources.kicker,
        title: ui(c.lang).model.sources.title,
        summary: ui(c.lang).model.sources.summary,
      }),
      anchors: [
        { id: anchors.sources.primary, label: ui(c.lang).model.sources.primary },
        { id: anchors.sources.secondary, label: ui(c.lang).model.sources.secondary },
        ...[...c.sources.values()].map((s) => ({
          id: sourceAnchor(s.id),
          label: ui(c.lang).model.sources.anchor(s.title),
        })),
      ],
      search: [...c.sources.values()].map((s) => ({
        anchor: sourceAnchor(s.id),
        kind: "source",
        title: s.title,
        section: s.publisher,
      })),
      lastModified: latest,
      footer: true,
    },
  ],
  "fact-check": (c, latest) => [
    {
      path: routesFor(c.lang).factCheck,
      kind: "fact-check",
      title: ui(c.lang).model.factCheck.title,
      label: ui(c.lang).model.factCheck.label,
      description: ui(c.lang).model.factCheck.description,
      image: pageImage(c, "fact-check", {
        kicker: ui(c.lang).model.factCheck.kicker,
        title: ui(c.lang).model.factCheck.cardTitle,
        summary: ui(c.lang).model.factCheck.summary,
      }),
      anchors: c.claims.map((x) => ({ id: x.id, label: ui(c.lang).model.factCheck.anchor(x.summary) })),
      search: c.claims.map((x) => ({
        anchor: x.id,
        kind: "claim",
        title: `“${x.claim}”`,
        section: ui(c.lang).model.factCheck.label,
      })),
      lastModified: latest,
      footer: true,
    },
  ],
  corrections: (c, latest) => [
    {
      path: routesFor(c.lang).corrections,
      kind: "corrections",
      title: ui(c.lang).model.corrections.title,
      label: ui(c.lang).model.corrections.label,
      description: ui(c.lang).model.corrections.description,
      image: pageImage(c, "corrections", {
        kicker: ui(c.lang).model.corrections.kicker,
        title: ui(c.lang).model.corrections.title,
        summary: ui(c.lang).model.corrections.summary,
      }),
      lastModified: latest,
      footer: true,
    },
  ],
  methods: (c) => [
    {
      path: routesFor(c.lang).methods,
      kind: "methods",
      title: c.methods.title,
      label: ui(c.lang).model.methods.label,
      description: c.methods.dek,
      image: pageImage(c, "methods", {
        kicker: ui(c.lang).model.methods.kicker,
        title: ui(c.lang).model.methods.label,
        summary: ui(c.lang).model.methods.summary,
      }),
      anchors: [
        ...c.methods.toc.map((t) => ({ id: t.id, label: ui(c.lang).model.methods.anchor(t.text) })),
        ...c.methods.termUses.map((u) => ({
          id: u.anchor,
          label: ui(c.lang).model.article.term(c.glossary.get(u.id)?.term ?? u.id),
        })),
      ],
      search: [
        { anchor: null, kind: "page", title: c.methods.title, section: ui(c.lang).model.methods.label },
        ...c.methods.toc.map((t) => ({
          anchor: t.id,
          kind: "page" as const,
          title: t.text,
          section: ui(c.lang).model.methods.label,
        })),
      ],
      lastModified: c.methods.updated,
      footer: true,
    },
  ],
  search: (c, latest) => [
    {
      path: routesFor(c.lang).search,
      kind: "search",
      title: ui(c.lang).model.search.title,
      label: ui(c.lang).model.search.title,
      description: ui(c.lang).model.search.description,
      image: pageImage(c, "search", {
        kicker: ui(c.lang).model.search.kicker,
        title: ui(c.lang).model.search.cardTitle,
        summary: ui(c.lang).model.search.summary,
      }),
      anchors: [{ id: anchors.search.index, label: ui(c.lang).model.search.index }],
      lastModified: latest,
    },
  ],
  "not-found": (c) => [
    {
      path: routesFor(c.lang).notFound,
      kind: "not-found",
      title: ui(c.lang).model.notFound.title,
      label: ui(c.lang).model.notFound.title,
      description: ui(c.lang).model.notFound.description,
      image: null,
      lastModified: null,
    },
  ],
};

/** The footer's order of reference pages. */
const FOOTER_ORDER: PageKind[] = [
  "timeline",
  "glossary",
  "sources",
  "fact-check",
  "corrections",
  "methods",
  "quote-index",
  "embed-preview",
];

export function buildSiteModel(c: ContentParts): SiteModel {
  const latest =
    c.articles
      .map((a) => a.updated)
      .sort()
      .at(-1) ?? c.site.statusToday.reviewed;
  const pages: SitePage[] = (Object.keys(PAGE_KINDS) as PageKind[]).flatMap((kind) =>
    PAGE_KINDS[kind](c, latest).map((e) => ({
      lang: c.lang,
      alternates: {},
      framable: false,
      footer: false,
      anchors: [],
      search: [],
      ...e,
      image: e.image ?? null,
    })),
  );
  // A page with corrections of its own shows them at its top, under the same anchor as an article's.
  for (const page of pages)
    if (page.kind !== "article" && c.site.pageCorrections.some((x) => translatePath(x.page, c.lang) === page.path))
      page.anchors.push({ id: anchors.article.corrections, label: ui(c.lang).model.article.corrections });
  const footer = FOOTER_ORDER.flatMap((kind) => pages.filter((p) => p.kind === kind && p.footer));
  return { pages, byPath: new Map(pages.map((p) => [p.path, p])), footer: { [c.lang]: footer } };
}

/**
 * The site model of every edition together: each page learns its counterparts (the same path in the other
 * edition: "/timeline" ↔ "/es/timeline"), which the language switch, hreflang links and sitemap use.
 */
export function mergeEditions(models: SiteModel[]): SiteModel {
  const pages = models.flatMap((m) => m.pages);
  const byPath = new Map(pages.map((p) => [p.path, p]));
  for (const page of pages)
    for (const lang of LANGS) {
      const other = byPath.get(translatePath(page.path, lang));
      if (other && other.kind === page.kind) page.alternates[lang] = other.path;
    }
  return { pages, byPath, footer: Object.assign({}, ...models.map((m) => m.footer)) };
}

/** The id of a speaker's group on the quotes index: from the speaker's original name, the same in every edition. */
export function speakerAnchor(c: Pick<ContentParts, "originalSpeakers">, speaker: string): string {
  return anchors.quotes.speaker(c.originalSpeakers?.get(speaker) ?? speaker);
}

/** The page at a path, or a build failure: every route renders a page the model knows. */
export function pageFor(model: SiteModel, path: string): SitePage {
  const page = model.byPath.get(path);
  if (!page) throw new Error(`The site model has no page at ${path}: add it to PAGE_KINDS in lib/site/model.ts`);
  return page;
}

/** A readable label for an internal link such as "/articles/x#section" ("Article title — Section"). */
export function linkLabel(model: SiteModel, href: string): string {
  const [pathPart, hash] = href.split("#", 2);
  const page = model.byPath.get(pathPart);
  if (!page) return href;
  if (!hash) return page.label;
  const anchor = page.anchors.find((a) => a.id === hash);
  if (!anchor) return page.label;
  return page.kind === "article" ? `${page.label} — ${anchor.label}` : anchor.label;
}
