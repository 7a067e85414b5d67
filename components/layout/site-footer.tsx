import type { Article, SiteData } from "@/lib/content";
import { routes } from "@/lib/routes";
import { CaseNames } from "@/components/ui/case-names";

export function SiteFooter({ site, articles }: { site: SiteData; articles: Pick<Article, "slug" | "title">[] }) {
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <p className="footer-name">{site.name}</p>
        <p>
          <CaseNames text={site.about} />
        </p>
        <nav aria-label="All articles">
          <ol>
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
          <ul className="footer-links">
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
