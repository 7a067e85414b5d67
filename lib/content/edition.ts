/**
 * The Spanish edition: the English content with our Spanish text laid over it (content/es/). Every record keeps
 * its id, dates, sources, links, status and order from the English; the Spanish files hold only words. Quotations
 * keep their original words; each gains our translation (`translations.es` in the quote registry). The build fails
 * when a translation is missing or when a Spanish file's ids differ from the English ones.
 */
import { access } from "node:fs/promises";
import path from "node:path";
import type { Lang } from "../i18n";
import { deriveFigures } from "../figures";
import { loadArticles, loadMethods } from "./articles";
import type { ContentIssue } from "./errors";
import { readRecords, readSingle, type Located, type Rel } from "./read";
import { quoteAppearances, type ContentParts } from "./load";
import {
  editionClaimSchema,
  editionGlossarySchema,
  editionSiteSchema,
  editionSourceSchema,
  editionTimelineSchema,
  type ClaimReview,
  type GlossaryTerm,
  type Quote,
  type Source,
  type TimelineEvent,
} from "./schema";

/** A quotation as an edition shows it: the original words, with our translation beside them. */
export type EditionExtras = {
  /** Our translation of each quotation's words, by quote id (the Spanish edition has one for every quote). */
  quoteTranslations: Map<string, string>;
  /** Our translation of each reviewed claim, by claim id. */
  claimTranslations: Map<string, string>;
  /** The English name of each glossary term, by id, shown beside the translated term. */
  englishTerms: Map<string, string>;
  /** A translated speaker description → the original (element ids derive from the original, in every edition). */
  originalSpeakers: Map<string, string>;
};

/**
 * Lays `records` (translated words, by id) over `base` (the English records), reporting any id the translation
 * lacks or adds, and any order that differs.
 */
function overlay<B extends { id: string }, T extends { id: string }>(
  base: B[],
  translated: Located<T>[],
  file: string,
  kind: string,
  issues: ContentIssue[],
  merge: (b: B, t: T, line: number | null) => B,
): B[] {
  const byId = new Map(translated.map((l) => [l.record.id, l]));
  const baseIds = new Set(base.map((b) => b.id));
  for (const l of translated)
    if (!baseIds.has(l.record.id))
      issues.push({ file, line: l.line, record: `${kind} "${l.record.id}"`, field: "id", message: "no English record has this id" });
  const order = translated.map((l) => l.record.id).filter((id) => baseIds.has(id));
  const expected = base.map((b) => b.id).filter((id) => byId.has(id));
  if (order.join() !== expected.join())
    issues.push({ file, message: `${kind} records must be in the English order (${expected.slice(0, 3).join(", ")}, …)` });
  return base.map((b) => {
    const l = byId.get(b.id);
    if (!l) {
      issues.push({ file, record: `${kind} "${b.id}"`, message: `the translation of ${kind} "${b.id}" is missing` });
      return b;
    }
    return merge(b, l.record, l.line);
  });
}

export async function loadEdition(
  root: string,
  lang: Exclude<Lang, "en">,
  en: ContentParts,
  located: { timeline: Located<TimelineEvent>[] },
  issues: ContentIssue[],
  rel: Rel,
): Promise<(ContentParts & EditionExtras) | null> {
  const dir = path.join(root, lang);
  if (!(await access(dir).then(() => true, () => false))) return null;
  const file = (name: string) => path.join(dir, name);

  // Quotations: original words, translated role, context and note, and our translation of the words.
  const quoteTranslations = new Map<string, string>();
  const originalSpeakers = new Map<string, string>();
  const quotes = new Map<string, Quote>();
  for (const q of en.quotes.values()) {
    const t = q.translations?.[lang];
    if (!t) {
      issues.push({
        file: "content/quotes.yaml",
        record: `quote "${q.id}"`,
        field: `translations.${lang}`,
        message: `the ${lang} edition shows every quotation with our translation; this one has none`,
      });
      quotes.set(q.id, q);
      continue;
    }
    if (Boolean(t.note) !== Boolean(q.note))
      issues.push({
        file: "content/quotes.yaml",
        record: `quote "${q.id}"`,
        field: `translations.${lang}.note`,
        message: q.note ? "the record has a note; translate it" : "the record has no note to translate",
      });
    quoteTranslations.set(q.id, t.text);
    if (t.speaker) originalSpeakers.set(t.speaker, q.speaker);
    quotes.set(q.id, { ...q, speaker: t.speaker ?? q.speaker, role: t.role, context: t.context, note: t.note });
  }

  const sourcesFile = file("sources.yaml");
  const sourceList = overlay(
    [...en.sources.values()],
    await readRecords(sourcesFile, editionSourceSchema, "source", issues, rel),
    rel(sourcesFile),
    "source",
    issues,
    (b: Source, t, line) => {
      if (Boolean(t.notes) !== Boolean(b.notes) || Boolean(t.title) !== b.titleSupplied)
        issues.push({
          file: rel(sourcesFile),
          line,
          record: `source "${b.id}"`,
          message: "translate `notes` exactly when the English has notes, and `title` exactly when it is titleSupplied",
        });
      return { ...b, notes: t.notes ?? b.notes, title: b.titleSupplied && t.title ? t.title : b.title };
    },
  );
  const sources = new Map(sourceList.map((s) => [s.id, s]));

  const glossaryFile = file("glossary.yaml");
  const englishTerms = new Map([...en.glossary.values()].map((t) => [t.id, t.term]));
  const glossary = new Map(
    overlay(
      [...en.glossary.values()],
      await readRecords(glossaryFile, editionGlossarySchema, "term", issues, rel),
      rel(glossaryFile),
      "term",
      issues,
      (b: GlossaryTerm, t) => ({ ...b, term: t.term, aka: t.aka, definition: t.definition }),
    ).map((t) => [t.id, t]),
  );

  const timelineFile = file("timeline.yaml");
  const timeline = overlay(
    en.timeline,
    await readRecords(timelineFile, editionTimelineSchema, "event", issues, rel),
    rel(timelineFile),
    "event",
    issues,
    (b: TimelineEvent, t, line) => {
      const labelled = b.changes.filter((c) => c.label).length + b.caseSteps.filter((c) => c.label).length;
      if (t.labels.length !== labelled) {
        issues.push({
          file: rel(timelineFile),
          line,
          record: `event "${b.id}"`,
          field: "labels",
          message: `needs ${labelled} labels (the English event's change and case-step labels, in order)`,
        });
        return { ...b, title: t.title, text: t.text };
      }
      const labels = [...t.labels];
      return {
        ...b,
        title: t.title,
        text: t.text,
        changes: b.changes.map((c) => (c.label ? { ...c, label: labels.shift()! } : c)),
        caseSteps: b.caseSteps.map((c) => (c.label ? { ...c, label: labels.shift()! } : c)),
      };
    },
  );

  const claimsFile = file("fact-check.yaml");
  const claimTranslations = new Map<string, string>();
  const claims = overlay(
    en.claims,
    await readRecords(claimsFile, editionClaimSchema, "claim", issues, rel),
    rel(claimsFile),
    "claim",
    issues,
    (b: ClaimReview, t) => {
      claimTranslations.set(b.id, t.claimTranslation);
      return { ...b, summary: t.summary, explanation: t.explanation };
    },
  );

  const siteFile = file("site.yaml");
  const siteText = await readSingle(siteFile, editionSiteSchema, issues, rel);
  let site = en.site;
  if (siteText) {
    const t = siteText.data;
    const counts: [string, number, number][] = [
      ["statusToday.items", t.statusToday.items.length, en.site.statusToday.items.length],
      ["pageCorrections", t.pageCorrections.length, en.site.pageCorrections.length],
      ["inBrief", t.inBrief.length, en.site.inBrief.length],
    ];
    for (const [field, n, expected] of counts)
      if (n !== expected)
        issues.push({ file: rel(siteFile), field, message: `has ${n} entries; the English has ${expected}, in the same order` });
    site = {
      ...en.site,
      name: t.name,
      tagline: t.tagline,
      description: t.description,
      about: t.about,
      statusToday: {
        ...en.site.statusToday,
        summary: t.statusToday.summary,
        latestDevelopment: { ...en.site.statusToday.latestDevelopment, text: t.statusToday.latestDevelopment.text },
        items: en.site.statusToday.items.map((item, i) => ({
          ...item,
          precedent: t.statusToday.items[i]?.precedent ?? item.precedent,
          text: t.statusToday.items[i]?.text ?? item.text,
        })),
      },
      pageCorrections: en.site.pageCorrections.map((c, i) => ({ ...c, text: t.pageCorrections[i]?.text ?? c.text })),
      inBrief: en.site.inBrief.map((b, i) => ({ ...b, text: t.inBrief[i]?.text ?? b.text })),
    };
  }

  const articles = await loadArticles(path.join(dir, "articles"), sources, quotes, glossary, issues, rel, {
    base: en.articles,
  });
  const methods = (await loadMethods(file("methods.mdx"), glossary, issues, rel)) ?? en.methods;
  if (methods.toc.map((t) => t.id).join(" ") !== en.methods.toc.map((t) => t.id).join(" "))
    issues.push({ file: methods.file, message: `section ids differ from ${en.methods.file}` });

  const byId = new Map(timeline.map((e) => [e.id, e]));
  const figures = deriveFigures(
    located.timeline.map((l) => ({ ...l, record: byId.get(l.record.id) ?? l.record })),
    site.statusToday.reviewed,
    issues,
  );
  const appearances = quoteAppearances(quotes, articles);

  return {
    lang,
    site,
    sources,
    quotes,
    appearances,
    articles,
    timeline,
    glossary,
    claims,
    methods,
    figures,
    quoteTranslations,
    claimTranslations,
    englishTerms,
    originalSpeakers,
  };
}
