import type { Article } from "./content/load";
import type { SiteData } from "./content/schema";
import { esc } from "./escape-html";
import { formatDate, LOCALES, localePath, type Lang } from "./i18n";
import { ui } from "./i18n/strings";
import { routesFor } from "./routes";
import { absoluteUrl } from "./site-config";

/** A date-only record as an Atom timestamp (noon UTC, so no time zone moves it to another day). */
const stamp = (date: string) => `${date}T12:00:00Z`;

/** The status with its two dates, as one plain line: the feed's subtitle carries it. */
export function statusLine(site: SiteData, lang: Lang = "en"): string {
  const { reviewed, latestDevelopment: latest, summary } = site.statusToday;
  return ui(lang).site.feed.status(
    formatDate(reviewed, lang),
    formatDate(latest.date, lang),
    latest.status === "reported",
    summary,
  );
}

type Entry = { id: string; title: string; url: string; published: string; updated: string; summary: string };

/** Atom feed: one entry per article, and one per dated correction or clarification. */
export function atomFeed(site: SiteData, articles: Article[], pageTitle: (path: string) => string, lang: Lang): string {
  const routes = routesFor(lang);
  const t = ui(lang).site.feed;
  const entries: Entry[] = [];
  for (const a of articles) {
    const url = absoluteUrl(routes.article(a.slug));
    entries.push({ id: url, title: a.title, url, published: a.published, updated: a.updated, summary: a.dek });
    a.corrections.forEach((c, i) =>
      entries.push({
        id: `${url}#correction-${c.date}-${i + 1}`,
        title: `${t[c.type]}: ${a.title}`,
        url: `${url}#corrections-title`,
        published: c.date,
        updated: c.date,
        summary: c.text,
      }),
    );
  }
  site.pageCorrections.forEach((c, i) =>
    entries.push({
      id: `${absoluteUrl(localePath(lang, c.page))}#correction-${c.date}-${i + 1}`,
      title: `${t[c.type]}: ${pageTitle(localePath(lang, c.page))}`,
      url: `${absoluteUrl(localePath(lang, c.page))}#corrections-title`,
      published: c.date,
      updated: c.date,
      summary: c.text,
    }),
  );
  entries.sort((x, y) => y.updated.localeCompare(x.updated) || x.title.localeCompare(y.title));
  const updated = entries
    .map((e) => e.updated)
    .sort()
    .at(-1)!;
  const body = entries
    .map(
      (e) => `  <entry>
    <id>${esc(e.id)}</id>
    <title>${esc(e.title)}</title>
    <link rel="alternate" type="text/html" href="${esc(e.url)}"/>
    <published>${stamp(e.published)}</published>
    <updated>${stamp(e.updated)}</updated>
    <summary>${esc(e.summary)}</summary>
  </entry>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${LOCALES[lang].hreflang}">
  <id>${esc(absoluteUrl(routes.home))}</id>
  <title>${esc(site.name)}</title>
  <subtitle>${esc(`${site.description} ${statusLine(site, lang)}`)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${esc(absoluteUrl(routes.feed))}"/>
  <link rel="alternate" type="text/html" href="${esc(absoluteUrl(routes.home))}"/>
  <updated>${stamp(updated)}</updated>
  <author><name>${esc(site.name)}</name></author>
${body}
</feed>
`;
}
