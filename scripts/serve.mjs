#!/usr/bin/env node
// Serves the static export in out/ the way a static host does: clean URLs (/articles/x → x.html),
// the designed 404 page with status 404 (the nearest one up the path: /es/… gets the Spanish one), and the response headers listed in out/_headers (if any).
// Usage: node scripts/serve.mjs [--port 3000] [--dir out]
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { createGzip } from "node:zlib";

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const port = Number(opt("port", process.env.PORT ?? 3000));
const host = opt("host", "127.0.0.1");
const root = path.resolve(opt("dir", "out"));

if (!existsSync(path.join(root, "index.html"))) {
  console.error(`No built site in ${root}. Run "npm run build" first.`);
  process.exit(1);
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".webmanifest": "application/manifest+json",
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;

/** Parses the Netlify/Cloudflare `_headers` format: a path pattern line, then indented `Name: value` lines. */
function readHeaderRules() {
  const file = path.join(root, "_headers");
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim();
      const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`);
      rules.push({ re, headers: [] });
    } else if (rules.length > 0) {
      const i = line.indexOf(":");
      if (i > 0) rules.at(-1).headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}
const headerRules = readHeaderRules();

function resolveFile(urlPath) {
  const clean = path.posix.normalize(decodeURIComponent(urlPath));
  if (clean.includes("\0")) return null;
  const candidates = clean.endsWith("/")
    ? [path.join(clean, "index.html")]
    : [clean, `${clean}.html`, path.join(clean, "index.html")];
  for (const candidate of candidates) {
    const full = path.join(root, candidate);
    if (!full.startsWith(root)) return null;
    if (existsSync(full) && statSync(full).isFile()) return full;
  }
  return null;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  // "/articles/x/" is "/articles/x": redirect to the one URL a page has (a card's directory index keeps its slash).
  const trimmed = url.pathname.replace(/\/+$/, "");
  const exists = (p) => {
    try {
      return resolveFile(p) !== null;
    } catch {
      return false;
    }
  };
  if (trimmed && trimmed !== url.pathname && !exists(url.pathname) && exists(trimmed)) {
    res.writeHead(301, { Location: trimmed + url.search });
    return res.end();
  }
  let status = 200;
  let file = null;
  try {
    file = resolveFile(url.pathname);
  } catch {
    file = null;
  }
  let notFound = "/404.html";
  if (!file) {
    // The nearest 404 page up the path, as Cloudflare Pages serves it: /es/… gets the Spanish one.
    status = 404;
    const dirs = url.pathname.split("/").slice(1, -1);
    for (let i = dirs.length; i > 0; i--) {
      const candidate = `/${dirs.slice(0, i).join("/")}/404.html`;
      if (exists(candidate)) {
        notFound = candidate;
        break;
      }
    }
    file = path.join(root, notFound);
  }
  const headers = { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" };
  // A 404 gets the rules of the path asked for and those of the 404 page itself.
  const paths = status === 404 ? [url.pathname, notFound] : [url.pathname];
  for (const rule of headerRules)
    if (paths.some((p) => rule.re.test(p))) for (const [k, v] of rule.headers) headers[k] = v;
  // Text is sent gzip-compressed when the client accepts it, as static hosts do (and as the bench measures).
  const compress = COMPRESSIBLE.test(headers["Content-Type"]) && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
  if (compress) Object.assign(headers, { "Content-Encoding": "gzip", Vary: "Accept-Encoding" });
  res.writeHead(status, headers);
  if (req.method === "HEAD") return res.end();
  const stream = createReadStream(file);
  (compress ? stream.pipe(createGzip()) : stream).pipe(res);
});

server.listen(port, host, () => {
  console.log(
    `Serving ${path.relative(process.cwd(), root) || "."} at http://${host === "0.0.0.0" ? "localhost" : host}:${port}/`,
  );
});
