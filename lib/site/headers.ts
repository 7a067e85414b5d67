/**
 * The host's response headers, as rules (a path pattern and its headers) derived from the site model: every page
 * gets the security policy of its kind. One rule per page (for its clean URL and for the file the export writes),
 * so no host has to merge two policies. scripts/write-headers.ts writes them to out/_headers.
 */
import { CARD_INLINE_HASHES } from "../embed/card";
import { LANGS, localePath } from "../i18n";
import { routes } from "../routes";
import { SITE_URL } from "../site-config";
import type { SiteModel, SitePage } from "./model";

export type HeaderRule = { pattern: string; headers: Record<string, string> };

/** The file the static export writes for a page's path: "/" → "/index.html", "/x" → "/x.html", "/x/" → "/x/index.html". */
export function exportedFile(pagePath: string): string {
  if (pagePath.endsWith(".html")) return pagePath;
  return pagePath.endsWith("/") ? `${pagePath}index.html` : `${pagePath}.html`;
}

type Directives = Record<string, string[]>;

/** What every page denies: nothing loads unless a directive below allows it; no plugins, no <base>, no forms. */
const LOCKED: Directives = {
  "default-src": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'none'"],
  "object-src": ["'none'"],
};

/**
 * The Content-Security-Policy of a page, by kind. Reading pages load only our own stylesheet, feature scripts
 * (ES modules) and icon; the embed preview also loads the embed script and frames our cards, as a partner's page
 * would; a card loads nothing, and its one inline style and one inline script are allowed by their hashes; the
 * search page alone may compile WebAssembly and fetch (the index). No page allows inline script without a hash,
 * `unsafe-eval` or inline styles.
 */
export function contentSecurityPolicy(page: Pick<SitePage, "kind" | "framable">): string {
  const d: Directives =
    page.kind === "embed-card"
      ? { ...LOCKED, "style-src": [CARD_INLINE_HASHES.style], "script-src": [CARD_INLINE_HASHES.script] }
      : {
          ...LOCKED,
          "script-src": ["'self'"],
          "style-src": ["'self'"],
          "img-src": ["'self'"],
          ...(page.kind === "embed-preview" ? { "frame-src": ["'self'"] } : {}),
          // Search runs Pagefind: WebAssembly compiled from our own file, and index chunks fetched from our origin.
          ...(page.kind === "search"
            ? { "script-src": ["'self'", "'wasm-unsafe-eval'"], "connect-src": ["'self'"] }
            : {}),
        };
  d["frame-ancestors"] = page.framable ? ["*"] : ["'self'"];
  return Object.entries(d)
    .map(([k, v]) => `${k} ${v.join(" ")}`)
    .join("; ");
}

/** Browser features we never use are denied; copying a link and sharing a section are ours only. */
export function permissionsPolicy(page: Pick<SitePage, "framable">): string {
  const denied = ["camera", "microphone", "geolocation", "payment", "usb", "serial", "hid", "bluetooth", "midi"];
  const denyAlso = ["accelerometer", "gyroscope", "magnetometer", "display-capture", "fullscreen", "clipboard-read"];
  const ours = page.framable ? [] : ["clipboard-write=(self)", "web-share=(self)"];
  return [...[...denied, ...denyAlso].map((f) => `${f}=()`), ...ours].join(", ");
}

export function pageHeaders(page: Pick<SitePage, "kind" | "framable">): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(page),
    "Permissions-Policy": permissionsPolicy(page),
    ...(page.framable ? { "Cache-Control": "public, max-age=3600" } : { "X-Frame-Options": "SAMEORIGIN" }),
  };
}

export function hostHeaderRules(model: SiteModel): HeaderRule[] {
  const pageRules = model.pages.flatMap((page) =>
    [...new Set([page.path, exportedFile(page.path)])].map((pattern) => ({ pattern, headers: pageHeaders(page) })),
  );
  // Strict-Transport-Security only where the site is served over https (a deployment, never the local server).
  const hsts: Record<string, string> = SITE_URL.startsWith("https://")
    ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" }
    : {};
  return [
    {
      pattern: "/*",
      headers: { "X-Content-Type-Options": "nosniff", "Referrer-Policy": "strict-origin-when-cross-origin", ...hsts },
    },
    ...pageRules,
    // Files other sites fetch: the embed script and the oEmbed documents.
    {
      pattern: routes.embedScript,
      headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=3600" },
    },
    ...LANGS.flatMap((lang): HeaderRule[] => [
      {
        pattern: localePath(lang, "/oembed/*"),
        headers: { "Access-Control-Allow-Origin": "*", "Content-Type": "application/json; charset=utf-8" },
      },
      { pattern: localePath(lang, routes.feed), headers: { "Content-Type": "application/atom+xml; charset=utf-8" } },
    ]),
  ];
}
