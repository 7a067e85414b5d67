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
 * The pages browser tests visit: one page of each kind of the site model, and every article. The 404 page is
 * visited at an unknown path, where hosts serve it.
 */
export async function onePerKind() {
  const { model } = await content();
  const seen = new Set<string>();
  return model.pages
    .filter((p) => p.kind === "article" || (!seen.has(p.kind) && seen.add(p.kind)))
    .map((p) => ({ ...p, visit: p.kind === "not-found" ? "/no-such-page" : p.path }));
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
