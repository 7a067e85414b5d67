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
