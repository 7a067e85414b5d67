export { formatDate, formatNumber } from "./i18n";

/** "Karen Musalo" → "karen-musalo": for element ids derived from names. */
export function slugify(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
