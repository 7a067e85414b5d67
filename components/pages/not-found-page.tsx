import { SiteFrame } from "@/components/layout/site-frame";
import { CaseNames } from "@/components/ui/case-names";
import { DISPLAY_TITLE, KICKER } from "@/components/ui/styles";
import { getArticles } from "@/lib/content";
import type { Lang } from "@/lib/i18n";
import { ui } from "@/lib/i18n/strings";
import { routesFor } from "@/lib/routes";

/** The 404 page of an edition: static hosts send it for any unknown path. */
export async function NotFoundPage({ lang }: { lang: Lang }) {
  const articles = await getArticles(lang);
  const routes = routesFor(lang);
  const t = ui(lang).site.notFound;
  return (
    <SiteFrame path={routes.notFound}>
      <div className="not-found mx-auto max-w-[46rem] px-4 pt-8 leading-[1.6] [&>p]:mt-4">
        <p className={KICKER}>{t.kicker}</p>
        <h1 className={DISPLAY_TITLE}>{t.title}</h1>
        <p>{t.text}</p>
        <h2 className="mt-10 mb-4 text-3xl font-bold">{t.start}</h2>
        <ol className="list-decimal pl-6 leading-[1.8]">
          {articles.map((a) => (
            <li key={a.slug}>
              <a href={routes.article(a.slug)}>
                <CaseNames text={a.title} />
              </a>
            </li>
          ))}
        </ol>
        <p>
          <a href={routes.home}>{t.home}</a>
        </p>
      </div>
    </SiteFrame>
  );
}
