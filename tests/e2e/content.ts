import path from "node:path";
import { loadContent, type Content } from "../../lib/content/load";

let cached: Promise<Content> | undefined;

/** The same registry the site was built from: tests compare the built pages against it. */
export function content() {
  cached ??= loadContent(path.resolve(import.meta.dirname, "../../content"));
  return cached;
}

export async function articlePaths() {
  return (await content()).articles.map((a) => `/articles/${a.slug}`);
}

/**
 * The pages browser tests visit: one page of each kind of the site model in each language, and every English
 * article. A 404 page is visited at an unknown path of its edition, where hosts serve it.
 */
export async function onePerKind() {
  const { model } = await content();
  const seen = new Set<string>();
  return model.pages
    .filter(
      (p) =>
        (p.kind === "article" && p.lang === "en") ||
        (!seen.has(`${p.lang}:${p.kind}`) && seen.add(`${p.lang}:${p.kind}`)),
    )
    .map((p) => ({ ...p, visit: notFoundVisit(p) ?? p.path }));
}

/**
 * The pages a per-page browser test visits: every English page, and in each translation its articles and one page
 * of every other kind (a translation's pages of one kind share their markup and policy with the English ones, which
 * the test covers page by page; keeping the suite under 15 minutes).
 */
export function perPageSample<P extends { lang: string; kind: string }>(pages: P[]): P[] {
  const seen = new Set<string>();
  return pages.filter(
    (p) =>
      p.lang === "en" || p.kind === "article" || (!seen.has(`${p.lang}:${p.kind}`) && seen.add(`${p.lang}:${p.kind}`)),
  );
}

/** Where a 404 page is seen: at an unknown path of its edition ("/no-such-page", "/es/no-such-page"). */
export function notFoundVisit(p: { kind: string; path: string }): string | null {
  return p.kind === "not-found" ? p.path.replace(/404\.html$/, "no-such-page") : null;
}

/**
 * Records what the page writes to the clipboard (and still writes it). Our pages deny clipboard reading in their
 * Permissions-Policy, so a test cannot read the clipboard back; it checks what the page asked to write.
 */
export async function recordClipboard(page: import("@playwright/test").Page) {
  await page.addInitScript(() => {
    const clipboard = navigator.clipboard;
    const write = clipboard.writeText.bind(clipboard);
    clipboard.writeText = (text: string) => {
      (window as unknown as { __copied: string[] }).__copied = [
        ...((window as unknown as { __copied?: string[] }).__copied ?? []),
        text,
      ];
      return write(text);
    };
  });
  return async () => (await page.evaluate(() => (window as unknown as { __copied?: string[] }).__copied ?? [])).at(-1);
}
