import { createHash } from "node:crypto";
import type { Quote, SiteData, Source } from "@/lib/content/schema";
import { formatDate, type Lang } from "@/lib/i18n";
import { ui } from "@/lib/i18n/strings";
import { routesFor } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site-config";
import { esc } from "@/lib/escape-html";
import { cssVariables, designTokens } from "@/lib/design-tokens";

export const CARD_HEIGHT_MESSAGE = "ab-quote-card:height";

// Colours and fonts come from the design tokens (app/tokens.css). They follow prefers-color-scheme; ?theme=light|dark
// (read by the inline script) forces one.
const CARD_COLORS = ["paper", "ink", "muted", "rule", "accent", "warn", "warn-bg"] as const;
const { light, dark, font } = designTokens();
const DARK = `${cssVariables(dark, CARD_COLORS)};color-scheme:dark`;
const CSS = `
:root{${cssVariables(light, CARD_COLORS)};color-scheme:light}
@media (prefers-color-scheme:dark){:root:not([data-theme=light]){${DARK}}}
:root[data-theme=dark]{${DARK}}
*{box-sizing:border-box}
html,body{margin:0;background:var(--paper);color:var(--ink)}
.card{overflow-wrap:anywhere;margin:0;padding:16px 18px 14px;border:1px solid var(--rule);border-left:4px solid var(--accent);border-radius:6px;background:var(--paper);font:15px/1.5 ${font.sans}}
blockquote{margin:0}
blockquote p{margin:0;font:19px/1.45 ${font.serif};overflow-wrap:anywhere}
figcaption{margin-top:10px;color:var(--muted);font-size:14px}
figcaption b{color:var(--ink)}
figcaption p{margin:2px 0 0}
.badge{display:inline-block;padding:0 6px;border-radius:3px;background:var(--warn-bg);color:var(--warn);font-size:12px;font-weight:600}
a{color:var(--accent);text-underline-offset:2px}
a:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.site{margin-top:10px!important;padding-top:8px;border-top:1px solid var(--rule);font-size:13px}
.tr{margin:8px 0 0;font-size:16px;line-height:1.45}
.tr span{display:block;color:var(--accent);font-size:12px;font-weight:600}
@media (max-width:360px){.card{padding:12px 12px 10px}blockquote p{font-size:17px}.tr{font-size:15px}}
`.replace(/\n/g, "");

// Reports the card's own height (not the viewport's), so the frame can also shrink; only when it changes. The same
// script for every card (it reads the quote id from the markup), so one hash in the cards' policy allows it.
const SCRIPT =
  `(function(){var d=document.documentElement,m=/[?&]theme=(light|dark)(&|$)/.exec(location.search);` +
  `if(m)d.setAttribute("data-theme",m[1]);if(window.parent===window)return;var last=-1;` +
  `function send(){var c=document.querySelector(".card");if(!c)return;var h=Math.ceil(c.getBoundingClientRect().height);` +
  `if(h>0&&h!==last){last=h;window.parent.postMessage({type:${JSON.stringify(CARD_HEIGHT_MESSAGE)},id:c.getAttribute("data-quote-id"),height:h},"*")}}` +
  `document.addEventListener("DOMContentLoaded",function(){send();if(window.ResizeObserver)new ResizeObserver(send).observe(document.querySelector(".card"))});` +
  `window.addEventListener("load",send)})();`;

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
/** The CSP sources that allow the card's one inline style and one inline script, and nothing else. */
export const CARD_INLINE_HASHES = { style: sha256(CSS), script: sha256(SCRIPT) };

/**
 * The standalone quote card: one small HTML document (inline CSS and a tiny inline script, no framework,
 * no external requests, no cookies) that renders completely without JavaScript. In a translated edition the
 * document is in that language, the original words are marked as English, and our translation follows them,
 * labelled as ours; the inline style and script are the same in every edition (one hash each in the policy).
 */
export function renderQuoteCard(
  quote: Quote,
  source: Source,
  site: SiteData,
  lang: Lang = "en",
  translation?: string,
): string {
  const routes = routesFor(lang);
  const { quote: t, site: s, model } = ui(lang);
  const pageUrl = absoluteUrl(routes.quote(quote.id));
  const title = source.titleSupplied ? `[${esc(source.title)}]` : `<cite>${esc(source.title)}</cite>`;
  const badge =
    quote.verification === "partly-confirmed"
      ? ` <a class="badge" href="${esc(absoluteUrl(routes.methodsSection("partly-confirmed")))}" target="_blank" rel="noopener" title="${esc(quote.note ?? t.card.partlyTitle)}">${esc(s.badges.partly)}</a>`
      : "";
  // The words stay in their language (English) inside a page in the edition's language.
  const words = lang === "en" ? "" : ' lang="en"';
  const [open, close] = t.card.marks;
  const ours = translation
    ? `\n<p class="tr"><span>${esc(t.translation)}</span> ${esc(`${open}${translation}${close}`)}</p>`
    : "";
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(model.embedCard.title(quote.speaker))} · ${esc(site.name)}</title>
<meta name="robots" content="noindex"><link rel="canonical" href="${esc(pageUrl)}">
<style>${CSS}</style><script>${SCRIPT}</script></head>
<body><figure class="card" data-quote-id="${esc(quote.id)}">
<blockquote cite="${esc(source.url)}"${words}><p>\u201c${esc(quote.text)}\u201d</p></blockquote>${ours}
<figcaption><b>${esc(quote.speaker)}</b>, ${esc(quote.role)} · <time datetime="${esc(quote.date)}">${esc(formatDate(quote.date, lang))}</time>${badge}
<p>${esc(t.card.source)} <a href="${esc(source.url)}" target="_blank" rel="noopener noreferrer">${esc(source.publisher)}, ${title}</a>${source.date ? `, ${esc(formatDate(source.date, lang))}` : ""}${quote.pinpoint ? `, ${esc(quote.pinpoint)}` : ""}</p>
<p class="site"><a href="${esc(pageUrl)}" target="_blank" rel="noopener">${esc(t.card.site(site.name))} \u2197</a></p></figcaption>
</figure></body></html>
`;
}
