#!/usr/bin/env node
// Measures what a reader downloads, page by page, from the static export in out/ (run `npm run build`
// first). For each page: the HTML, plus every stylesheet and script it references, raw and gzip-compressed
// (what a static host sends). Also the build time when run with --build. Writes reports/bench.json.
// Speed and size are measured here, never in timed tests.
import { execSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const OUT = path.resolve("out");
const result = { date: new Date().toISOString(), node: process.version, pages: [] };

if (process.argv.includes("--build")) {
  const start = process.hrtime.bigint();
  execSync("node node_modules/next/dist/bin/next build", { stdio: "ignore", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  result.buildSeconds = Number(process.hrtime.bigint() - start) / 1e9;
}
if (!existsSync(path.join(OUT, "index.html"))) {
  console.error('No build in out/. Run "npm run build" (or "npm run bench -- --build").');
  process.exit(1);
}

function htmlPages(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "_next" || full === path.join(OUT, "embed") ? [] : htmlPages(full);
    return name.endsWith(".html") && !name.startsWith("_") ? [full] : [];
  });
}

const size = (buf) => ({ raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length });
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

for (const file of htmlPages(OUT).sort()) {
  const html = readFileSync(file);
  const text = html.toString("utf8");
  const assets = [
    ...[...text.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => ["js", m[1]]),
    ...[...text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => ["css", m[1]]),
  ];
  const unique = [...new Map(assets.map((a) => [a[1], a])).values()];
  const totals = { html: size(html), js: { raw: 0, gzip: 0, files: 0 }, css: { raw: 0, gzip: 0, files: 0 } };
  for (const [kind, src] of unique) {
    const local = path.join(OUT, decodeURIComponent(src.split("?")[0]));
    if (!existsSync(local)) continue;
    const s = size(readFileSync(local));
    totals[kind].raw += s.raw;
    totals[kind].gzip += s.gzip;
    totals[kind].files += 1;
  }
  const inlineRsc = [...text.matchAll(/<script>self\.__next_f\.push\(([\s\S]*?)\)<\/script>/g)].reduce(
    (n, m) => n + m[0].length,
    0,
  );
  result.pages.push({
    page: "/" + path.relative(OUT, file).replace(/index\.html$/, "").replace(/\.html$/, ""),
    htmlRaw: totals.html.raw,
    htmlGzip: totals.html.gzip,
    inlineRscPayloadRaw: inlineRsc,
    jsFiles: totals.js.files,
    jsRaw: totals.js.raw,
    jsGzip: totals.js.gzip,
    cssRaw: totals.css.raw,
    cssGzip: totals.css.gzip,
    transferredGzip: totals.html.gzip + totals.js.gzip + totals.css.gzip,
  });
}

// Embeds: each card is one self-contained HTML file (inline CSS, tiny inline script, no other requests).
const cardsDir = path.join(OUT, "embed", "quotes");
if (existsSync(cardsDir)) {
  const cards = readdirSync(cardsDir).map((id) => ({ id, ...size(readFileSync(path.join(cardsDir, id, "index.html"))) }));
  const largest = cards.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  result.embedCards = { count: cards.length, largestId: largest.id, largestRaw: largest.raw, largestGzip: largest.gzip, budgetGzip: 15 * 1024 };
}
const script = path.join(OUT, "embed.js");
if (existsSync(script)) result.embedScript = { ...size(readFileSync(script)), budgetRaw: 3 * 1024 };
const cardImages = path.join(OUT, "cards");
if (existsSync(cardImages)) {
  const files = readdirSync(cardImages);
  result.cardImages = { count: files.length, bytes: files.reduce((n, f) => n + statSync(path.join(cardImages, f)).size, 0) };
}

mkdirSync("reports", { recursive: true });
writeFileSync("reports/bench.json", JSON.stringify(result, null, 2));
console.log("page".padEnd(38), "html(gz)".padStart(10), "css(gz)".padStart(10), "js(gz)".padStart(10), "total(gz)".padStart(11));
for (const p of result.pages.filter((p) => !p.page.startsWith("/quotes/")))
  console.log(p.page.padEnd(38), kb(p.htmlGzip).padStart(10), kb(p.cssGzip).padStart(10), kb(p.jsGzip).padStart(10), kb(p.transferredGzip).padStart(11));
const quotePages = result.pages.filter((p) => p.page.startsWith("/quotes/"));
if (quotePages.length) console.log(`(${quotePages.length} quote pages, largest ${kb(Math.max(...quotePages.map((p) => p.transferredGzip)))} in total)`);
if (result.embedCards)
  console.log(`embed cards: ${result.embedCards.count}, largest ${result.embedCards.largestId}: ${kb(result.embedCards.largestGzip)} gzip (${kb(result.embedCards.largestRaw)} raw), the whole transfer; budget 15 KB`);
if (result.embedScript) console.log(`embed.js: ${result.embedScript.raw} B raw, ${result.embedScript.gzip} B gzip; budget 3 KB`);
if (result.cardImages) console.log(`card images: ${result.cardImages.count} PNGs, ${kb(result.cardImages.bytes)}`);
if (result.buildSeconds) console.log(`build: ${result.buildSeconds.toFixed(1)} s`);
console.log("written: reports/bench.json");
