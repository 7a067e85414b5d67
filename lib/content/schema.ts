import { z } from "zod";
import { FIGURE_IDS } from "../figures/ids";

/** kebab-case ids: stable, readable, safe in URLs and HTML ids. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9 and single hyphens)");

/**
 * A date at the precision the record supports: "2018-06-11", "2018-06" or "2018".
 * We never pad an unknown day or month with a guess.
 */
export const partialDateSchema = z.string().refine(isValidPartialDate, {
  message: 'must be a real date written "YYYY-MM-DD", "YYYY-MM" or "YYYY"',
});

export function isValidPartialDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const last = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= last;
}

/** A full calendar date, for things we date ourselves (publication, corrections). */
export const fullDateSchema = partialDateSchema.refine((v) => v.length === 10, {
  message: 'must be a full date "YYYY-MM-DD"',
});

const urlSchema = z.url({
  protocol: /^https?$/,
  message: "must be an absolute https:// URL (http:// only with httpOnly: true); no other scheme, such as javascript:",
});

export const sourceKinds = [
  "decision",
  "order",
  "speech",
  "press-release",
  "statement",
  "news",
  "op-ed",
  "editorial",
  "analysis",
  "interview",
  "regulation",
  "court-opinion",
  "court-filing",
] as const;

export const sourceSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(sourceKinds),
  publisher: z.string().min(1),
  title: z.string().min(1),
  /** true when no headline was recorded and `title` is our own description (shown in brackets). */
  titleSupplied: z.boolean().default(false),
  date: partialDateSchema.nullable(),
  url: urlSchema,
  via: z.string().min(1).optional(),
  archiveUrl: urlSchema.optional(),
  primary: z.boolean(),
  notes: z.string().min(1).optional(),
  /**
   * true when the only address we have for the source is an http:// one (as archived): we never guess an https
   * address we have not seen. Without it an http:// URL fails the build.
   */
  httpOnly: z.literal(true).optional(),
}).superRefine((s, ctx) => {
  if (s.url.startsWith("http://") && !s.httpOnly)
    ctx.addIssue({
      code: "custom",
      path: ["url"],
      message: "an http:// URL needs httpOnly: true (the source exists only at that address); otherwise use https://",
    });
  if (s.httpOnly && !s.url.startsWith("http://"))
    ctx.addIssue({ code: "custom", path: ["httpOnly"], message: "httpOnly is only for http:// URLs" });
});

export const stances = ["supports", "criticizes", "neutral"] as const;
export const verifications = ["confirmed", "partly-confirmed"] as const;

export const quoteSchema = z.strictObject({
  id: idSchema,
  text: z.string().min(1),
  speaker: z.string().min(1),
  /**
   * Most speakers are people; a newspaper or a group statement is an organization. A document is words
   * that belong to a text rather than to a person, such as a decision's headnote (the official summary
   * printed above it): `speaker` then names the document ("Matter of A-B-, headnote 1"), never its author.
   */
  speakerType: z.enum(["person", "organization", "document"]).default("person"),
  role: z.string().min(1),
  date: partialDateSchema,
  sourceId: idSchema,
  pinpoint: z.string().min(1).optional(),
  context: z.string().min(1),
  stance: z.enum(stances),
  verification: z.enum(verifications),
  note: z.string().min(1).optional(),
  /**
   * Our translations, by language: of the quotation (never shown without the original words beside it) and of
   * the fields around it. The Spanish edition requires one for every quote it shows (lib/content/edition.ts).
   */
  translations: z
    .strictObject({
      es: z.strictObject({
        text: z.string().min(1),
        /** Only when the speaker is a description rather than a name ("Department of Justice spokesperson"). */
        speaker: z.string().min(1).optional(),
        role: z.string().min(1),
        context: z.string().min(1),
        note: z.string().min(1).optional(),
      }),
    })
    .optional(),
});

export const correctionSchema = z.strictObject({
  date: fullDateSchema,
  type: z.enum(["correction", "clarification"]),
  text: z.string().min(1),
});

export const articleFrontmatterSchema = z.strictObject({
  title: z.string().min(1),
  dek: z.string().min(1),
  /** A short title for the site navigation ("The 2014 case"). */
  navTitle: z.string().min(1).max(28),
  slug: idSchema,
  published: fullDateSchema,
  updated: fullDateSchema,
  order: z.number().int().positive(),
  sources: z.array(idSchema).default([]),
  corrections: z.array(correctionSchema).default([]),
});

/** A standalone page written in MDX (content/methods.mdx): no slug, order or sources of its own. */
export const pageFrontmatterSchema = z.strictObject({
  title: z.string().min(1),
  /** One or two sentences under the title; also the page's meta description. */
  dek: z.string().min(1),
  /** When the page's text last changed. */
  updated: fullDateSchema,
});

export const inBriefSchema = z.strictObject({
  date: partialDateSchema,
  text: z.string().min(1),
  sources: z.array(idSchema).min(1),
  href: z.string().startsWith("/").optional(),
});

/** "Where things stand" for each precedent, dated, shown on the home page and atop every article. */
export const statusItemSchema = z.strictObject({
  precedent: z.string().min(1),
  text: z.string().min(1),
  status: z.enum(["confirmed", "reported"]),
  sources: z.array(idSchema).min(1),
});

export const siteSchema = z.strictObject({
  name: z.string().min(1),
  statusToday: z.strictObject({
    /** When we last reviewed the status against our sources. Not a claim that the law was re-verified that day. */
    reviewed: fullDateSchema,
    /** The newest development on these precedents that any of our sources shows, with its own mark and sources. */
    latestDevelopment: z.strictObject({
      date: partialDateSchema,
      text: z.string().min(1),
      status: z.enum(["confirmed", "reported"]),
      sources: z.array(idSchema).min(1, "the latest development needs at least one source"),
    }),
    /** One line for the strip at the top of every page. */
    summary: z.string().min(1),
    items: z.array(statusItemSchema).min(1),
  }),
  tagline: z.string().min(1),
  description: z.string().min(1),
  about: z.string().min(1),
  inBrief: z.array(inBriefSchema).min(1),
  /** The source (the article this project started from) whose claims /fact-check reviews. */
  factCheckOf: idSchema,
  /**
   * Corrections and clarifications to pages other than articles (an article's are in its front matter): each names
   * the page's path; it is shown at the top of that page, on /corrections and in the feed.
   */
  pageCorrections: z
    .array(correctionSchema.extend({ page: z.string().regex(/^\/[a-z0-9/-]*$/, "must be a page path such as /fact-check") }))
    .default([]),
});

const internalLink = z.string().regex(/^\/[^\s]*$/, 'must be an internal path starting with "/"');

/** The two precedents whose periods the "which precedent governed when" chart draws (lib/figures). */
export const precedents = ["arcg", "ab"] as const;
/**
 * What an event did to a precedent. `binding`: from this event judges and the Board must follow it (decided,
 * restored, reinstated); `amended`: a later decision adds to the binding rule (A-B- II); `overruled`, `vacated`,
 * `displaced`: it stops binding, in the right legal word; `limited`: a court bars some of its uses while it binds;
 * `related`: a ruling on the same questions that, by our sources, changes neither precedent (no `precedent`).
 */
export const precedentEffects = ["binding", "amended", "overruled", "vacated", "displaced", "limited", "related"] as const;

export const precedentChangeSchema = z.strictObject({
  precedent: z.enum(precedents).optional(),
  effect: z.enum(precedentEffects),
  /** The chart's words: the period that starts (binding, amended) or the marker (limited, related). */
  label: z.string().min(1).max(40).optional(),
});

/** The stations of a case on its way up (or back down): the case-path figure's columns. */
export const caseStations = ["immigration-judge", "board", "attorney-general", "court-of-appeals"] as const;

/** One step of Ms. A.B.'s or Aminta Cifuentes's case that this event records, for the case-path figure. */
export const caseStepSchema = z.strictObject({
  case: z.enum(["ab", "arcg"]),
  /** Where the step happened; left out when our sources do not say who acted. */
  at: z.enum(caseStations).optional(),
  /** What happened there, in a few words with the exact legal verb. */
  label: z.string().min(1).max(90),
  /** false when the step happened on a date our sources do not give (the event's own date is not its date). */
  dated: z.boolean().default(true),
});

export const timelineEventSchema = z.strictObject({
  id: idSchema,
  date: partialDateSchema,
  title: z.string().min(1),
  text: z.string().min(1),
  status: z.enum(["confirmed", "reported"]),
  sources: z.array(idSchema).min(1, "an event needs at least one source"),
  links: z.array(internalLink).default([]),
  /** What the event changed about the binding precedent (the precedent chart is derived from these). */
  changes: z.array(precedentChangeSchema).default([]),
  /** Steps of the two women's cases that the event records (the case-path figure is derived from these). */
  caseSteps: z.array(caseStepSchema).default([]),
});

export const glossaryTermSchema = z.strictObject({
  id: idSchema,
  term: z.string().min(1),
  aka: z.array(z.string().min(1)).default([]),
  definition: z.string().min(1),
  sources: z.array(idSchema).min(1, "a definition needs at least one source"),
  related: z.array(idSchema).default([]),
  /** A figure shown under the entry (one of FIGURE_IDS in lib/figures/ids.ts). */
  figure: z.enum(FIGURE_IDS).optional(),
});

export const ratings = ["supported", "imprecise", "misleading", "inaccurate", "unverifiable"] as const;

export const claimReviewSchema = z.strictObject({
  id: idSchema,
  claim: z.string().min(1),
  rating: z.enum(ratings, { message: `a claim needs a rating: one of ${ratings.join(", ")}` }),
  summary: z.string().min(1),
  explanation: z.string().min(1),
  sources: z.array(idSchema).min(1, "a reviewed claim needs at least one source"),
  links: z.array(internalLink).default([]),
});

export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type PrecedentChange = z.infer<typeof precedentChangeSchema>;
export type CaseStep = z.infer<typeof caseStepSchema>;
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type ClaimReview = z.infer<typeof claimReviewSchema>;
export type Rating = ClaimReview["rating"];
export type Source = z.infer<typeof sourceSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;
export type PageFrontmatter = z.infer<typeof pageFrontmatterSchema>;
export type InBrief = z.infer<typeof inBriefSchema>;
export type SiteData = z.infer<typeof siteSchema>;

/*
 * The Spanish edition (content/es/): each file holds only what is translated; ids, dates, sources, links,
 * statuses and order come from the English record, which the loader overlays (lib/content/edition.ts).
 */
export const editionArticleFrontmatterSchema = z.strictObject({
  title: z.string().min(1),
  dek: z.string().min(1),
  navTitle: z.string().min(1).max(28),
  /** The English article's corrections, translated: same count, order, dates and types. */
  corrections: z.array(correctionSchema).default([]),
});
export const editionTimelineSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(1),
  text: z.string().min(1),
  /** The labels of the event's `changes` then `caseSteps`, in order (only those that have one). */
  labels: z.array(z.string().min(1)).default([]),
});
export const editionGlossarySchema = z.strictObject({
  id: idSchema,
  term: z.string().min(1),
  aka: z.array(z.string().min(1)).default([]),
  definition: z.string().min(1),
});
export const editionClaimSchema = z.strictObject({
  id: idSchema,
  /** Our translation of the claim; the claim itself is shown in its original words. */
  claimTranslation: z.string().min(1),
  summary: z.string().min(1),
  explanation: z.string().min(1),
});
export const editionSourceSchema = z.strictObject({
  id: idSchema,
  notes: z.string().min(1).optional(),
  /** Only for a title we supplied (titleSupplied): published titles stay as published. */
  title: z.string().min(1).optional(),
});
export const editionSiteSchema = z.strictObject({
  name: z.string().min(1),
  tagline: z.string().min(1),
  description: z.string().min(1),
  about: z.string().min(1),
  statusToday: z.strictObject({
    summary: z.string().min(1),
    latestDevelopment: z.strictObject({ text: z.string().min(1) }),
    items: z.array(z.strictObject({ precedent: z.string().min(1), text: z.string().min(1) })),
  }),
  pageCorrections: z.array(z.strictObject({ text: z.string().min(1) })).default([]),
  inBrief: z.array(z.strictObject({ text: z.string().min(1) })),
});
export type EditionArticleFrontmatter = z.infer<typeof editionArticleFrontmatterSchema>;
