// The post-export step that removes Next's client runtime relies on the exact shape of Next 16's exported
// markup. These tests pin that shape on a page exported by next 16.4.6 (tests/fixtures/next-export/page.html)
// and check that the step fails loudly, naming the file, when the markup is not what it expects.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: plain ESM module shared with the build scripts
import { RuntimeMarkupError, isPayloadFile, stripPage } from "../../scripts/lib/strip-runtime.mjs";

const page = readFileSync(path.resolve(import.meta.dirname, "../fixtures/next-export/page.html"), "utf8");

describe("stripPage", () => {
  it("removes every runtime script, preload, flight-data script and hydration marker", () => {
    const { html, removed } = stripPage(page, "corrections.html");
    expect(removed["runtime chunk scripts"]).toBeGreaterThan(0);
    expect(removed["inline flight data"]).toBeGreaterThan(0);
    expect(removed["chunk loader bootstrap"]).toBe(1);
    expect(html).not.toMatch(/_next\/static\/[^"]+\.js|__next_f|TURBOPACK|<!--\$-->|<!-- -->/);
    // What remains: structured data and our own feature scripts only.
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toMatch(/type="application\/ld\+json"|type="module" src="\/js\//);
    // The page itself is untouched: same text, same stylesheet.
    const text = (s: string) => s.replace(/<script[\s\S]*?<\/script>|<!--[\s\S]*?-->|<[^>]+>/g, "");
    expect(text(html)).toBe(text(page));
    expect(html).toContain('rel="stylesheet" href="/_next/static/chunks/');
    expect(html.length).toBeLessThan(page.length / 2);
  });

  it("fails loudly when a page lacks the runtime markup it expects (a Next upgrade changed it)", () => {
    const renamed = page.replaceAll("self.__next_f", "self.__next_flight");
    expect(() => stripPage(renamed, "corrections.html")).toThrow(RuntimeMarkupError);
    expect(() => stripPage(renamed, "corrections.html")).toThrow(
      /corrections\.html: expected Next's inline flight data/,
    );
    const noBootstrap = page.replace('<script id="_R_">', '<script id="_S_">');
    expect(() => stripPage(noBootstrap, "x.html")).toThrow(/chunk loader bootstrap/);
  });

  it("fails loudly when a script it does not know survives", () => {
    const extra = page.replace("</body>", "<script>window.tracker=1</script></body>");
    expect(() => stripPage(extra, "x.html")).toThrow(/x\.html: a script this step does not know survived/);
    const foreign = page.replace("</body>", '<script type="module" src="https://cdn.example/x.js"></script></body>');
    expect(() => stripPage(foreign, "x.html")).toThrow(RuntimeMarkupError);
  });
});

describe("isPayloadFile", () => {
  const exists = (p: string) => ["index.html", "quotes/a.html"].includes(p);
  it("removes RSC payloads and keeps other text files", () => {
    expect(isPayloadFile("index.txt", exists)).toBe(true);
    expect(isPayloadFile("quotes/a.txt", exists)).toBe(true);
    expect(isPayloadFile("articles/x/__next._tree.txt", exists)).toBe(true);
    expect(isPayloadFile("robots.txt", exists)).toBe(false);
    expect(isPayloadFile("quotes/a.html", exists)).toBe(false);
  });
});
