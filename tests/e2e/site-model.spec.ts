// Every page of the site model, one test each: the built site serves it with the framing policy the model gives
// it, under its own title and language, and renders every anchor the model says it has (the anchors the link
// check accepts). And the build holds no page the model does not know.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { contentSecurityPolicy, exportedFile, permissionsPolicy } from "../../lib/site/headers";
import { content, notFoundVisit } from "./content";

const { model, editions } = await content();
const OUT = path.resolve(process.env.E2E_DIR ?? "out");
const decode = (s: string) =>
  s
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

for (const p of model.pages)
  test(`${p.kind} ${p.path}: headers, title, language and every anchor`, async ({ request }) => {
    const res = await request.get(notFoundVisit(p) ?? p.path);
    expect(res.status()).toBe(p.kind === "not-found" ? 404 : 200);
    const headers = res.headers();
    expect(headers["content-security-policy"]).toBe(contentSecurityPolicy(p));
    expect(headers["content-security-policy"]).toContain(p.framable ? "frame-ancestors *" : "frame-ancestors 'self'");
    expect(headers["permissions-policy"]).toBe(permissionsPolicy(p));
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe(p.framable ? undefined : "SAMEORIGIN");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    const html = await res.text();
    expect(html).toMatch(new RegExp(`<html lang="${p.lang}"`, "i"));
    const title = decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? "");
    const { site } = editions[p.lang]!;
    expect(title).toBe(p.kind === "home" ? site.name : `${p.title} · ${site.name}`);
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1])));
    const missing = p.anchors.filter((a) => !ids.has(a.id)).map((a) => a.id);
    expect(missing, "anchors the model lists but the page does not render").toEqual([]);
  });

test("every HTML file in the build is a page of the site model", () => {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) =>
      statSync(path.join(dir, n)).isDirectory() ? walk(path.join(dir, n)) : [path.join(dir, n)],
    );
  const files = walk(OUT)
    .map((f) => `/${path.relative(OUT, f).split(path.sep).join("/")}`)
    .filter((f) => f.endsWith(".html") && f !== "/_not-found.html");
  const known = new Set(model.pages.map((p) => exportedFile(p.path)));
  expect(files.filter((f) => !known.has(f))).toEqual([]);
  expect(files.length).toBe(model.pages.length);
});
