import { Figure } from "@/components/figures/figure";
import { SiteFrame } from "@/components/layout/site-frame";
import { CitationList } from "@/components/quote/citation-list";
import { JsonLd } from "@/components/seo/json-ld";
import { StatusToday } from "@/components/site/status-today";
import { CaseNames } from "@/components/ui/case-names";
import { DEK, DISPLAY_TITLE, KICKER } from "@/components/ui/styles";
import { getContent } from "@/lib/content";
import { formatDate, localePath, type Lang } from "@/lib/i18n";
import { ui } from "@/lib/i18n/strings";
import { anchors, routesFor } from "@/lib/routes";
import { homePage } from "@/lib/structured-data";

const H2 = "mt-10 mb-4 text-3xl font-bold";

/** The home page of an edition. */
export async function HomePage({ lang }: { lang: Lang }) {
  const content = await getContent(lang);
  const { site, articles, sources } = content;
  const routes = routesFor(lang);
  const t = ui(lang).site.home;
  return (
    <SiteFrame path={routes.home}>
      <div className="mx-auto max-w-[46rem] px-4 pt-8">
        <JsonLd data={homePage(site, articles, lang)} />
        <header>
          <p className={KICKER}>{t.kicker}</p>
          <h1 className={DISPLAY_TITLE}>
            <CaseNames text={site.tagline} />
          </h1>
          <p className={DEK}>{site.description}</p>
          <p className="mt-4 text-lg leading-[1.6]">
            <CaseNames text={site.about} />
          </p>
        </header>

        <StatusToday status={site.statusToday} sources={sources} latest={articles.at(-1)} lang={lang} />

        <Figure id="precedent-chart" content={content} />

        <section aria-labelledby={anchors.home.articles}>
          <h2 id={anchors.home.articles} className={H2}>
            {t.readInOrder}
          </h2>
          <ol className="grid gap-3">
            {articles.map((a) => (
              <li key={a.slug}>
                <a
                  href={routes.article(a.slug)}
                  className="grid grid-cols-[2.25rem_1fr] gap-x-3 rounded-md border border-rule bg-paper p-4 text-ink no-underline hover:border-accent"
                >
                  <span className="row-span-2 font-sans text-3xl font-bold text-accent" aria-hidden="true">
                    {a.order}
                  </span>
                  <span className="text-xl leading-[1.3] font-bold text-accent underline decoration-1">
                    <CaseNames text={a.title} />
                  </span>
                  <span className="mt-1 leading-normal text-muted">
                    <CaseNames text={a.dek} />
                  </span>
                </a>
              </li>
            ))}
          </ol>
        </section>

        <section aria-labelledby={anchors.home.inBrief}>
          <h2 id={anchors.home.inBrief} className={H2}>
            {t.inBrief}
          </h2>
          <ol className="in-brief-list ml-1 border-l-2 border-rule">
            {site.inBrief.map((item) => (
              <li
                key={`${item.date}-${item.text.slice(0, 20)}`}
                className="relative pb-6 pl-5 leading-[1.6] before:absolute before:top-[0.35rem] before:left-[-0.4rem] before:size-[0.7rem] before:rounded-full before:bg-accent"
              >
                <time dateTime={item.date} className="font-sans text-sm font-[650]">
                  {formatDate(item.date, lang)}
                </time>
                <p>
                  <CaseNames text={item.text} />
                  {item.href ? (
                    <>
                      {" "}
                      <a href={localePath(lang, item.href)}>
                        {t.readMore}
                        <span className="sr-only">
                          :{" "}
                          {articles.find((a) => localePath(lang, item.href!).startsWith(routes.article(a.slug)))?.title}
                        </span>
                      </a>
                    </>
                  ) : null}
                </p>
                <p className="in-brief-sources mt-1 font-sans text-xs text-muted">
                  <CitationList ids={item.sources} sources={sources} lang={lang} />
                </p>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </SiteFrame>
  );
}
