import type { Article, SiteData } from "@/lib/content";
import type { Lang } from "@/lib/i18n";
import { ui } from "@/lib/i18n/strings";
import { routesFor } from "@/lib/routes";
import type { SitePage } from "@/lib/site/model";
import { CaseNames } from "@/components/ui/case-names";

type Props = { site: SiteData; articles: Pick<Article, "slug" | "title">[]; reference: SitePage[]; lang: Lang };

/** The footer on every page: the articles, and the reference pages the site model lists for it. */
export function SiteFooter({ site, articles, reference, lang }: Props) {
  const t = ui(lang).site;
  return (
    <footer className="site-footer mt-16 border-t border-rule bg-panel font-sans text-sm text-muted print:hidden">
      <div className="mx-auto grid max-w-3xl gap-3 px-4 pt-8 pb-12">
        <p className="font-serif font-bold text-ink">{site.name}</p>
        <p>
          <CaseNames text={site.about} />
        </p>
        <nav aria-label={t.footerArticles}>
          <ol className="grid list-decimal gap-[0.35rem] pl-5">
            {articles.map((a) => (
              <li key={a.slug}>
                <a href={routesFor(lang).article(a.slug)}>
                  <CaseNames text={a.title} />
                </a>
              </li>
            ))}
          </ol>
        </nav>
        <nav aria-label={t.footerReference}>
          <ul className="flex flex-wrap gap-x-4 gap-y-[0.4rem]">
            {reference.map((page) => (
              <li key={page.path}>
                <a href={page.path}>{page.label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <p>{t.footerCorrections}</p>
      </div>
    </footer>
  );
}
