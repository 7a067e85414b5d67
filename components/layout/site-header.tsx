import type { Article } from "@/lib/content";
import { routes } from "@/lib/routes";

type NavArticle = Pick<Article, "slug" | "title" | "navTitle" | "order">;

export function SiteHeader({ siteName, articles }: { siteName: string; articles: NavArticle[] }) {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <a href={routes.home} className="wordmark">
          <span className="wordmark-full">{siteName}</span>
          <span className="wordmark-short" aria-hidden="true">
            A-B- Explained
          </span>
        </a>
        <nav aria-label="Articles" className="site-nav">
          <span className="nav-parts" aria-hidden="true">
            Parts
          </span>
          <ol>
            {articles.map((a) => (
              <li key={a.slug}>
                <a href={routes.article(a.slug)} data-nav-slug={a.slug}>
                  <span className="nav-number" aria-hidden="true">
                    {a.order}
                  </span>
                  <span className="nav-label">{a.navTitle}</span>
                </a>
              </li>
            ))}
            <li>
              <a href={routes.quotes} className="nav-quotes">
                Quotes
              </a>
            </li>
          </ol>
        </nav>
      </div>
    </header>
  );
}
