/**
 * The host's response headers, as rules (a path pattern and its headers) derived from the site model. One rule
 * per page (for its clean URL and for the file the export writes), so no host has to merge two framing rules.
 */
import { routes } from "../routes";
import type { SiteModel, SitePage } from "./model";

export type HeaderRule = { pattern: string; headers: Record<string, string> };

/** The file the static export writes for a page's path: "/" → "/index.html", "/x" → "/x.html", "/x/" → "/x/index.html". */
export function exportedFile(pagePath: string): string {
  if (pagePath.endsWith(".html")) return pagePath;
  return pagePath.endsWith("/") ? `${pagePath}index.html` : `${pagePath}.html`;
}

export function framingHeaders(page: Pick<SitePage, "framable">): Record<string, string> {
  return page.framable
    ? { "Content-Security-Policy": "frame-ancestors *", "Cache-Control": "public, max-age=3600" }
    : { "Content-Security-Policy": "frame-ancestors 'self'", "X-Frame-Options": "SAMEORIGIN" };
}

export function hostHeaderRules(model: SiteModel): HeaderRule[] {
  const pageRules = model.pages.flatMap((page) =>
    [...new Set([page.path, exportedFile(page.path)])].map((pattern) => ({ pattern, headers: framingHeaders(page) })),
  );
  return [
    {
      pattern: "/*",
      headers: { "X-Content-Type-Options": "nosniff", "Referrer-Policy": "strict-origin-when-cross-origin" },
    },
    ...pageRules,
    // Files other sites fetch: the embed script and the oEmbed documents.
    {
      pattern: routes.embedScript,
      headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=3600" },
    },
    {
      pattern: "/oembed/*",
      headers: { "Access-Control-Allow-Origin": "*", "Content-Type": "application/json; charset=utf-8" },
    },
    { pattern: routes.feed, headers: { "Content-Type": "application/atom+xml; charset=utf-8" } },
  ];
}
