/**
 * The site's public origin, used for every absolute URL (embed code, oEmbed, canonical links).
 * Set SITE_URL at build time for a deployment (e.g. SITE_URL=https://ab-ruling.example.org npm run build);
 * the default is the local server that `npm start` runs.
 */
export const SITE_URL = (process.env.SITE_URL ?? "http://127.0.0.1:3000").replace(/\/+$/, "");

export function absoluteUrl(path: string): string {
  return new URL(path, `${SITE_URL}/`).toString();
}
