import type { Metadata } from "next";
import { ArticleBody, PROSE_BODY } from "@/components/article/article-body";
import { InternalLinks, ReferencePage } from "@/components/site/simple-page";
import { PageScripts } from "@/components/site/page-scripts";
import { getContent } from "@/lib/content";
import { formatDate } from "@/lib/format";
import { metadataFor } from "@/lib/metadata";
import { routes } from "@/lib/routes";

export function generateMetadata(): Promise<Metadata> {
  return metadataFor(routes.methods);
}

/**
 * "How we checked": what confirmed, partly confirmed and reported mean, how quotations are checked, what "last
 * reviewed" means and how corrections are made. The words are content/methods.mdx, compiled like an article; the
 * section ids are the ones the verification labels link to (routes.methodsSection), checked by the loader.
 */
export default async function MethodsPage() {
  const { methods, quotes, sources, glossary } = await getContent();
  return (
    <ReferencePage
      kicker="Standards"
      title={methods.title}
      intro={
        <>
          <p>{methods.dek}</p>
          <p>
            Last updated <time dateTime={methods.updated}>{formatDate(methods.updated)}</time>.
          </p>
        </>
      }
    >
      <InternalLinks label="On this page" links={methods.toc.map((t) => ({ href: `#${t.id}`, text: t.text }))} />
      <div className={PROSE_BODY}>
        <ArticleBody article={methods} quotes={quotes} sources={sources} glossary={glossary} />
      </div>
      <PageScripts features={["section-links"]} />
    </ReferencePage>
  );
}
