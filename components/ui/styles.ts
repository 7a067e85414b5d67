/**
 * Tailwind class lists shared by several components, named for what they style. Everything else is written
 * where it is used; the tokens (colours, type scale) are in app/tokens.css.
 */

/** The frame of the reference, quote and 404 pages: one readable column. */
export const PAGE_FRAME = "mx-auto max-w-[46rem] px-4 pt-6 leading-[1.6]";
/** "Part 1 of 4", "Reference", "Error 404" above a page title. */
export const KICKER = "font-sans text-xs font-semibold tracking-[0.06em] text-muted uppercase";
/** A page's title on the reference, quote and index pages. */
export const PAGE_TITLE = "mt-[0.4rem] mb-4 text-title font-bold";
/** The article and home page title. */
export const DISPLAY_TITLE = "mt-2 mb-3 text-display font-bold text-balance";
/** The standfirst under a title. */
export const DEK = "text-xl leading-normal text-muted";
/** Section headings on the quote, index and embed pages. */
export const H2 = "mt-9 mb-3 text-2xl font-bold";
export const H3 = "mt-6 mb-2 text-lg font-bold";
/** A small interface line under an entry: dates, sources, back-links. Long URLs wrap rather than widen the page. */
export const META = "mt-1.5 font-sans text-xs text-muted wrap-anywhere";
/** A plain bulleted list inside interface text. */
export const BULLETS = "list-disc pl-5";
/** Code to copy: the embed code on quote pages and the embed preview. */
export const CODE_BLOCK =
  "block w-full rounded border border-rule bg-panel p-3 font-mono text-xs/[1.45] wrap-anywhere whitespace-pre-wrap text-ink";
/** Opening and closing marks around quoted words shown without quotation marks of their own. */
export const QUOTE_MARKS = "before:content-['“'] after:content-['”']";
/** A section title on a reference page. */
export const SECTION_TITLE = "mt-10 mb-[0.4rem] text-2xl font-bold";
