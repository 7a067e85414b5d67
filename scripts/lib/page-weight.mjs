// What a reader downloads for one page of the static export, and the page's floor: the same page with every
// script removed. Shared by `npm run bench` (which prints it) and the budget test (which holds it to limits),
// so both measure the same thing.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export const size = (buf) => ({ raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length });
const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO = { raw: 0, gzip: 0 };

/** A URL in a page (absolute to any origin, or root-relative) as a file in the export, if it is one of ours. */
function localFile(outDir, url) {
  const file = path.join(outDir, decodeURIComponent(new URL(url, "http://site.invalid").pathname));
  if (existsSync(file)) return file;
  return existsSync(`${file}.html`) ? `${file}.html` : null;
}

/** A module script and every module it imports, transitively (`import … from "./x.js"`). */
function moduleGraph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, "utf8");
  for (const m of source.matchAll(/^\s*import\s[^;]*?from\s+"(\.[^"]+)"/gm))
    moduleGraph(path.resolve(path.dirname(file), m[1]), seen);
  return seen;
}

/**
 * Sizes of one exported HTML page and of what it loads: stylesheets, scripts (with the modules they import)
 * and fonts (preloaded, or named by url() in a stylesheet). `floor` is the page without any script.
 */
export function pageWeight(outDir, htmlFile) {
  const html = readFileSync(htmlFile, "utf8");
  const css = new Set();
  const js = new Set();
  const fonts = new Set();
  for (const m of html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)) {
    const f = localFile(outDir, m[1]);
    if (f) css.add(f);
  }
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) {
    const f = localFile(outDir, m[1]);
    if (f) for (const dep of moduleGraph(f)) js.add(dep);
  }
  for (const m of html.matchAll(/<link[^>]+rel="preload"[^>]+as="font"[^>]+href="([^"]+)"/g)) {
    const f = localFile(outDir, m[1]);
    if (f) fonts.add(f);
  }
  for (const sheet of css)
    for (const m of readFileSync(sheet, "utf8").matchAll(/url\(["']?([^"')]+\.woff2?)["']?\)/g)) {
      const f = localFile(outDir, new URL(m[1], `http://site.invalid/${path.relative(outDir, sheet)}`).pathname);
      if (f) fonts.add(f);
    }
  const sum = (files) => [...files].reduce((n, f) => add(n, size(readFileSync(f))), ZERO);
  const weight = {
    html: size(Buffer.from(html)),
    css: { ...sum(css), files: css.size },
    js: { ...sum(js), files: js.size },
    font: { ...sum(fonts), files: fonts.size },
    // The fonts a stylesheet names that no <link rel="preload"> fetches early (a cause of layout shift).
    fontsNotPreloaded: [...fonts].filter((f) => !html.includes(`href="/${path.relative(outDir, f)}"`)).length,
    // Inline code that runs; JSON data blocks (JSON-LD, the page's interface strings) do not.
    inlineScripts: (html.match(/<script(?![^>]*\bsrc=)(?![^>]*application\/(?:ld\+)?json)[^>]*>/g) ?? []).length,
    requests: 1 + css.size + js.size + fonts.size,
  };
  const noScripts = html.replace(/<script\b[\s\S]*?<\/script>/g, "");
  weight.total = [weight.html, weight.css, weight.js, weight.font].reduce(add, ZERO);
  weight.floor = [size(Buffer.from(noScripts)), weight.css, weight.font].reduce(add, ZERO);
  weight.ratio = weight.total.gzip / weight.floor.gzip;
  return weight;
}
