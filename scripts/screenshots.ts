// Screenshots one page of each kind in the site model, in each language (and every English article, and a deep link
// to a section in both languages) at 375
// and 1280 px, light and dark, into reports/screenshots/. Needs a running server:
//   npm run screenshots -- [baseUrl]     (default http://127.0.0.1:3000; FULL=0 for viewport-only shots)
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { loadContent } from "../lib/content/load";
import { browserLaunchOptions } from "./browser.mjs";

const base = process.argv[2] ?? "http://127.0.0.1:3000";
const { model, articles } = await loadContent(path.resolve("content"));
const seen = new Set<string>();
const shots: [string, string][] = model.pages
  .filter(
    (p) =>
      (p.kind === "article" && p.lang === "en") ||
      (!seen.has(`${p.lang}:${p.kind}`) && seen.add(`${p.lang}:${p.kind}`)),
  )
  .map((p) => [
    `${p.lang === "en" ? "" : `${p.lang}-`}${p.kind === "article" ? `article-${p.path.split("/").at(-1)}` : p.kind}`,
    p.kind === "not-found" ? p.path.replace(/404\.html$/, "no-such-page") : p.path,
  ]);
const deep = articles[1] ?? articles[0];
const section = deep.toc[Math.floor(deep.toc.length / 2)].id;
shots.push(
  ["deep-link", `/articles/${deep.slug}#${section}`],
  ["es-deep-link", `/es/articles/${deep.slug}#${section}`],
);

const out = "reports/screenshots";
mkdirSync(out, { recursive: true });
const browser = await chromium.launch(browserLaunchOptions());
for (const width of [375, 1280]) {
  for (const scheme of ["light", "dark"] as const) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
    const page = await context.newPage();
    for (const [name, urlPath] of shots) {
      await page.goto(base + urlPath, { waitUntil: "load" });
      const fullPage = !urlPath.includes("#") && process.env.FULL !== "0";
      await page.screenshot({ path: `${out}/${name}-${width}-${scheme}.png`, fullPage });
    }
    await context.close();
  }
}
await browser.close();
console.log(`${shots.length * 4} screenshots in ${out}/`);
