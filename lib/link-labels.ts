import type { Content } from "./content/load";

/** A readable label for an internal link such as "/articles/x#section" ("Article title — Section"). */
export function internalLinkLabel(c: Content, href: string): string {
  const [pathPart, hash] = href.split("#", 2);
  const article = c.articles.find((a) => `/articles/${a.slug}` === pathPart);
  if (article) {
    const section = hash ? article.toc.find((t) => t.id === hash)?.text : undefined;
    return section ? `${article.title} — ${section}` : article.title;
  }
  const pages: Record<string, string> = {
    "/timeline": "Timeline",
    "/glossary": "Glossary",
    "/fact-check": "Fact check",
    "/sources": "Sources",
    "/corrections": "Corrections",
    "/methods": "How we checked",
    "/quotes": "All quotes",
    "/": "Home",
  };
  if (pathPart === "/timeline" && hash) return `Timeline: ${c.timeline.find((e) => e.id === hash)?.title ?? hash}`;
  if (pathPart === "/glossary" && hash) return `Glossary: ${c.glossary.get(hash)?.term ?? hash}`;
  if (pathPart === "/methods" && hash) return `How we checked: ${c.methods.toc.find((t) => t.id === hash)?.text ?? hash}`;
  return pages[pathPart] ?? href;
}
