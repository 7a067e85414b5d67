/** The one place that knows our URL shapes. */
export const routes = {
  home: "/",
  article: (slug: string) => `/articles/${slug}`,
  articleSection: (slug: string, id: string) => `/articles/${slug}#${id}`,
} as const;

/** Element ids shared by the quote renderers and the sidebar. */
export const citeAnchor = (quoteId: string) => `cite-${quoteId}`;
