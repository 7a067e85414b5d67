#!/usr/bin/env node
// Screenshots every page type at 375 and 1280 px, light and dark, into reports/screenshots/.
// Needs a running server: node scripts/screenshots.mjs [baseUrl] (default http://127.0.0.1:3000)
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { browserLaunchOptions } from "./browser.mjs";

const base = process.argv[2] ?? "http://127.0.0.1:3000";
const pages = {
  home: "/",
  "article-cifuentes": "/articles/the-cifuentes-case",
  "article-sessions": "/articles/the-sessions-reversal",
  "article-reactions": "/articles/the-reactions",
  "deep-link": "/articles/the-sessions-reversal#what-it-did-not-change",
  "not-found": "/no-such-page",
  quotes: "/quotes",
  "quote-page": "/quotes/sessions-prototypical-refugee",
  "embed-preview": "/embed",
  "embed-card": "/embed/quotes/musalo-dark-ages/",
  "article-next": "/articles/what-happened-next",
  timeline: "/timeline",
  glossary: "/glossary",
  sources: "/sources",
  "fact-check": "/fact-check",
  corrections: "/corrections",
  methods: "/methods",
};
const out = "reports/screenshots";
mkdirSync(out, { recursive: true });
const browser = await chromium.launch(browserLaunchOptions());
for (const width of [375, 1280]) {
  for (const scheme of ["light", "dark"]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
    const page = await context.newPage();
    for (const [name, path] of Object.entries(pages)) {
      await page.goto(base + path, { waitUntil: "load" });
      const fullPage = !path.includes("#") && process.env.FULL !== "0";
      await page.screenshot({ path: `${out}/${name}-${width}-${scheme}.png`, fullPage });
    }
    await context.close();
  }
}
await browser.close();
console.log(`Screenshots in ${out}/`);
