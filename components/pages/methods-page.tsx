import { ArticleBody, PROSE_BODY } from "@/components/article/article-body";
import { SiteFrame } from "@/components/layout/site-frame";
import { PageScripts } from "@/components/site/page-scripts";
import { InternalLinks, ReferencePage } from "@/components/site/simple-page";
import { getContent } from "@/lib/content";
import { formatDate, type Lang } from "@/lib/i18n";
import { ui } from "@/lib/i18n/strings";
import { routesFor } from "@/lib/routes";

/**
 * "How we checked": what confirmed, partly confirmed and reported mean, how quotations are checked, what "last
 * reviewed" means and how corrections are made. The words are content/methods.mdx (content/es/methods.mdx in
 * Spanish), compiled like an article; the section ids are the ones the verification labels link to
 * (routes.methodsSection), the same in every edition, checked by the loader.
 */
export async function MethodsPage({ lang }: { lang: Lang }) {
  const content = await getContent(lang);
  const { methods, quotes, sources, glossary, quoteTranslations, englishTerms } = content;
  const t = ui(lang).reference;
  return (
    <SiteFrame path={routesFor(lang).methods}>
      <ReferencePage
        kicker={t.kickers.standards}
        title={methods.title}
        intro={
          <>
            <p>{methods.dek}</p>
            <p>
              {t.methods.updated}
              <time dateTime={methods.updated}>{formatDate(methods.updated, lang)}</time>.
            </p>
          </>
        }
      >
        <InternalLinks
          label={t.methods.onThisPage}
          links={methods.toc.map((h) => ({ href: `#${h.id}`, text: h.text }))}
        />
        <div className={PROSE_BODY}>
          <ArticleBody
            article={methods}
            quotes={quotes}
            sources={sources}
            glossary={glossary}
            figures={content}
            lang={lang}
            quoteTranslations={quoteTranslations}
            englishTerms={englishTerms}
          />
        </div>
        <PageScripts features={["section-links"]} lang={lang} />
      </ReferencePage>
    </SiteFrame>
  );
}
