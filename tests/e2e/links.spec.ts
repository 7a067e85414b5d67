// Link integrity over the built site: on every page, every internal link and #anchor resolves to a file the site
// serves and an element id on that page; and every source URL in the registry is a well-formed https URL, or an
// http one only where the record says the source exists only there (httpOnly).
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { exportedFile } from "../../lib/site/headers";
import { SITE_URL } from "../../lib/site-config";
import { content } from "./content";

const { model, sources } = await content();
const OUT = path.resolve(process.env.E2E_DIR ?? "out");
const decode = (s: string) =>
  s
    .replace(/&amp;/g, "&")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"');

/** The file a URL path is served from, as scripts/serve.mjs (and a static host with clean URLs) resolves it. */
function servedFile(urlPath: string): string | null {
  const clean = decodeURIComponent(urlPath);
  const candidates = clean.endsWith("/") ? [`${clean}index.html`] : [clean, `${clean}.html`, `${clean}/index.html`];
  for (const c of candidates) {
    const full = path.join(OUT, c);
    if (existsSync(full) && statSync(full).isFile()) return full;
  }
  return null;
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string) {
  if (!idsCache.has(file))
    idsCache.set(file, new Set([...readFileSync(file, "utf8").matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]))));
  return idsCache.get(file)!;
}

for (const p of model.pages)
  test(`every internal link on ${p.path} resolves`, () => {
    const file = path.join(OUT, exportedFile(p.path));
    const html = readFileSync(file, "utf8");
    const broken: string[] = [];
    const refs = [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => decode(m[1]));
    for (const ref of refs) {
      const url = new URL(ref, `${SITE_URL}${p.path}`);
      if (url.origin !== new URL(SITE_URL).origin) continue; // other sites: checked as source records below
      const target = url.pathname === new URL(`${SITE_URL}${p.path}`).pathname ? file : servedFile(url.pathname);
      if (!target) broken.push(`${ref} (no file)`);
      else if (url.hash && target.endsWith(".html") && !idsOf(target).has(decodeURIComponent(url.hash.slice(1))))
        broken.push(`${ref} (no element ${url.hash})`);
    }
    expect(refs.length).toBeGreaterThan(0);
    expect(broken).toEqual([]);
  });

test("every source URL is https, or http only where the record says the source exists only there", () => {
  const bad = [...sources.values()].filter((s) => {
    const u = new URL(s.url);
    return !(u.protocol === "https:" || (u.protocol === "http:" && s.httpOnly === true));
  });
  expect(bad.map((s) => `${s.id}: ${s.url}`)).toEqual([]);
  expect(sources.size).toBeGreaterThan(50);
});
