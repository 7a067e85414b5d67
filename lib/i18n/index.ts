/**
 * The site's two editions, English (the source text, at the site's root) and Spanish (under /es). A page's
 * language is part of the site model (SitePage.lang); everything a component writes in the reader's language comes
 * from the string tables in lib/i18n/strings.ts, and every date goes through `formatDate(value, lang)` (Intl).
 */
export const LANGS = ["en", "es"] as const;
export type Lang = (typeof LANGS)[number];

export const LOCALES: Record<
  Lang,
  { /** BCP 47 tag for Intl and hreflang */ intl: string; hreflang: string; og: string; name: string; prefix: string }
> = {
  en: { intl: "en-US", hreflang: "en", og: "en_US", name: "English", prefix: "" },
  // Neutral Latin American Spanish: es-419 for dates and numbers.
  es: { intl: "es-419", hreflang: "es", og: "es_LA", name: "Español", prefix: "/es" },
};

/** A site path in an edition: "/timeline" → "/es/timeline"; "/" → "/es"; "/x#y" → "/es/x#y". */
export function localePath(lang: Lang, path: string): string {
  const { prefix } = LOCALES[lang];
  if (!prefix || !path.startsWith("/")) return path;
  if (path === "/" || path.startsWith("/#")) return `${prefix}${path.slice(1)}`;
  return `${prefix}${path}`;
}

/** The edition a site path belongs to. */
export function langOfPath(path: string): Lang {
  for (const lang of LANGS) {
    const { prefix } = LOCALES[lang];
    if (prefix && (path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}#`))) return lang;
  }
  return "en";
}

/** The same page in the other edition's terms: "/es/timeline#x" → "/timeline#x" (for "en"). */
export function translatePath(path: string, to: Lang): string {
  const from = langOfPath(path);
  const { prefix } = LOCALES[from];
  const bare = prefix ? path.slice(prefix.length) || "/" : path;
  return localePath(to, bare.startsWith("#") ? `/${bare}` : bare);
}

/**
 * A date at the precision the record has: "2018-06-11" → "June 11, 2018" / "11 de junio de 2018"; "2018-06" →
 * "June 2018" / "junio de 2018"; "2018" → "2018". Computed in UTC so no time zone shifts a day.
 */
export function formatDate(value: string, lang: Lang = "en"): string {
  const [y, m, d] = value.split("-");
  if (!m) return y;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, d ? Number(d) : 1));
  const options: Intl.DateTimeFormatOptions = d
    ? { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }
    : { year: "numeric", month: "long", timeZone: "UTC" };
  return new Intl.DateTimeFormat(LOCALES[lang].intl, options).format(date);
}

/** A whole number in the edition's style (Intl): 94000 → "94,000" / "94 000". */
export function formatNumber(value: number, lang: Lang = "en"): string {
  return new Intl.NumberFormat(LOCALES[lang].intl).format(value);
}
