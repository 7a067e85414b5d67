import type { Quote, SiteData, Source } from "@/lib/content/schema";
import { formatDate, type Lang } from "@/lib/i18n";
import { ui } from "@/lib/i18n/strings";
import { routesFor } from "@/lib/routes";
import { SITE_URL, absoluteUrl } from "@/lib/site-config";
import { embedSnippet } from "./snippet";

export const OEMBED_WIDTH = 560;

/** A rough height for the card at OEMBED_WIDTH; the embed script corrects it to the real height. */
function estimatedHeight(quote: Quote, translation?: string) {
  const charsPerLine = 52;
  const lines = Math.ceil(quote.text.length / charsPerLine);
  // Our translation: its label and its lines, a little smaller than the quote's.
  const translated = translation ? 18 + Math.ceil(translation.length / 58) * 24.7 + 8 : 0;
  return Math.round(lines * 27.5 + 150 + translated);
}

/**
 * The oEmbed 1.0 "rich" response for one quote, served as a static JSON file; in a translated edition, in that
 * language, with that edition's embed code (original words and our translation) and card image.
 */
export function oembedFor(quote: Quote, source: Source, site: SiteData, lang: Lang = "en", translation?: string) {
  const routes = routesFor(lang);
  return {
    type: "rich",
    version: "1.0",
    title: ui(lang).quote.oembed.title(quote.speaker, formatDate(quote.date, lang)),
    author_name: quote.speaker,
    provider_name: site.name,
    provider_url: lang === "en" ? `${SITE_URL}/` : absoluteUrl(routes.home),
    html: embedSnippet(quote, source, site, lang, translation),
    width: OEMBED_WIDTH,
    height: estimatedHeight(quote, translation),
    thumbnail_url: absoluteUrl(routes.cardImage(quote.id, "1200x630")),
    thumbnail_width: 1200,
    thumbnail_height: 630,
  };
}
