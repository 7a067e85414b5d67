import { CorrectionsNotice } from "@/components/article/corrections-notice";
import { SiteFrame } from "@/components/layout/site-frame";
import { CitationList } from "@/components/quote/citation-list";
import { JsonLd } from "@/components/seo/json-ld";
import { InternalLinks, ReferencePage } from "@/components/site/simple-page";
import { CaseNames } from "@/components/ui/case-names";
import { META, QUOTE_MARKS } from "@/components/ui/styles";
import { getContent, type Rating } from "@/lib/content";
import { formatDate, localePath, translatePath, type Lang } from "@/lib/i18n";
import { ui } from "@/lib/i18n/strings";
import { routesFor } from "@/lib/routes";
import { linkLabel, pageFor } from "@/lib/site/model";
import { claimReview } from "@/lib/structured-data";

const RATING_TONE: Record<Rating, string> = {
  supported: "text-good",
  imprecise: "text-warn",
  misleading: "text-warn",
  unverifiable: "text-warn",
  inaccurate: "text-bad",
};

/**
 * The fact check of an edition: each claim of the article this project started from, in its original words (a
 * quotation: in a translated edition marked lang="en" and followed by our labelled translation), with our rating.
 */
export async function FactCheckPage({ lang }: { lang: Lang }) {
  const content = await getContent(lang);
  const { claims, sources, site, articles, model, claimTranslations } = content;
  const routes = routesFor(lang);
  const t = ui(lang).reference;
  const ratings = ui(lang).site.ratings;
  // The article this project started from (site.yaml's factCheckOf); its claims are the ones reviewed here.
  const reviewed = sources.get(site.factCheckOf)!;
  const published = articles
    .map((a) => a.updated)
    .sort()
    .at(-1)!;
  const tally = (Object.entries(ratings) as [Rating, string][])
    .map(([rating, label]) => [label, claims.filter((c) => c.rating === rating).length] as const)
    .filter(([, n]) => n > 0);
  const original = lang === "en" ? undefined : "en";
  return (
    <SiteFrame path={routes.factCheck}>
      <ReferencePage
        kicker={t.kickers.factCheck}
        title={pageFor(model, routes.factCheck).title}
        intro={
          <>
            <p>
              {t.factCheck.intro.before(reviewed.publisher)}
              <a href={reviewed.url} hrefLang={original}>
                {t.factCheck.intro.original}
              </a>
              {t.factCheck.intro.after}
            </p>
            <p className="font-sans text-ui">
              {t.factCheck.tally(claims.length, tally.map(([label, n]) => t.factCheck.tallyItem(n, label)).join(", "))}
            </p>
            <CorrectionsNotice
              corrections={site.pageCorrections.filter((c) => translatePath(c.page, lang) === routes.factCheck)}
              lang={lang}
            />
          </>
        }
      >
        <ol className="mt-8 grid gap-6">
          {claims.map((c) => {
            const translation = lang === "en" ? undefined : claimTranslations?.get(c.id);
            return (
              <li key={c.id} id={c.id} className="target-mark rounded-md border border-rule px-[1.1rem] py-4">
                <JsonLd data={claimReview(c, reviewed, site, published, lang)} />
                <blockquote cite={reviewed.url} className="claim-text" lang={original}>
                  <p className={`text-lg italic ${QUOTE_MARKS}`}>{c.claim}</p>
                </blockquote>
                {translation ? (
                  <p className="claim-translation mt-1 leading-[1.55]">
                    <span className="font-sans text-[0.8em] font-[650] text-muted">{ui(lang).quote.translation}:</span>{" "}
                    «{translation}»
                  </p>
                ) : null}
                <p className={META}>
                  — {reviewed.publisher}
                  {reviewed.date ? `, ${formatDate(reviewed.date, lang)}` : ""}
                </p>
                <p className="mt-[0.6rem]">
                  <span
                    className={`inline-block rounded-[3px] border border-current px-2 py-px font-sans text-2xs font-bold tracking-[0.03em] uppercase ${RATING_TONE[c.rating]}`}
                  >
                    {ratings[c.rating]}
                  </span>{" "}
                  <strong>
                    <CaseNames text={c.summary} />
                  </strong>
                </p>
                <p>
                  <CaseNames text={c.explanation} />
                </p>
                <p className={META}>
                  <CitationList ids={c.sources} sources={sources} lang={lang} />
                </p>
                <InternalLinks
                  label={t.factCheck.more}
                  links={c.links.map((href) => ({
                    href: localePath(lang, href),
                    text: linkLabel(model, localePath(lang, href)),
                  }))}
                />
              </li>
            );
          })}
        </ol>
      </ReferencePage>
    </SiteFrame>
  );
}
