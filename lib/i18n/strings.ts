/**
 * Every word the site's interface writes, by edition. Content (articles, records) is in content/ and
 * content/<lang>/; these are the words around it. One table per part of the site; each Spanish table has exactly
 * the keys of its English one (lib/i18n/strings/shape.ts), so a missing translation does not compile.
 */
import type { Lang } from "./index";
import { article } from "./strings/article";
import { figures } from "./strings/figures";
import { model } from "./strings/model";
import { quote } from "./strings/quote";
import { reference } from "./strings/reference";
import { site } from "./strings/site";

const tables = { article, figures, model, quote, reference, site };
type Tables = typeof tables;

/** The interface words of an edition: `ui(lang).site.skip`, `ui(lang).model.timeline.title`, … */
export function ui(lang: Lang): { [K in keyof Tables]: Tables[K]["en"] } {
  return Object.fromEntries(Object.entries(tables).map(([k, t]) => [k, t[lang]])) as {
    [K in keyof Tables]: Tables[K]["en"];
  };
}
