/**
 * The registries: one per kind of record (sources, quotes, timeline events, glossary terms, reviewed claims) and
 * the site's own facts (site.yaml). Each record is validated, indexed by id (duplicates are problems), and
 * cross-checked against the others: every source id, related term and date order.
 */
import path from "node:path";
import type { ContentIssue } from "./errors";
import { readCollection, readRecords, readSingle, type Located, type Rel } from "./read";
import {
  claimReviewSchema,
  glossaryTermSchema,
  quoteSchema,
  siteSchema,
  sourceSchema,
  timelineEventSchema,
  type ClaimReview,
  type GlossaryTerm,
  type Quote,
  type SiteData,
  type Source,
  type TimelineEvent,
} from "./schema";

export type Registries = {
  sources: Map<string, Source>;
  quotes: Map<string, Quote>;
  /** In date order. */
  timeline: TimelineEvent[];
  glossary: Map<string, GlossaryTerm>;
  /** The reviewed claims of the article this project started from, in that article's order. */
  claims: ClaimReview[];
  site: SiteData | null;
  /** Located records, for later checks that report lines (links in events and claims). */
  located: {
    timeline: Located<TimelineEvent>[];
    claims: Located<ClaimReview>[];
    siteFile: string;
    siteLine: (fieldPath: PropertyKey[]) => number | null;
  };
};

function indexById<T extends { id: string }>(list: Located<T>[], kind: string, issues: ContentIssue[]): Map<string, T> {
  const map = new Map<string, T>();
  const first = new Map<string, string>();
  for (const { record, line, file } of list) {
    if (map.has(record.id)) {
      issues.push({
        file,
        line,
        record: `${kind} "${record.id}"`,
        field: "id",
        message: `duplicate id "${record.id}" (first defined at ${first.get(record.id)})`,
      });
      continue;
    }
    map.set(record.id, record);
    first.set(record.id, `${file}:${line ?? "?"}`);
  }
  return map;
}

export async function loadRegistries(root: string, issues: ContentIssue[], rel: Rel): Promise<Registries> {
  // A registry may be one file or a file plus a folder of them (content/sources.yaml + content/sources/*.yaml).
  const sourceList = await readCollection(root, "sources", sourceSchema, "source", issues, rel);
  const sources = indexById(sourceList, "source", issues);
  const quoteList = await readCollection(root, "quotes", quoteSchema, "quote", issues, rel);
  const quotes = indexById(quoteList, "quote", issues);
  for (const { record, line, file } of quoteList)
    if (!sources.has(record.sourceId))
      issues.push({
        file,
        line,
        record: `quote "${record.id}"`,
        field: "sourceId",
        message: `unknown source id "${record.sourceId}" (not in any sources file)`,
      });

  const timelineList = await readRecords(path.join(root, "timeline.yaml"), timelineEventSchema, "event", issues, rel, true);
  const glossaryList = await readRecords(path.join(root, "glossary.yaml"), glossaryTermSchema, "term", issues, rel, true);
  const claimList = await readRecords(path.join(root, "fact-check.yaml"), claimReviewSchema, "claim", issues, rel, true);
  const timeline = [...indexById(timelineList, "event", issues).values()];
  const glossary = indexById(glossaryList, "term", issues);
  const claims = [...indexById(claimList, "claim", issues).values()];
  const checkSources = (list: Located<{ id: string; sources: string[] }>[], kind: string) => {
    for (const { record, line, file } of list)
      for (const id of record.sources)
        if (!sources.has(id))
          issues.push({ file, line, record: `${kind} "${record.id}"`, field: "sources", message: `unknown source id "${id}"` });
  };
  checkSources(timelineList, "event");
  checkSources(glossaryList, "term");
  checkSources(claimList, "claim");
  for (const { record, line, file } of glossaryList)
    for (const id of record.related)
      if (!glossary.has(id))
        issues.push({ file, line, record: `term "${record.id}"`, field: "related", message: `unknown glossary id "${id}"` });
  for (let i = 1; i < timelineList.length; i++)
    if (timelineList[i].record.date < timelineList[i - 1].record.date)
      issues.push({
        file: timelineList[i].file,
        line: timelineList[i].line,
        record: `event "${timelineList[i].record.id}"`,
        field: "date",
        message: `events must be in date order (${timelineList[i].record.date} comes after ${timelineList[i - 1].record.date})`,
      });

  const siteFile = path.join(root, "site.yaml");
  const siteRead = await readSingle(siteFile, siteSchema, issues, rel);
  const site = siteRead?.data ?? null;
  const siteLine = siteRead?.lineOf ?? (() => null);
  if (site) {
    const lists: { path: PropertyKey[]; ids: string[] }[] = [
      ...site.inBrief.map((item, i) => ({ path: ["inBrief", i, "sources"], ids: item.sources })),
      ...site.statusToday.items.map((item, i) => ({ path: ["statusToday", "items", i, "sources"], ids: item.sources })),
      { path: ["statusToday", "latestDevelopment", "sources"], ids: site.statusToday.latestDevelopment.sources },
      { path: ["factCheckOf"], ids: [site.factCheckOf] },
    ];
    for (const { path: fieldPath, ids } of lists)
      for (const id of ids)
        if (!sources.has(id))
          issues.push({
            file: rel(siteFile),
            line: siteLine(fieldPath),
            field: fieldPath.join("."),
            message: `unknown source id "${id}"`,
          });
  }
  return {
    sources,
    quotes,
    timeline,
    glossary,
    claims,
    site,
    located: { timeline: timelineList, claims: claimList, siteFile: rel(siteFile), siteLine },
  };
}
