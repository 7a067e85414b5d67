import type { Article, SiteData } from "@/lib/content";
import { routes } from "@/lib/routes";
import { CaseNames } from "@/components/ui/case-names";

export function SiteFooter({ site, articles }: { site: SiteData; articles: Pick<Article, "slug" | "title">[] }) {
  return (
    <footer className="site-footer mt-16 border-t border-rule bg-panel font-sans text-sm text-muted print:hidden">
      <div className="mx-auto grid max-w-3xl gap-3 px-4 pt-8 pb-12">
        <p className="font-serif font-bold text-ink">{site.name}</p>
        <p>
          <CaseNames text={site.about} />
        </p>
        <nav aria-label="All articles">
          <ol className="grid list-decimal gap-[0.35rem] pl-5">
            {articles.map((a) => (
              <li key={a.slug}>
                <a href={routes.article(a.slug)}>
                  <CaseNames text={a.title} />
                </a>
              </li>
            ))}
          </ol>
        </nav>
        <nav aria-label="Reference">
          <ul className="flex flex-wrap gap-x-4 gap-y-[0.4rem]">
            <li><a href={routes.timeline}>Timeline</a></li>
            <li><a href={routes.glossary}>Glossary</a></li>
            <li><a href={routes.sources}>Sources</a></li>
            <li><a href={routes.factCheck}>Fact check</a></li>
            <li><a href={routes.corrections}>Corrections</a></li>
            <li><a href={routes.methods}>How we checked</a></li>
            <li><a href={routes.quotes}>All quotes</a></li>
            <li><a href={routes.embedPreview}>Embed a quote</a></li>
          </ul>
        </nav>
        <p>
          Corrections are made in public: every change of fact is noted, with its date, at the top of the article
          it affects.
        </p>
      </div>
    </footer>
  );
}
