import type { Quote, SiteData, Source } from "@/lib/content/schema";
import { formatDate, type Lang } from "@/lib/i18n";
import { ui } from "@/lib/i18n/strings";
import { routesFor } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site-config";
import { esc } from "@/lib/escape-html";

/**
 * The embed code publishers paste. Without JavaScript it is a complete, attributed quotation: a
 * <blockquote cite> with the words, who said them and when, and two links (our quote page and the
 * original source). /embed.js, loaded async, swaps it for a resizing iframe of the card.
 *
 * In a translated edition the code is in that language (`lang` on the blockquote, which also tells /embed.js to
 * frame that edition's card): the original words, marked as English, then our translation, labelled as ours.
 */
export function embedSnippet(
  quote: Quote,
  source: Source,
  site: SiteData,
  lang: Lang = "en",
  translation?: string,
): string {
  const routes = routesFor(lang);
  const t = ui(lang).quote;
  const pageUrl = absoluteUrl(routes.quote(quote.id));
  const title = source.titleSupplied ? `[${source.title}]` : source.title;
  const translated = lang !== "en";
  const [open, close] = t.card.marks;
  return [
    `<blockquote class="ab-quote-embed"${translated ? ` lang="${lang}"` : ""} cite="${esc(source.url)}" data-quote-id="${esc(quote.id)}">`,
    `  <p${translated ? ' lang="en"' : ""}>\u201c${esc(quote.text)}\u201d</p>`,
    ...(translation ? [`  <p>${esc(t.translation)}: ${esc(`${open}${translation}${close}`)}</p>`] : []),
    `  <footer>\u2014 ${esc(quote.speaker)}, ${esc(quote.role)}, ${esc(formatDate(quote.date, lang))}. ` +
      `${esc(t.card.source)} <a href="${esc(source.url)}">${esc(source.publisher)}, ${esc(title)}</a>. ` +
      `<a href="${esc(pageUrl)}">${esc(site.name)}</a></footer>`,
    `</blockquote>`,
    `<script async src="${esc(absoluteUrl(routes.embedScript))}"></script>`,
  ].join("\n");
}
