import type { Quote, SiteData, Source } from "@/lib/content/schema";
import { formatDate } from "@/lib/format";
import { routes } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site-config";
import { esc } from "@/lib/escape-html";

/**
 * The embed code publishers paste. Without JavaScript it is a complete, attributed quotation: a
 * <blockquote cite> with the words, who said them and when, and two links (our quote page and the
 * original source). /embed.js, loaded async, swaps it for a resizing iframe of the card.
 */
export function embedSnippet(quote: Quote, source: Source, site: SiteData): string {
  const pageUrl = absoluteUrl(routes.quote(quote.id));
  const title = source.titleSupplied ? `[${source.title}]` : source.title;
  return [
    `<blockquote class="ab-quote-embed" cite="${esc(source.url)}" data-quote-id="${esc(quote.id)}">`,
    `  <p>\u201c${esc(quote.text)}\u201d</p>`,
    `  <footer>\u2014 ${esc(quote.speaker)}, ${esc(quote.role)}, ${esc(formatDate(quote.date))}. ` +
      `Source: <a href="${esc(source.url)}">${esc(source.publisher)}, ${esc(title)}</a>. ` +
      `<a href="${esc(pageUrl)}">${esc(site.name)}</a></footer>`,
    `</blockquote>`,
    `<script async src="${esc(absoluteUrl(routes.embedScript))}"></script>`,
  ].join("\n");
}
