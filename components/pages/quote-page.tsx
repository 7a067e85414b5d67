import { SiteFrame } from "@/components/layout/site-frame";
import { Citation } from "@/components/quote/citation";
import { ShareControls } from "@/components/quote/share-controls";
import { VerificationBadge } from "@/components/quote/verification-badge";
import { JsonLd } from "@/components/seo/json-ld";
import { PageScripts } from "@/components/site/page-scripts";
import { CaseNames } from "@/components/ui/case-names";
import { KICKER, PAGE_FRAME, PAGE_TITLE, QUOTE_MARKS } from "@/components/ui/styles";
import { getContent, getQuote } from "@/lib/content";
import { embedSnippet } from "@/lib/embed/snippet";
import { formatDate, type Lang } from "@/lib/i18n";
import { ui } from "@/lib/i18n/strings";
import { routesFor } from "@/lib/routes";
import { pageFor } from "@/lib/site/model";
import { breadcrumbs, quotation } from "@/lib/structured-data";

/**
 * One quotation's page in an edition: the exact words, who said them and when, context, source, where the site
 * quotes them, and the share and embed controls. In a translated edition the words stay original (lang="en"),
 * followed by our translation, labelled as ours.
 */
export async function QuotePage({ lang, id }: { lang: Lang; id: string }) {
  const content = await getContent(lang);
  const { site, model } = content;
  const { quote, source, appearances } = await getQuote(id, lang);
  const translation = content.quoteTranslations?.get(quote.id);
  const routes = routesFor(lang);
  const { quote: t } = ui(lang);
  const date = formatDate(quote.date, lang);
  const [open, close] = t.card.marks;
  return (
    <SiteFrame path={routes.quote(quote.id)}>
      <div className={PAGE_FRAME}>
        <JsonLd data={quotation(quote, source, site, lang, translation)} />
        <JsonLd
          data={breadcrumbs([
            { name: site.name, path: routes.home },
            { name: t.page.quotes, path: routes.quotes },
            { name: `${quote.speaker}, ${date}`, path: routes.quote(quote.id) },
          ])}
        />
        <nav aria-label={t.page.breadcrumb} className="print:hidden">
          <ol className="flex flex-wrap gap-x-2 gap-y-1 font-sans text-sm text-muted [&>li+li]:before:mr-2 [&>li+li]:before:content-['›']">
            <li>
              <a href={routes.home}>{t.page.home}</a>
            </li>
            <li>
              <a href={routes.quotes}>{t.page.quotes}</a>
            </li>
            <li aria-current="page">{quote.speaker}</li>
          </ol>
        </nav>
        <p className={KICKER}>{t.page.kicker}</p>
        <h1 className={PAGE_TITLE}>
          {quote.speaker}, {date}
        </h1>
        <figure className="quote-hero mt-4 mb-6 border-l-4 border-accent pl-[1.1rem]">
          <blockquote cite={source.url} lang={lang === "en" ? undefined : "en"}>
            <p className={`text-2xl leading-normal ${QUOTE_MARKS}`}>{quote.text}</p>
          </blockquote>
          {translation ? (
            <div className="quote-translation mt-3">
              <p className="font-sans text-sm font-[650] text-muted">{t.translation}</p>
              <p className="text-xl leading-normal">
                {open}
                {translation}
                {close}
              </p>
            </div>
          ) : null}
          <figcaption className="mt-3 font-sans text-sm text-muted">
            <span className="font-[650] text-ink">{quote.speaker}</span>, {quote.role},{" "}
            <time dateTime={quote.date}>{date}</time> <VerificationBadge quote={quote} lang={lang} />
          </figcaption>
        </figure>

        <dl className="quote-facts font-sans text-ui [&_dd]:mt-[0.2rem] [&_dt]:mt-4 [&_dt]:font-bold [&_ul]:list-disc [&_ul]:pl-5">
          <dt>{t.page.context}</dt>
          <dd>
            <CaseNames text={quote.context} />
          </dd>
          <dt>{t.page.source}</dt>
          <dd>
            <Citation source={source} pinpoint={quote.pinpoint} lang={lang} />
          </dd>
          {quote.note ? (
            <>
              <dt>{quote.verification === "partly-confirmed" ? t.page.partlyNote : t.page.note}</dt>
              <dd>{quote.note}</dd>
            </>
          ) : null}
          <dt>{t.page.appears}</dt>
          <dd>
            {appearances.length === 0 ? (
              t.page.notQuoted
            ) : (
              <ul>
                {appearances.map((a) => (
                  <li key={a.anchor + a.slug}>
                    <a href={routes.articleSection(a.slug, a.anchor)}>
                      <CaseNames text={a.articleTitle} />
                    </a>
                    {a.inline ? t.page.inline : t.page.block}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </dl>

        <ShareControls
          quoteId={quote.id}
          embedCode={embedSnippet(quote, source, site, lang, translation)}
          imageAlt={pageFor(model, routes.quote(quote.id)).image!.alt}
          lang={lang}
        />
        <PageScripts features={["copy-buttons"]} lang={lang} />
      </div>
    </SiteFrame>
  );
}
