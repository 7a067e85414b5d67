// After the export (scripts/after-export.ts): builds the site search with Pagefind over the exported HTML. Each search
// record of the site model (SitePage.search) becomes one Pagefind entry whose URL is the record's page and anchor,
// so a result lands on its section, event, term, source or claim. Each edition is its own index (Pagefind splits by
// the language of each entry), so a search on /es/search finds Spanish pages. The words come from the built page
// (lib/search/extract.ts); the kind, title and section come from the model. Only the search bundle the site uses
// is kept: the Pagefind runtime, its WebAssembly and the index; the prebuilt UIs are deleted.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import { ui } from "../lib/i18n/strings";
import { exportedFile } from "../lib/site/headers";
import type { SiteModel } from "../lib/site/model";
import { extractRecords } from "../lib/search/extract";
import { routes } from "../lib/routes";

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export async function writeSearchIndex(out: string, model: SiteModel) {
  const bundle = path.join(out, routes.searchBundle);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join("; ")}`);
  let count = 0;
  for (const page of model.pages) {
    if (page.search.length === 0) continue;
    const html = readFileSync(path.join(out, exportedFile(page.path)), "utf8");
    let texts;
    try {
      texts = extractRecords(html, page.search);
    } catch (e) {
      throw new Error(`search index: ${page.path}: ${(e as Error).message}`);
    }
    for (const [record, blocks] of texts) {
      const url = record.anchor ? `${page.path}#${record.anchor}` : page.path;
      // Kind and section are stored as meta (shown with the result) and kind also as a filter; only the body is
      // searched, its headings weighted above its text as on the page. A source's entry is mostly its title, so
      // sources weigh less than the pages that discuss the same words.
      const doc = `<!doctype html><html lang="${page.lang}"><head><title>${escape(record.title)}</title></head><body>
<span data-pagefind-meta="title">${escape(record.title)}</span>
<span data-pagefind-meta="section">${escape(record.section)}</span>
<span data-pagefind-filter="kind">${escape(ui(page.lang).model.kinds[record.kind])}</span>
<span data-pagefind-meta="kind">${escape(ui(page.lang).model.kinds[record.kind])}</span>
<main data-pagefind-body${record.kind === "source" ? ' data-pagefind-weight="0.5"' : ""}>${blocks
        .map((b) => (b.heading ? `<h2>${escape(b.text)}</h2>` : `<p>${escape(b.text)}</p>`))
        .join("")}</main>
</body></html>`;
      const res = await index.addHTMLFile({ url, content: doc });
      if (res.errors.length > 0) throw new Error(`Pagefind could not index ${url}: ${res.errors.join("; ")}`);
      count += 1;
    }
  }
  rmSync(bundle, { recursive: true, force: true });
  mkdirSync(bundle, { recursive: true });
  const written = await index.writeFiles({ outputPath: bundle });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join("; ")}`);
  await pagefind.close();

  // Keep what search.js loads; drop Pagefind's ready-made interfaces and the playground.
  for (const name of readdirSync(bundle))
    if (/^pagefind-(ui|modular-ui|component-ui|highlight)/.test(name) || name === "playground")
      rmSync(path.join(bundle, name), { recursive: true, force: true });

  const size = (p: string): number =>
    statSync(p).isDirectory() ? readdirSync(p).reduce((n, f) => n + size(path.join(p, f)), 0) : statSync(p).size;
  console.log(
    `Search: ${count} records from ${model.pages.filter((p) => p.search.length > 0).length} pages; ` +
      `index ${(size(bundle) / 1024).toFixed(0)} KB in ${path.relative(process.cwd(), bundle)}`,
  );
}
