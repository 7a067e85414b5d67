#!/usr/bin/env node
// `npm run bench`: builds the site (timed), serves the static export locally, and reports per page type what a
// reader downloads (HTML, CSS, JS and fonts, raw and gzip; request count), the page's floor (the same page with
// every script removed) and the ratio, and Lighthouse mobile and desktop (median of 5 runs: the four category
// scores, LCP, TBT, CLS), the search index's size and what a first search downloads. Writes reports/bench.json. Speed and size are measured here, never in timed tests.
//
// Options: --no-build (measure out/ as it is) · --dir DIR (measure another export, e.g. an older build; implies
// --no-build) · --runs N (Lighthouse runs per page and form factor; default 5) · --no-lighthouse
import { execSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SYSTEM_CHROMIUM } from "./browser.mjs";
import { pageWeight, size } from "./lib/page-weight.mjs";

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const OUT = path.resolve(opt("dir", "out"));
const RUNS = Number(opt("runs", 5));
const build = !args.includes("--no-build") && !args.includes("--dir");
const PORT = Number(opt("port", 4199));
const ORIGIN = `http://127.0.0.1:${PORT}`;
const result = {
  date: new Date().toISOString(),
  node: process.version,
  dir: path.relative(process.cwd(), OUT) || ".",
  pages: [],
};

if (build) {
  const start = process.hrtime.bigint();
  // The build is made for the bench's own origin, so every absolute URL in it points at the served copy.
  execSync("npm run build", {
    stdio: "ignore",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", SITE_URL: ORIGIN },
  });
  result.buildSeconds = Number(process.hrtime.bigint() - start) / 1e9;
}
if (!existsSync(path.join(OUT, "index.html"))) {
  console.error(`No built site in ${OUT}. Run "npm run build" first, or drop --no-build.`);
  process.exit(1);
}

// The page types the issue names: home, each article, a quote page, the embed card and the reference pages.
const first = (dir, ext) =>
  readdirSync(path.join(OUT, dir))
    .filter((f) => f.endsWith(ext))
    .sort()[0];
const quoteId = first("quotes", ".html").replace(/\.html$/, "");
const pageTypes = [
  ["home", "/", "index.html"],
  ...readdirSync(path.join(OUT, "articles"))
    .filter((f) => f.endsWith(".html"))
    .sort()
    .map((f) => [`article: ${f.replace(/\.html$/, "")}`, `/articles/${f.replace(/\.html$/, "")}`, `articles/${f}`]),
  ["quote page", `/quotes/${quoteId}`, `quotes/${quoteId}.html`],
  ["embed card", `/embed/quotes/${quoteId}/`, `embed/quotes/${quoteId}/index.html`],
  ["timeline", "/timeline", "timeline.html"],
  ["glossary", "/glossary", "glossary.html"],
  ["fact check", "/fact-check", "fact-check.html"],
  ["sources", "/sources", "sources.html"],
  ["search", "/search", "search.html"],
  // The Spanish edition: its home page, its longest article and a quote page with the translation.
  ["home (es)", "/es", "es.html"],
  ["article (es): the-reactions", "/es/articles/the-reactions", "es/articles/the-reactions.html"],
  ["quote page (es)", `/es/quotes/${quoteId}`, `es/quotes/${quoteId}.html`],
].filter(([, , file]) => existsSync(path.join(OUT, file)));

for (const [type, urlPath, file] of pageTypes)
  result.pages.push({ type, path: urlPath, ...pageWeight(OUT, path.join(OUT, file)) });

// Lighthouse against a local server that sends gzip, as a static host does.
async function runLighthouse() {
  const { default: lighthouse } = await import("lighthouse");
  const { default: desktopConfig } = await import("lighthouse/core/config/desktop-config.js");
  const chromeLauncher = await import("chrome-launcher");
  let chromePath = SYSTEM_CHROMIUM;
  if (!existsSync(chromePath)) chromePath = (await import("@playwright/test")).chromium.executablePath();
  const server = spawn(process.execPath, ["scripts/serve.mjs", "--port", String(PORT), "--dir", OUT], {
    stdio: "ignore",
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${ORIGIN}/`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  try {
    for (const page of result.pages) {
      page.lighthouse = {};
      for (const [formFactor, config] of [
        ["mobile", undefined],
        ["desktop", desktopConfig],
      ]) {
        const runs = [];
        for (let i = 0; i < RUNS; i++) {
          const chrome = await chromeLauncher.launch({
            chromePath,
            chromeFlags: [
              "--headless=new",
              "--no-sandbox",
              "--disable-gpu",
              "--no-first-run",
              "--disable-background-networking",
            ],
          });
          try {
            const { lhr } = await lighthouse(
              `${ORIGIN}${page.path}`,
              { port: chrome.port, logLevel: "error", output: "json" },
              config,
            );
            const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
            runs.push({
              performance: score("performance"),
              accessibility: score("accessibility"),
              bestPractices: score("best-practices"),
              seo: score("seo"),
              lcpMs: lhr.audits["largest-contentful-paint"].numericValue,
              tbtMs: lhr.audits["total-blocking-time"].numericValue,
              cls: lhr.audits["cumulative-layout-shift"].numericValue,
            });
          } finally {
            await chrome.kill();
          }
        }
        page.lighthouse[formFactor] = Object.fromEntries(
          Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]),
        );
        page.lighthouse[formFactor].runs = runs.length;
        process.stderr.write(`lighthouse ${formFactor} ${page.path}: ${JSON.stringify(page.lighthouse[formFactor])}\n`);
      }
    }
  } finally {
    server.kill();
  }
}
if (!args.includes("--no-lighthouse")) await runLighthouse();

// Search: the index on disk, and what a reader's first search downloads (every request after /search has loaded,
// until the first results show), as transferred from a gzip-serving host.
async function measureSearch() {
  const bundle = path.join(OUT, "pagefind");
  if (!existsSync(bundle)) return;
  const walk = (d) =>
    readdirSync(d).flatMap((f) =>
      statSync(path.join(d, f)).isDirectory() ? walk(path.join(d, f)) : [path.join(d, f)],
    );
  const files = walk(bundle);
  result.searchIndex = { files: files.length, bytes: files.reduce((n, f) => n + statSync(f).size, 0) };
  const { chromium } = await import("@playwright/test");
  const { browserLaunchOptions } = await import("./browser.mjs");
  const server = spawn(process.execPath, ["scripts/serve.mjs", "--port", String(PORT), "--dir", OUT], {
    stdio: "ignore",
  });
  const browser = await chromium.launch(browserLaunchOptions());
  try {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`${ORIGIN}/`)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    result.firstSearch = [];
    for (const [searchPath, query] of [
      ["/search", "Musalo"],
      ["/search", "particular social group"],
      ["/es/search", "grupo social determinado"],
    ]) {
      if (!existsSync(path.join(OUT, `${searchPath.slice(1)}.html`))) continue;
      const page = await browser.newPage();
      await page.goto(`${ORIGIN}${searchPath}`, { waitUntil: "load" });
      const responses = [];
      page.on("requestfinished", (r) => responses.push(r));
      await page.locator("#search-q").fill(query);
      await page.locator("#search-results[aria-busy=false] a").first().waitFor();
      let bytes = 0;
      for (const r of responses) bytes += (await r.sizes()).responseBodySize;
      result.firstSearch.push({ page: searchPath, query, requests: responses.length, bytes });
      await page.close();
    }
  } finally {
    await browser.close();
    server.kill();
  }
}
await measureSearch();

const embedScript = path.join(OUT, "embed.js");
if (existsSync(embedScript)) result.embedScript = size(readFileSync(embedScript));
const cards = path.join(OUT, "cards");
if (existsSync(cards)) {
  const files = readdirSync(cards);
  result.cardImages = { count: files.length, bytes: files.reduce((n, f) => n + statSync(path.join(cards, f)).size, 0) };
}

mkdirSync("reports", { recursive: true });
writeFileSync("reports/bench.json", `${JSON.stringify(result, null, 2)}\n`);

const kb = (n) => (n / 1024).toFixed(1);
const cols = ["page type", "HTML", "CSS", "JS", "font", "req", "total", "floor", "ratio"];
console.log(`Sizes in KB, gzip (raw in parentheses); floor = the same page with every script removed.`);
console.log(`| ${cols.join(" | ")} |\n|${cols.map(() => "---").join("|")}|`);
for (const p of result.pages)
  console.log(
    `| ${[
      p.type,
      `${kb(p.html.gzip)} (${kb(p.html.raw)})`,
      `${kb(p.css.gzip)} (${kb(p.css.raw)})`,
      `${kb(p.js.gzip)} (${kb(p.js.raw)})`,
      `${kb(p.font.gzip)}`,
      p.requests,
      kb(p.total.gzip),
      kb(p.floor.gzip),
      `${p.ratio.toFixed(2)}×`,
    ].join(" | ")} |`,
  );
if (result.pages[0]?.lighthouse) {
  const lh = ["page type", "form", "perf", "a11y", "best pr.", "SEO", "LCP", "TBT", "CLS"];
  console.log(`\nLighthouse, median of ${RUNS} runs.`);
  console.log(`| ${lh.join(" | ")} |\n|${lh.map(() => "---").join("|")}|`);
  for (const p of result.pages)
    for (const [form, l] of Object.entries(p.lighthouse))
      console.log(
        `| ${[p.type, form, l.performance, l.accessibility, l.bestPractices, l.seo, `${(l.lcpMs / 1000).toFixed(2)} s`, `${Math.round(l.tbtMs)} ms`, l.cls.toFixed(3)].join(" | ")} |`,
      );
}
if (result.embedScript) console.log(`\nembed.js: ${result.embedScript.raw} B raw, ${result.embedScript.gzip} B gzip`);
if (result.cardImages) console.log(`card images: ${result.cardImages.count} PNGs, ${kb(result.cardImages.bytes)} KB`);
if (result.searchIndex)
  console.log(`search index: ${result.searchIndex.files} files, ${kb(result.searchIndex.bytes)} KB on disk`);
for (const f of result.firstSearch ?? [])
  console.log(`first search on ${f.page} "${f.query}": ${f.requests} requests, ${kb(f.bytes)} KB transferred`);
if (result.buildSeconds) console.log(`full build (next build + runtime removal): ${result.buildSeconds.toFixed(1)} s`);
console.log("written: reports/bench.json");
