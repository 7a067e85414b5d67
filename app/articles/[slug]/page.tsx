import type { Metadata } from "next";
import { ArticleBody, PROSE_BODY } from "@/components/article/article-body";
import { ArticleHeader } from "@/components/article/article-header";
import { CorrectionsNotice } from "@/components/article/corrections-notice";
import { SourceList } from "@/components/article/source-list";
import { TocAside, TocDisclosure } from "@/components/article/table-of-contents";
import { QuoteSidebar } from "@/components/quote/quote-sidebar";
import { getArticle, getArticles, getContent } from "@/lib/content";
import { metadataFor } from "@/lib/metadata";
import { routes } from "@/lib/routes";
import { breadcrumbs, newsArticle } from "@/lib/structured-data";
import { PageScripts } from "@/components/site/page-scripts";
import { JsonLd } from "@/components/seo/json-ld";
import { CaseNames } from "@/components/ui/case-names";

type Params = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getArticles()).map((a) => ({ slug: a.slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const article = await getArticle((await params).slug);
  return metadataFor(routes.article(article.slug), {
    article: { published: article.published, modified: article.updated },
  });
}

export default async function ArticlePage({ params }: Params) {
  const { slug } = await params;
  const { articles, quotes, sources, site, glossary, figures, model } = await getContent();
  const article = await getArticle(slug);
  const index = articles.indexOf(article);
  const next = articles[index + 1];
  const sidebar = article.citedQuotes.map((quote) => ({
    quote,
    source: sources.get(quote.sourceId)!,
    firstAnchor: article.quoteUses.find((u) => u.id === quote.id)!.anchor,
  }));

  return (
    <div className="mx-auto max-w-7xl px-4 pt-6 lg:grid lg:grid-cols-[minmax(0,42rem)_20rem] lg:justify-center lg:gap-12 lg:pt-10 xl:grid-cols-[12rem_minmax(0,40rem)_19rem] xl:gap-10 print:block! print:max-w-none print:p-0">
      <JsonLd data={newsArticle(article, site)} />
      <JsonLd
        data={breadcrumbs([
          { name: site.name, path: routes.home },
          { name: article.title, path: routes.article(article.slug) },
        ])}
      />
      <TocAside toc={article.toc} />
      <article className="mx-auto max-w-[42rem] min-w-0 lg:m-0 print:max-w-none" data-article={article.slug}>
        <ArticleHeader article={article} position={index + 1} total={articles.length} />
        <CorrectionsNotice corrections={article.corrections} />
        <TocDisclosure toc={article.toc} />
        <div className={PROSE_BODY}>
          <ArticleBody
            article={article}
            quotes={quotes}
            sources={sources}
            glossary={glossary}
            figures={{ figures, model }}
          />
        </div>
        <SourceList sources={article.sources} />
        {next ? (
          <p className="mt-12 rounded-md border border-rule p-4 text-lg leading-normal print:hidden">
            Next:{" "}
            <a href={routes.article(next.slug)}>
              <CaseNames text={next.title} />
            </a>
          </p>
        ) : null}
      </article>
      <QuoteSidebar entries={sidebar} />
      <PageScripts features={["section-links", "toc", ...(article.termUses.length > 0 ? (["terms"] as const) : [])]} />
    </div>
  );
}
