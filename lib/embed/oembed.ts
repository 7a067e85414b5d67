import type { Quote, SiteData, Source } from "@/lib/content/schema";
import { formatDate } from "@/lib/format";
import { routes } from "@/lib/routes";
import { SITE_URL, absoluteUrl } from "@/lib/site-config";
import { embedSnippet } from "./snippet";

export const OEMBED_WIDTH = 560;

/** A rough height for the card at OEMBED_WIDTH; the embed script corrects it to the real height. */
function estimatedHeight(quote: Quote) {
  const charsPerLine = 52;
  const lines = Math.ceil(quote.text.length / charsPerLine);
  return Math.round(lines * 27.5 + 150);
}

/** The oEmbed 1.0 "rich" response for one quote, served as a static JSON file. */
export function oembedFor(quote: Quote, source: Source, site: SiteData) {
  return {
    type: "rich",
    version: "1.0",
    title: `Quotation: ${quote.speaker}, ${formatDate(quote.date)}`,
    author_name: quote.speaker,
    provider_name: site.name,
    provider_url: `${SITE_URL}/`,
    html: embedSnippet(quote, source, site),
    width: OEMBED_WIDTH,
    height: estimatedHeight(quote),
    thumbnail_url: absoluteUrl(routes.cardImage(quote.id, "1200x630")),
    thumbnail_width: 1200,
    thumbnail_height: 630,
  };
}
