// Page-weight budgets, checked on the built output (sizes, not timings: speed is measured by `npm run bench`).
// Every page: at most 2× its floor (the same page with every script removed), at most 6 KB gzip of our own
// JavaScript, at most 100 KB gzip in all (share images aside), fonts (if any) preloaded. The embed card: at most
// 15 KB and no loaded script. And nothing of the framework runtime ships: no runtime files, no payload files.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
// @ts-expect-error: plain ESM module shared with the bench
import { pageWeight } from "../../scripts/lib/page-weight.mjs";

const OUT = path.resolve(process.env.E2E_DIR ?? "out");
const KB = 1024;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}
const files = walk(OUT).map((f) => path.relative(OUT, f).split(path.sep).join("/"));
const cards = files.filter((f) => /^(es\/)?embed\/quotes\/[^/]+\/index\.html$/.test(f));
const pages = files.filter((f) => f.endsWith(".html") && !cards.includes(f));

test("no framework runtime ships: no runtime scripts and no RSC payload files", () => {
  expect(pages.length).toBeGreaterThan(40);
  expect(files.filter((f) => f.startsWith("_next/") && f.endsWith(".js"))).toEqual([]);
  expect(files.filter((f) => f.endsWith(".txt") && f !== "robots.txt")).toEqual([]);
});

for (const page of pages)
  test(`budget: ${page}`, () => {
    const w = pageWeight(OUT, path.join(OUT, page));
    expect(w.inlineScripts, "inline scripts (other than JSON-LD)").toBe(0);
    expect(w.js.gzip, "own JavaScript, gzip").toBeLessThanOrEqual(6 * KB);
    expect(w.total.gzip, "HTML + CSS + JS + fonts, gzip").toBeLessThanOrEqual(100 * KB);
    expect(w.ratio, `total ${w.total.gzip} B vs floor ${w.floor.gzip} B`).toBeLessThanOrEqual(2);
    expect(w.fontsNotPreloaded, "fonts without a preload").toBe(0);
  });

test("budget: every embed card is at most 15 KB with no loaded script", () => {
  expect(cards.length).toBeGreaterThan(30);
  for (const card of cards) {
    const w = pageWeight(OUT, path.join(OUT, card));
    expect(w.js.files, card).toBe(0);
    expect(w.requests, card).toBe(1);
    expect(w.inlineScripts, `${card}: only its one height-reporting script`).toBe(1);
    expect(w.total.gzip, card).toBeLessThanOrEqual(15 * KB);
  }
});
