/**
 * The site model: every page the site builds, resolved from the loaded content, with what the rest of the code
 * needs to know about it — path, kind, title, description, share image, language, whether other sites may frame
 * it, and the anchor ids it renders. The sitemap, the footer, the share-image route, link labels, the host
 * headers, the link checker and the page-walking tests all read this one list. Adding a page kind is one entry
 * in PAGE_KINDS; a route whose page is not in the model fails the build (pageFor throws).
 */
import { anchors, citeAnchor, routes, sourceAnchor } from "../routes";
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
  lang: "en";
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

/** The kinds of search result, as the search page's filters name them. */
export const SEARCH_KINDS = {
  section: "Article section",
  quote: "Quote",
  event: "Timeline event",
  term: "Glossary term",
  source: "Source",
  claim: "Fact-check claim",
  page: "About this site",
} as const;
export type SearchKind = keyof typeof SEARCH_KINDS;

/**
 * One search result: the part of a page from the element with id `anchor` (a heading: up to the next heading; any
 * other element: itself), or, with `anchor: null`, the page from its top to its first other heading.
 */
export type SearchRecord = { anchor: string | null; kind: SearchKind; title: string; section: string };

export type SiteModel = {
  pages: SitePage[];
  byPath: Map<string, SitePage>;
  /** The reference pages listed in every footer, in order. */
  footer: SitePage[];
};

const pageImage = (name: string, card: ShareCard) => ({
  path: routes.pageImage(name),
  alt: `${card.title}: ${card.summary}`,
  card,
  name,
});

/** A page whose share image is the precedent chart: the chart's title and every period, in words, as its alt. */
const chartImage = (name: string, c: ContentParts, kicker: string) => {
  const title = `Which precedent governed when, ${c.figures.precedentChart.from.slice(0, 4)} to today`;
  return {
    path: routes.pageImage(name),
    alt: `Chart: ${title}. ${describeChart(c.figures.precedentChart, formatDate)}`,
    card: { kicker, title, summary: "", figure: "precedent-chart" as const },
    name,
  };
};

type Entry = Omit<SitePage, "lang" | "framable" | "footer" | "anchors" | "image" | "search"> &
  Partial<Pick<SitePage, "framable" | "footer" | "anchors" | "image" | "search">>;

/** The page kinds, each one entry: how its pages are made from the content. */
const PAGE_KINDS: Record<PageKind, (c: ContentParts, latest: string) => Entry[]> = {
  home: (c, latest) => [
    {
      path: routes.home,
      kind: "home",
      title: c.site.name,
      label: "Home",
      description: c.site.description,
      image: pageImage("home", { kicker: "A sourced explainer", title: c.site.tagline, summary: c.site.description }),
      anchors: [
        { id: anchors.home.status, label: "Where things stand" },
        { id: anchors.home.articles, label: "Read in order" },
        { id: anchors.home.inBrief, label: "In brief" },
      ],
      lastModified: latest,
    },
  ],
  article: (c) =>
    c.articles.map((a, i) => ({
      path: routes.article(a.slug),
      kind: "article",
      title: a.title,
      label: a.title,
      description: a.dek,
      image: a.figures.includes("precedent-chart")
        ? chartImage(a.slug, c, `Part ${i + 1} of ${c.articles.length}: ${a.navTitle}`)
        : pageImage(a.slug, { kicker: `Part ${i + 1} of ${c.articles.length}`, title: a.title, summary: a.dek }),
      anchors: [
        { id: anchors.article.top, label: a.title },
        ...a.toc.map((t) => ({ id: t.id, label: t.text })),
        ...(a.corrections.length > 0
          ? [{ id: anchors.article.corrections, label: "Corrections and clarifications" }]
          : []),
        ...(a.sources.length > 0 ? [{ id: anchors.article.sources, label: "Sources for this article" }] : []),
        ...(a.sources.some((s) => s.primary)
          ? [{ id: anchors.article.sourcesPrimary, label: "Primary documents" }]
          : []),
        ...(a.sources.some((s) => !s.primary)
          ? [{ id: anchors.article.sourcesSecondary, label: "Reporting and analysis" }]
          : []),
        ...(a.citedQuotes.length > 0 ? [{ id: anchors.article.sidebar, label: "Quotes in this article" }] : []),
        ...a.quoteUses.map((u) => ({ id: u.anchor, label: `Quote: ${c.quotes.get(u.id)?.speaker ?? u.id}` })),
        ...a.termUses.map((u) => ({ id: u.anchor, label: `Term: ${c.glossary.get(u.id)?.term ?? u.id}` })),
        ...a.citedQuotes.map((q) => ({ id: citeAnchor(q.id), label: `Source of the quote: ${q.speaker}` })),
      ],
      search: [
        { anchor: anchors.article.top, kind: "section", title: "Introduction", section: a.title },
        ...a.toc.map((t) => ({ anchor: t.id, kind: "section" as const, title: t.text, section: a.title })),
      ],
      lastModified: a.updated,
    })),
  "quote-index": (c, latest) => {
    const stances = [...new Set([...c.quotes.values()].map((q) => q.stance))];
    const speakers = [...new Set([...c.quotes.values()].map((q) => q.speaker))];
    return [
      {
        path: routes.quotes,
        kind: "quote-index",
        title: "All quotes",
        label: "All quotes",
        description:
          "Every quotation on the site, grouped by stance toward the ruling and by speaker, each with its source.",
        image: pageImage("quotes", {
          kicker: "The registry",
          title: "All quotes",
          summary: "Every quotation on the site, in the speaker's exact words, with its source.",
        }),
        anchors: [
          { id: anchors.quotes.byStance, label: "By stance" },
          { id: anchors.quotes.bySpeaker, label: "By speaker" },
          ...stances.map((s) => ({ id: anchors.quotes.stance(s), label: `Quotes: ${s}` })),
          ...speakers.map((s) => ({ id: anchors.quotes.speaker(s), label: `Quotes: ${s}` })),
        ],
        lastModified: latest,
        footer: true,
      },
    ];
  },
  quote: (c, latest) => {
    const updatedOf = new Map(c.articles.map((a) => [a.slug, a.updated]));
    return [...c.quotes.values()].map((q) => ({
      path: routes.quote(q.id),
      kind: "quote",
      title: `Quote: ${q.speaker}, ${formatDate(q.date)}`,
      label: `Quote: ${q.speaker}`,
      description: q.context,
      image: {
        path: routes.cardImage(q.id, "1200x630"),
        alt: `Quote card: the words of ${q.speaker}, ${formatDate(q.date)}, with the source and the site name.`,
      },
      anchors: [
        { id: anchors.quote.share, label: "Share and embed" },
        { id: anchors.quote.link, label: "Link to this quote" },
        { id: anchors.quote.embed, label: "Embed code" },
        { id: anchors.quote.image, label: "Card image" },
      ],
      search: [{ anchor: null, kind: "quote", title: q.speaker, section: formatDate(q.date) }],
      lastModified:
        (c.appearances.get(q.id) ?? [])
          .map((s) => updatedOf.get(s.slug)!)
          .sort()
          .at(-1) ?? latest,
    }));
  },
  "embed-preview": (_c, latest) => [
    {
      path: routes.embedPreview,
      kind: "embed-preview",
      title: "Embed a quote: preview",
      label: "Embed a quote",
      description: "How our quote cards look on another site, with the code to paste.",
      image: pageImage("embed", {
        kicker: "For publishers",
        title: "Embed a sourced quote",
        summary: "Attributed quote cards that link back to their sources.",
      }),
      lastModified: latest,
      footer: true,
    },
  ],
  "embed-card": (c) =>
    [...c.quotes.values()].map((q) => ({
      path: routes.embedQuote(q.id),
      kind: "embed-card",
      title: `${q.speaker}: quote card`,
      label: `Quote card: ${q.speaker}`,
      description: q.context,
      image: null,
      framable: true,
      lastModified: null,
    })),
  timeline: (c, latest) => [
    {
      path: routes.timeline,
      kind: "timeline",
      title: "Timeline",
      label: "Timeline",
      description:
        "Every dated event from the 1985 definition of a particular social group to the reported 2025 reinstatement of Matter of A-B- and the rulings that followed, each with its source.",
      image: chartImage("timeline", c, "Timeline"),
      anchors: c.timeline.map((e) => ({ id: e.id, label: `Timeline: ${e.title}` })),
      search: c.timeline.map((e) => ({ anchor: e.id, kind: "event", title: e.title, section: formatDate(e.date) })),
      lastModified: latest,
      footer: true,
    },
  ],
  glossary: (c, latest) => [
    {
      path: routes.glossary,
      kind: "glossary",
      title: "Glossary",
      label: "Glossary",
      description:
        "Plain-English definitions of the legal terms in this explainer: asylum, particular social group, credible fear, the BIA, remand, vacate and more.",
      image: pageImage("glossary", {
        kicker: "Reference",
        title: "Glossary",
        summary: "The legal terms of the asylum rulings, in plain English.",
      }),
      anchors: [...c.glossary.values()].map((t) => ({ id: t.id, label: `Glossary: ${t.term}` })),
      search: [...c.glossary.values()].map((t) => ({ anchor: t.id, kind: "term", title: t.term, section: "Glossary" })),
      lastModified: latest,
      footer: true,
    },
  ],
  sources: (c, latest) => [
    {
      path: routes.sources,
      kind: "sources",
      title: "Sources",
      label: "Sources",
      description:
        "Every document this explainer relies on: the decisions, orders, speeches and statements themselves, and the reporting and analysis about them.",
      image: pageImage("sources", {
        kicker: "Reference",
        title: "Sources",
        summary: "Every decision, speech, statement and report this explainer relies on.",
      }),
      anchors: [
        { id: anchors.sources.primary, label: "Primary sources" },
        { id: anchors.sources.secondary, label: "Secondary sources" },
        ...[...c.sources.values()].map((s) => ({ id: sourceAnchor(s.id), label: `Source: ${s.title}` })),
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
      path: routes.factCheck,
      kind: "fact-check",
      title: "Fact check: early coverage of the ruling",
      label: "Fact check",
      description: "The claims of an article on the June 2018 asylum ruling, checked one by one against the record.",
      image: pageImage("fact-check", {
        kicker: "Fact check",
        title: "Early coverage of the ruling, checked",
        summary: "The claims of an article on the 2018 ruling, one by one, against the record.",
      }),
      anchors: c.claims.map((x) => ({ id: x.id, label: `Fact check: ${x.summary}` })),
      search: c.claims.map((x) => ({ anchor: x.id, kind: "claim", title: `“${x.claim}”`, section: "Fact check" })),
      lastModified: latest,
      footer: true,
    },
  ],
  corrections: (_c, latest) => [
    {
      path: routes.corrections,
      kind: "corrections",
      title: "Corrections and clarifications",
      label: "Corrections",
      description: "Every correction and clarification made to this explainer, dated, newest first.",
      image: pageImage("corrections", {
        kicker: "Standards",
        title: "Corrections and clarifications",
        summary: "Every change of fact, dated.",
      }),
      lastModified: latest,
      footer: true,
    },
  ],
  methods: (c) => [
    {
      path: routes.methods,
      kind: "methods",
      title: c.methods.title,
      label: "How we checked",
      description: c.methods.dek,
      image: pageImage("methods", {
        kicker: "Standards",
        title: "How we checked",
        summary: "What confirmed, partly confirmed and reported mean, and how every quotation is checked.",
      }),
      anchors: [
        ...c.methods.toc.map((t) => ({ id: t.id, label: `How we checked: ${t.text}` })),
        ...c.methods.termUses.map((u) => ({ id: u.anchor, label: `Term: ${c.glossary.get(u.id)?.term ?? u.id}` })),
      ],
      search: [
        { anchor: null, kind: "page", title: c.methods.title, section: "How we checked" },
        ...c.methods.toc.map((t) => ({
          anchor: t.id,
          kind: "page" as const,
          title: t.text,
          section: "How we checked",
        })),
      ],
      lastModified: c.methods.updated,
      footer: true,
    },
  ],
  search: (_c, latest) => [
    {
      path: routes.search,
      kind: "search",
      title: "Search",
      label: "Search",
      description:
        "Search the articles section by section, every quotation, timeline event, glossary term, source and fact-check claim.",
      image: pageImage("search", {
        kicker: "Find anything",
        title: "Search the explainer",
        summary: "Every section, quotation, event, term, source and checked claim.",
      }),
      anchors: [{ id: anchors.search.index, label: "Everything on this site" }],
      lastModified: latest,
    },
  ],
  "not-found": () => [
    {
      path: routes.notFound,
      kind: "not-found",
      title: "Page not found",
      label: "Page not found",
      description: "The address may be mistyped, or the page may have moved.",
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
      lang: "en" as const,
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
    if (page.kind !== "article" && c.site.pageCorrections.some((x) => x.page === page.path))
      page.anchors.push({ id: anchors.article.corrections, label: "Corrections and clarifications" });
  const footer = FOOTER_ORDER.flatMap((kind) => pages.filter((p) => p.kind === kind && p.footer));
  return { pages, byPath: new Map(pages.map((p) => [p.path, p])), footer };
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
