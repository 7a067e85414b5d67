#!/usr/bin/env node
// Post-export step of `npm run build`: removes the Next.js/React client runtime from every page in out/,
// deletes the RSC payload files and the runtime's JavaScript files, and fails the build if Next's markup is
// not what scripts/lib/strip-runtime.mjs expects. See README, "Architecture notes".
import { existsSync, readFileSync, readdirSync, rmSync, rmdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { RuntimeMarkupError, isPayloadFile, stripPage } from "./lib/strip-runtime.mjs";

const OUT = path.resolve(process.argv[2] ?? "out");

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Removes empty directories below dir (the export leaves one beside each page for its payload segments). */
function pruneEmpty(dir) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) pruneEmpty(full);
  }
  if (dir !== OUT && readdirSync(dir).length === 0) rmdirSync(dir);
}

// Route handlers (the quote cards, feed, images) write their own bytes and carry no runtime: skip their output.
// Next's own manifest says which routes are handlers, so a new handler needs no entry here.
const manifest = JSON.parse(readFileSync(path.resolve(".next/app-path-routes-manifest.json"), "utf8"));
const handlerOutputs = Object.entries(manifest)
  .filter(([key]) => key.endsWith("/route"))
  .map(
    ([, route]) =>
      new RegExp(
        `^${route
          .slice(1)
          .replace(/\./g, "\\.")
          .replace(/\[[^\]]+\]/g, "[^/]+")}$`,
      ),
  );
const isHandlerOutput = (r) => handlerOutputs.some((re) => re.test(r));

const rel = (file) => path.relative(OUT, file).split(path.sep).join("/");
let pages = 0;
let before = 0;
let after = 0;
const deleted = { payload: 0, runtimeJs: 0 };
try {
  for (const file of walk(OUT)) {
    const r = rel(file);
    if (r.endsWith(".html") && !isHandlerOutput(r)) {
      const html = readFileSync(file, "utf8");
      const { html: stripped } = stripPage(html, r);
      writeFileSync(file, stripped);
      pages += 1;
      before += Buffer.byteLength(html);
      after += Buffer.byteLength(stripped);
    } else if (isPayloadFile(r, (p) => existsSync(path.join(OUT, p)))) {
      rmSync(file);
      deleted.payload += 1;
    } else if (r.startsWith("_next/") && r.endsWith(".js")) {
      rmSync(file);
      deleted.runtimeJs += 1;
    }
  }
} catch (error) {
  if (!(error instanceof RuntimeMarkupError)) throw error;
  console.error(`\nRuntime removal failed: ${error.message}\n`);
  process.exit(1);
}
pruneEmpty(OUT);
console.log(
  `Runtime removed from ${pages} pages (HTML ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB raw); ` +
    `deleted ${deleted.payload} payload files and ${deleted.runtimeJs} runtime scripts.`,
);
