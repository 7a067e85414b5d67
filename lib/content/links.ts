/**
 * Every internal link (in articles, the "How we checked" page, site.yaml, the timeline and the fact check) must
 * reach a page of the site model, and its #anchor an element that page renders (the model's anchors are the ids
 * the components render; tests/e2e/site-model.spec.ts checks every one of them on the built page).
 */
import type { LinkUse } from "../mdx/remark-article";
import { routes } from "../routes";
import type { SiteModel } from "../site/model";
import type { ContentIssue } from "./errors";

export type LinkSet = { file: string; record?: string; field?: string; from: string; links: LinkUse[] };

/** Files we publish that are not pages but may be linked to. */
const FILES = new Set<string>([routes.feed, routes.sitemap, routes.embedScript]);

export function checkLinks(model: SiteModel, sets: LinkSet[], issues: ContentIssue[]) {
  const anchorsOf = new Map(model.pages.map((p) => [p.path, new Set(p.anchors.map((a) => a.id))]));
  const check = (url: string, fromPage: string, report: (message: string) => void) => {
    if (/^(https?:|mailto:)/.test(url)) return;
    if (!url.startsWith("/") && !url.startsWith("#")) {
      report(`link "${url}" must be absolute ("/articles/…") or an in-page "#anchor"`);
      return;
    }
    const [pathPart, hash] = url.split("#", 2);
    const page = pathPart === "" ? fromPage : pathPart;
    if (FILES.has(page) && hash === undefined) return;
    const anchors = anchorsOf.get(page);
    if (!anchors) {
      report(`link "${url}" points to a page that does not exist (${page})`);
      return;
    }
    if (hash !== undefined && !anchors.has(decodeURIComponent(hash)))
      report(`link "${url}" points to an anchor "#${hash}" that does not exist on ${page}`);
  };
  for (const set of sets)
    for (const link of set.links)
      check(link.url, set.from, (message) =>
        issues.push({ file: set.file, line: link.line, record: set.record, field: set.field, message }),
      );
}
