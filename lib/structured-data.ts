/** schema.org descriptions of our pages, built from the same records the pages render. */
import type { Article } from "./content/load";
import type { ClaimReview, Quote, Rating, SiteData, Source } from "./content/schema";
import { LOCALES, type Lang } from "./i18n";
import { ui } from "./i18n/strings";
import { routesFor } from "./routes";
import { absoluteUrl } from "./site-config";

const CONTEXT = "https://schema.org";

export function organization(site: SiteData, lang: Lang = "en") {
  return {
    "@type": "Organization",
    name: site.name,
    url: absoluteUrl(routesFor(lang).home),
    logo: { "@type": "ImageObject", url: absoluteUrl("/icon.svg") },
  };
}

function creativeWork(source: Source) {
  return {
    "@type": "CreativeWork",
    name: source.title,
    url: source.url,
    publisher: { "@type": "Organization", name: source.publisher },
    ...(source.date ? { datePublished: source.date } : {}),
  };
}

export function newsArticle(article: Article, site: SiteData, lang: Lang) {
  const org = organization(site, lang);
  const routes = routesFor(lang);
  const url = absoluteUrl(routes.article(article.slug));
  return {
    "@context": CONTEXT,
    "@type": "NewsArticle",
    headline: article.title,
    description: article.dek,
    url,
    mainEntityOfPage: url,
    inLanguage: LOCALES[lang].hreflang,
    datePublished: article.published,
    dateModified: article.updated,
    wordCount: article.wordCount,
    image: [absoluteUrl(routes.pageImage(article.slug))],
    author: org,
    publisher: org,
    citation: article.sources.filter((s) => s.primary).map(creativeWork),
  };
}

/**
 * The home page as a WebPage: `dateModified` is the newest content change (an article's `updated`), while
 * `lastReviewed` is the day we last reviewed the status. Reviewing without changing a word modifies nothing.
 */
export function homePage(site: SiteData, articles: Article[], lang: Lang) {
  return {
    "@context": CONTEXT,
    "@type": "WebPage",
    name: site.name,
    description: site.description,
    url: absoluteUrl(routesFor(lang).home),
    inLanguage: LOCALES[lang].hreflang,
    dateModified: articles
      .map((a) => a.updated)
      .sort()
      .at(-1),
    lastReviewed: site.statusToday.reviewed,
    publisher: organization(site, lang),
  };
}

/**
 * A quotation: `text` is always the original words. In a translated edition the page is in that language
 * (`inLanguage`) and our translation is given as a translation of the quotation (`workTranslation`), never as
 * the quotation itself.
 */
export function quotation(quote: Quote, source: Source, site: SiteData, lang: Lang, translation?: string) {
  const routes = routesFor(lang);
  // A document quote (a headnote) is credited to the text itself, not to a person who did not write the words.
  const speakerTypes = { person: "Person", organization: "Organization", document: "CreativeWork" } as const;
  const speaker = { "@type": speakerTypes[quote.speakerType], name: quote.speaker };
  return {
    "@context": CONTEXT,
    "@type": "Quotation",
    text: quote.text,
    url: absoluteUrl(routes.quote(quote.id)),
    dateCreated: quote.date,
    creator: quote.speakerType === "person" ? { ...speaker, jobTitle: quote.role } : speaker,
    ...(quote.speakerType === "document" ? {} : { spokenByCharacter: speaker }),
    isBasedOn: creativeWork(source),
    citation: creativeWork(source),
    publisher: organization(site, lang),
    image: absoluteUrl(routes.cardImage(quote.id, "1200x630")),
    ...(translation
      ? {
          workTranslation: {
            "@type": "CreativeWork",
            text: translation,
            inLanguage: LOCALES[lang].hreflang,
            translator: organization(site, lang),
          },
        }
      : {}),
  };
}

export function breadcrumbs(items: { name: string; path: string }[]) {
  return {
    "@context": CONTEXT,
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: item.name,
      item: absoluteUrl(item.path),
    })),
  };
}

/** The rating names, by edition (ui(lang).site.ratings). */
export const RATING_LABELS: Record<Rating, string> = ui("en").site.ratings;
const RATING_VALUES: Record<Rating, number | null> = {
  supported: 5,
  imprecise: 3,
  misleading: 2,
  inaccurate: 1,
  unverifiable: null,
};

/** schema.org ClaimReview for one reviewed claim of the article this project started from. */
export function claimReview(claim: ClaimReview, reviewed: Source, site: SiteData, datePublished: string, lang: Lang) {
  const value = RATING_VALUES[claim.rating];
  return {
    "@context": CONTEXT,
    "@type": "ClaimReview",
    url: absoluteUrl(`${routesFor(lang).factCheck}#${claim.id}`),
    inLanguage: LOCALES[lang].hreflang,
    claimReviewed: claim.claim,
    datePublished,
    author: organization(site, lang),
    itemReviewed: {
      "@type": "Claim",
      author: { "@type": "Organization", name: reviewed.publisher },
      appearance: {
        "@type": "CreativeWork",
        url: reviewed.url,
        ...(reviewed.date ? { datePublished: reviewed.date } : {}),
      },
    },
    reviewRating: {
      "@type": "Rating",
      alternateName: ui(lang).site.ratings[claim.rating],
      ...(value === null ? {} : { ratingValue: value, bestRating: 5, worstRating: 1 }),
    },
  };
}
