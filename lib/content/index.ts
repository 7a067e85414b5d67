/**
 * The façade routes use: the site's content, loaded and validated once per build process.
 * Routes call these and render; they never read or parse files themselves.
 */
import path from "node:path";
import { notFound } from "next/navigation";
import type { Lang } from "../i18n";
import { loadContent, type Content } from "./load";

let cached: Promise<Content> | undefined;

/** The content of an edition (English by default); a build without that edition's folder fails here. */
export async function getContent(lang: Lang = "en"): Promise<Content> {
  // CONTENT_DIR builds the site from another content folder (the test build of hostile input does).
  cached ??= loadContent(path.resolve(process.cwd(), process.env.CONTENT_DIR ?? "content"));
  const edition = (await cached).editions[lang];
  if (!edition) throw new Error(`no ${lang} edition: content/${lang}/ is missing`);
  return edition;
}

export async function getArticles(lang: Lang = "en") {
  return (await getContent(lang)).articles;
}

export async function getArticle(slug: string, lang: Lang = "en") {
  const article = (await getArticles(lang)).find((a) => a.slug === slug);
  if (!article) notFound();
  return article;
}

export async function getQuote(id: string, lang: Lang = "en") {
  const { quotes, sources, appearances } = await getContent(lang);
  const quote = quotes.get(id);
  if (!quote) notFound();
  return { quote, source: sources.get(quote.sourceId)!, appearances: appearances.get(id) ?? [] };
}

export type { Article, Content, QuoteAppearance } from "./load";
export type { ClaimReview, Correction, GlossaryTerm, Quote, Rating, SiteData, Source, TimelineEvent } from "./schema";
