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
    if (statSync(full).isDirectory()) return name === "_next" ? [] : htmlPages(full);
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

mkdirSync("reports", { recursive: true });
writeFileSync("reports/bench.json", JSON.stringify(result, null, 2));
console.log("page".padEnd(38), "html(gz)".padStart(10), "css(gz)".padStart(10), "js(gz)".padStart(10), "total(gz)".padStart(11));
for (const p of result.pages)
  console.log(p.page.padEnd(38), kb(p.htmlGzip).padStart(10), kb(p.cssGzip).padStart(10), kb(p.jsGzip).padStart(10), kb(p.transferredGzip).padStart(11));
if (result.buildSeconds) console.log(`build: ${result.buildSeconds.toFixed(1)} s`);
console.log("written: reports/bench.json");
