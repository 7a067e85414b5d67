/**
 * The façade routes use: the site's content, loaded and validated once per build process.
 * Routes call these and render; they never read or parse files themselves.
 */
import path from "node:path";
import { notFound } from "next/navigation";
import { loadContent, type Content } from "./load";

let cached: Promise<Content> | undefined;

export function getContent(): Promise<Content> {
  // CONTENT_DIR builds the site from another content folder (the test build of hostile input does).
  cached ??= loadContent(path.resolve(process.cwd(), process.env.CONTENT_DIR ?? "content"));
  return cached;
}

export async function getArticles() {
  return (await getContent()).articles;
}

export async function getArticle(slug: string) {
  const article = (await getArticles()).find((a) => a.slug === slug);
  if (!article) notFound();
  return article;
}

export async function getQuote(id: string) {
  const { quotes, sources, appearances } = await getContent();
  const quote = quotes.get(id);
  if (!quote) notFound();
  return { quote, source: sources.get(quote.sourceId)!, appearances: appearances.get(id) ?? [] };
}

export type { Article, Content, QuoteAppearance } from "./load";
export type { ClaimReview, Correction, GlossaryTerm, Quote, Rating, SiteData, Source, TimelineEvent } from "./schema";
