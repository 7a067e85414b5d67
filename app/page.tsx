import type { Metadata } from "next";
import { getContent } from "@/lib/content";
import { pageMetadata } from "@/lib/metadata";
import { formatDate } from "@/lib/format";
import { routes } from "@/lib/routes";
import { CitationList } from "@/components/quote/citation-list";
import { CaseNames } from "@/components/ui/case-names";
import { StatusToday } from "@/components/site/status-today";
import { JsonLd } from "@/components/seo/json-ld";
import { homePage } from "@/lib/structured-data";

export async function generateMetadata(): Promise<Metadata> {
  const { site } = await getContent();
  return pageMetadata({
    title: null,
    description: site.description,
    path: routes.home,
    siteName: site.name,
    image: { path: routes.pageImage("home"), width: 1200, height: 630, alt: `${site.name}: ${site.tagline}` },
  });
}

export default async function HomePage() {
  const { site, articles, sources } = await getContent();
  return (
    <div className="home">
      <JsonLd data={homePage(site, articles)} />
      <header className="home-header">
        <p className="kicker">A sourced explainer</p>
        <h1>
          <CaseNames text={site.tagline} />
        </h1>
        <p className="dek">{site.description}</p>
        <p className="home-about">
          <CaseNames text={site.about} />
        </p>
      </header>

      <StatusToday status={site.statusToday} sources={sources} />

      <section aria-labelledby="articles" className="home-articles">
        <h2 id="articles">Read in order</h2>
        <ol>
          {articles.map((a) => (
            <li key={a.slug}>
              <a href={routes.article(a.slug)} className="article-card">
                <span className="article-card-number" aria-hidden="true">
                  {a.order}
                </span>
                <span className="article-card-title">
                  <CaseNames text={a.title} />
                </span>
                <span className="article-card-dek">
                  <CaseNames text={a.dek} />
                </span>
              </a>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="in-brief" className="in-brief">
        <h2 id="in-brief">In brief</h2>
        <ol className="in-brief-list">
          {site.inBrief.map((item) => (
            <li key={`${item.date}-${item.text.slice(0, 20)}`}>
              <time dateTime={item.date}>{formatDate(item.date)}</time>
              <p>
                <CaseNames text={item.text} />
                {item.href ? (
                  <>
                    {" "}
                    <a href={item.href}>
                      Read more
                      <span className="sr-only">
                        : {articles.find((a) => item.href!.startsWith(routes.article(a.slug)))?.title}
                      </span>
                    </a>
                  </>
                ) : null}
              </p>
              <p className="in-brief-sources">
                <CitationList ids={item.sources} sources={sources} />
              </p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
