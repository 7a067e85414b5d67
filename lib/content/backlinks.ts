import { routes } from "../routes";
import type { Content } from "./load";

export type Backlink = { href: string; label: string };

/**
 * For each source id, every place on the site that cites it: articles (their source lists and the quotes
 * they use), quote pages, timeline events, glossary entries, reviewed claims and the home page.
 */
export function sourceBacklinks(c: Content): Map<string, Backlink[]> {
  const map = new Map<string, Backlink[]>([...c.sources.keys()].map((id) => [id, []]));
  const add = (id: string, link: Backlink) => {
    const list = map.get(id);
    if (list && !list.some((l) => l.href === link.href)) list.push(link);
  };
  for (const a of c.articles) {
    for (const s of a.sources) add(s.id, { href: routes.article(a.slug), label: `Article: ${a.title}` });
    for (const q of a.citedQuotes) add(q.sourceId, { href: routes.article(a.slug), label: `Article: ${a.title}` });
  }
  for (const q of c.quotes.values()) add(q.sourceId, { href: routes.quote(q.id), label: `Quote: ${q.speaker}` });
  for (const e of c.timeline) for (const id of e.sources) add(id, { href: `${routes.timeline}#${e.id}`, label: `Timeline: ${e.title}` });
  for (const t of c.glossary.values()) for (const id of t.sources) add(id, { href: routes.glossaryTerm(t.id), label: `Glossary: ${t.term}` });
  for (const x of c.claims) for (const id of x.sources) add(id, { href: `${routes.factCheck}#${x.id}`, label: `Fact check: ${x.summary}` });
  for (const item of [...c.site.inBrief, ...c.site.statusToday.items, c.site.statusToday.latestDevelopment])
    for (const id of item.sources) add(id, { href: routes.home, label: "Home page" });
  return map;
}
