/** The one place that knows our URL shapes. */
export const routes = {
  home: "/",
  article: (slug: string) => `/articles/${slug}`,
  articleSection: (slug: string, id: string) => `/articles/${slug}#${id}`,
  quotes: "/quotes",
  quote: (id: string) => `/quotes/${id}`,
  /** The standalone card made for iframes (a directory index, so any static host serves it as HTML). */
  embedQuote: (id: string) => `/embed/quotes/${id}/`,
  embedPreview: "/embed",
  embedScript: "/embed.js",
  oembed: (id: string) => `/oembed/quotes/${id}.json`,
  feed: "/feed.xml",
  sitemap: "/sitemap.xml",
  /** Link-preview images (1200×630) for articles and for the site's other pages. */
  pageImage: (name: string) => `/og/${name}.png`,
  cardImage: (quoteId: string, size: "1200x630" | "1080x1080") => `/cards/${quoteId}-${size}.png`,
} as const;

/** Element ids shared by the quote renderers and the sidebar. */
export const citeAnchor = (quoteId: string) => `cite-${quoteId}`;
