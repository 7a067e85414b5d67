import type { Article } from "./content/load";
import type { SiteData } from "./content/schema";
import { esc } from "./escape-html";
import { formatDate } from "./format";
import { routes } from "./routes";
import { SITE_URL, absoluteUrl } from "./site-config";

/** A date-only record as an Atom timestamp (noon UTC, so no time zone moves it to another day). */
const stamp = (date: string) => `${date}T12:00:00Z`;

/** The status with its two dates, as one plain line: the feed's subtitle carries it. */
export function statusLine(site: SiteData): string {
  const { reviewed, latestDevelopment: latest, summary } = site.statusToday;
  return `Status (last reviewed ${formatDate(reviewed)}; latest development found ${formatDate(latest.date)}${
    latest.status === "reported" ? ", reported" : ""
  }): ${summary}`;
}

type Entry = { id: string; title: string; url: string; published: string; updated: string; summary: string };

/** Atom feed: one entry per article, and one per dated correction or clarification. */
export function atomFeed(site: SiteData, articles: Article[], pageTitle: (path: string) => string): string {
  const entries: Entry[] = [];
  for (const a of articles) {
    const url = absoluteUrl(routes.article(a.slug));
    entries.push({ id: url, title: a.title, url, published: a.published, updated: a.updated, summary: a.dek });
    a.corrections.forEach((c, i) =>
      entries.push({
        id: `${url}#correction-${c.date}-${i + 1}`,
        title: `${c.type === "correction" ? "Correction" : "Clarification"}: ${a.title}`,
        url: `${url}#corrections-title`,
        published: c.date,
        updated: c.date,
        summary: c.text,
      }),
    );
  }
  site.pageCorrections.forEach((c, i) =>
    entries.push({
      id: `${absoluteUrl(c.page)}#correction-${c.date}-${i + 1}`,
      title: `${c.type === "correction" ? "Correction" : "Clarification"}: ${pageTitle(c.page)}`,
      url: `${absoluteUrl(c.page)}#corrections-title`,
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
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${esc(`${SITE_URL}/`)}</id>
  <title>${esc(site.name)}</title>
  <subtitle>${esc(`${site.description} ${statusLine(site)}`)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${esc(absoluteUrl(routes.feed))}"/>
  <link rel="alternate" type="text/html" href="${esc(`${SITE_URL}/`)}"/>
  <updated>${stamp(updated)}</updated>
  <author><name>${esc(site.name)}</name></author>
${body}
</feed>
`;
}
