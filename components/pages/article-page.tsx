import { ArticleBody, PROSE_BODY } from "@/components/article/article-body";
import { ArticleHeader } from "@/components/article/article-header";
import { CorrectionsNotice } from "@/components/article/corrections-notice";
import { SourceList } from "@/components/article/source-list";
import { TocAside, TocDisclosure } from "@/components/article/table-of-contents";
import { SiteFrame } from "@/components/layout/site-frame";
import { QuoteSidebar } from "@/components/quote/quote-sidebar";
import { JsonLd } from "@/components/seo/json-ld";
import { PageScripts } from "@/components/site/page-scripts";
import { CaseNames } from "@/components/ui/case-names";
import { getArticle, getContent } from "@/lib/content";
import type { Lang } from "@/lib/i18n";
import { ui } from "@/lib/i18n/strings";
import { routesFor } from "@/lib/routes";
import { breadcrumbs, newsArticle } from "@/lib/structured-data";

/** An article of an edition: its header, corrections, contents, body and sources, and the quotes beside it. */
export async function ArticlePage({ lang, slug }: { lang: Lang; slug: string }) {
  const content = await getContent(lang);
  const { articles, quotes, sources, site, glossary, quoteTranslations, englishTerms } = content;
  const article = await getArticle(slug, lang);
  const routes = routesFor(lang);
  const t = ui(lang).article;
  const index = articles.indexOf(article);
  const next = articles[index + 1];
  const sidebar = article.citedQuotes.map((quote) => ({
    quote,
    source: sources.get(quote.sourceId)!,
    firstAnchor: article.quoteUses.find((u) => u.id === quote.id)!.anchor,
    translation: quoteTranslations?.get(quote.id),
  }));

  return (
    <SiteFrame path={routes.article(article.slug)}>
      <div className="mx-auto max-w-7xl px-4 pt-6 lg:grid lg:grid-cols-[minmax(0,42rem)_20rem] lg:justify-center lg:gap-12 lg:pt-10 xl:grid-cols-[12rem_minmax(0,40rem)_19rem] xl:gap-10 print:block! print:max-w-none print:p-0">
        <JsonLd data={newsArticle(article, site, lang)} />
        <JsonLd
          data={breadcrumbs([
            { name: site.name, path: routes.home },
            { name: article.title, path: routes.article(article.slug) },
          ])}
        />
        <TocAside toc={article.toc} lang={lang} />
        <article className="mx-auto max-w-[42rem] min-w-0 lg:m-0 print:max-w-none" data-article={article.slug}>
          <ArticleHeader article={article} position={index + 1} total={articles.length} lang={lang} />
          <CorrectionsNotice corrections={article.corrections} lang={lang} />
          <TocDisclosure toc={article.toc} lang={lang} />
          <div className={PROSE_BODY}>
            <ArticleBody
              article={article}
              quotes={quotes}
              sources={sources}
              glossary={glossary}
              figures={content}
              lang={lang}
              quoteTranslations={quoteTranslations}
              englishTerms={englishTerms}
            />
          </div>
          <SourceList sources={article.sources} lang={lang} />
          {next ? (
            <p className="mt-12 rounded-md border border-rule p-4 text-lg leading-normal print:hidden">
              {t.next}{" "}
              <a href={routes.article(next.slug)}>
                <CaseNames text={next.title} />
              </a>
            </p>
          ) : null}
        </article>
        <QuoteSidebar entries={sidebar} lang={lang} />
        <PageScripts
          lang={lang}
          features={["section-links", "toc", ...(article.termUses.length > 0 ? (["terms"] as const) : [])]}
        />
      </div>
    </SiteFrame>
  );
}
