import { slugify } from "./format";
import { localePath, type Lang } from "./i18n";

/** The one place that knows our URL shapes. */
export const routes = {
  home: "/",
  article: (slug: string) => `/articles/${slug}`,
  articleSection: (slug: string, id: string) => `/articles/${slug}#${id}`,
  quotes: "/quotes",
  timeline: "/timeline",
  glossary: "/glossary",
  glossaryTerm: (id: string) => `/glossary#${id}`,
  sources: "/sources",
  factCheck: "/fact-check",
  corrections: "/corrections",
  search: "/search",
  /** The search index Pagefind writes after the export (scripts/search-index.ts). */
  searchBundle: "/pagefind/",
  /** "How we checked": what our labels mean (content/methods.mdx). */
  methods: "/methods",
  methodsSection: (id: MethodsSection) => `/methods#${id}`,
  quote: (id: string) => `/quotes/${id}`,
  /** The standalone card made for iframes (a directory index, so any static host serves it as HTML). */
  embedQuote: (id: string) => `/embed/quotes/${id}/`,
  embedPreview: "/embed",
  embedScript: "/embed.js",
  oembed: (id: string) => `/oembed/quotes/${id}.json`,
  feed: "/feed.xml",
  sitemap: "/sitemap.xml",
  /** The designed 404 page, which static hosts send for any unknown path. */
  notFound: "/404.html",
  /** Link-preview images (1200×630) for articles and for the site's other pages. */
  pageImage: (name: string) => `/og/${name}.png`,
  /** A quote's share card, a PNG made at build time (app/cards/[file]/route.tsx). */
  cardImage: (quoteId: string, size: "1200x630" | "1080x1080") => `/cards/${quoteId}-${size}.png`,
} as const;

/** Paths every edition shares: the embed script, the sitemap and the search bundle (Pagefind picks the language). */
const SHARED = new Set<keyof typeof routes>(["embedScript", "sitemap", "searchBundle"]);

type Routes = typeof routes;
/** The site's URL shapes in an edition: the same keys as `routes`, with the edition's prefix (/es) where it has one. */
export function routesFor(lang: Lang): Routes {
  if (lang === "en") return routes;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(routes) as [keyof Routes, Routes[keyof Routes]][])
    out[key] = SHARED.has(key)
      ? value
      : typeof value === "function"
        ? (...args: unknown[]) => localePath(lang, (value as (...a: unknown[]) => string)(...args))
        : localePath(lang, value as string);
  return out as Routes;
}

/** The last path segment of `routes.cardImage(...)` read back: { quoteId, size }, or null if it is not one. */
export function parseCardImageFile(file: string): { quoteId: string; size: "1200x630" | "1080x1080" } | null {
  const m = /^([a-z0-9]+(?:-[a-z0-9]+)*)-(1200x630|1080x1080)\.png$/.exec(file);
  return m ? { quoteId: m[1], size: m[2] as "1200x630" | "1080x1080" } : null;
}

/**
 * The sections of /methods that the site's labels link to ("Partly confirmed" → #partly-confirmed, "Reported" →
 * #reported, …). content/methods.mdx must have a heading with each of these ids; the loader checks it.
 */
export const METHODS_SECTIONS = [
  "confirmed",
  "partly-confirmed",
  "reported",
  "quotes",
  "last-reviewed",
  "corrections",
] as const;
export type MethodsSection = (typeof METHODS_SECTIONS)[number];

/**
 * Fixed element ids that pages render and links may target: the components render these, and the site model
 * (lib/site/model.ts) lists them as the page's anchors, so the link check and the pages cannot disagree.
 */
export const anchors = {
  home: { status: "status-today-title", articles: "articles", inBrief: "in-brief" },
  article: {
    top: "top",
    corrections: "corrections-title",
    sources: "sources-title",
    sourcesPrimary: "sources-primary-documents",
    sourcesSecondary: "sources-reporting-and-analysis",
    sidebar: "quote-sidebar-title",
  },
  quotes: {
    byStance: "by-stance",
    bySpeaker: "by-speaker",
    stance: (stance: string) => `stance-${stance}`,
    speaker: (name: string) => `speaker-${slugify(name)}`,
  },
  quote: { share: "share-title", link: "link-to-quote", embed: "embed-code", image: "card-image" },
  sources: { primary: "sources-primary", secondary: "sources-secondary" },
  search: { index: "everything" },
} as const;

/** Element ids shared by the quote renderers and the sidebar. */
export const citeAnchor = (quoteId: string) => `cite-${quoteId}`;
/** A source's entry on /sources. */
export const sourceAnchor = (sourceId: string) => `source-${sourceId}`;
