// The last step of `npm run build`, after the export and the runtime removal, with the site model loaded once:
//  1. each page's <html lang> from the model (one root layout serves both editions; it writes "en");
//  2. the search index (scripts/search-index.ts);
//  3. the host headers, out/_headers (scripts/write-headers.ts).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadContent } from "../lib/content/load";
import { LOCALES } from "../lib/i18n";
import { exportedFile } from "../lib/site/headers";
import { writeSearchIndex } from "./search-index";
import { writeHeaders } from "./write-headers";

const out = path.resolve(process.argv[2] ?? "out");
const { model } = await loadContent(path.resolve(process.env.CONTENT_DIR ?? "content"));

let changed = 0;
for (const page of model.pages) {
  const file = path.join(out, exportedFile(page.path));
  if (!existsSync(file)) throw new Error(`the export has no file for ${page.path} (${exportedFile(page.path)})`);
  const html = readFileSync(file, "utf8");
  const lang = LOCALES[page.lang].hreflang;
  const m = /^(<!DOCTYPE html>)?<html lang="([^"]*)"/i.exec(html);
  if (!m) continue; // the quote cards write their own document, in their own language
  if (m[2] === lang) continue;
  writeFileSync(file, html.replace(/<html lang="[^"]*"/i, `<html lang="${lang}"`));
  changed += 1;
}
console.log(`Languages: ${changed} pages set to their edition's language`);
await writeSearchIndex(out, model);
writeHeaders(out, model);
