import type { Metadata } from "next";
import { CitationList } from "@/components/quote/citation-list";
import { ReferencePage } from "@/components/site/simple-page";
import { CaseNames } from "@/components/ui/case-names";
import { getContent } from "@/lib/content";
import { sitePageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";

export function generateMetadata(): Promise<Metadata> {
  return sitePageMetadata({
    title: "Glossary",
    description: "Plain-English definitions of the legal terms in this explainer: asylum, particular social group, credible fear, the BIA, remand, vacate and more.",
    path: routes.glossary,
    imageName: "glossary",
  });
}

export default async function GlossaryPage() {
  const { glossary, sources, articles } = await getContent();
  const terms = [...glossary.values()].sort((a, b) => a.term.localeCompare(b.term));
  return (
    <ReferencePage
      kicker="Reference"
      title="Glossary"
      intro={<p>The legal terms used on this site, in plain English, each with a source. Terms in the articles link here.</p>}
    >
      <nav aria-label="Terms" className="glossary-index">
        <ul>
          {terms.map((t) => (
            <li key={t.id}>
              <a href={`#${t.id}`}>{t.term}</a>
            </li>
          ))}
        </ul>
      </nav>
      <dl className="glossary-list">
        {terms.map((t) => {
          const usedIn = articles.filter((a) => a.termUses.some((u) => u.id === t.id));
          return (
            <div key={t.id} id={t.id} className="glossary-entry target-mark">
              <dt>
                {t.term}
                {t.aka.length > 0 ? <span className="glossary-aka"> (also: {t.aka.join(", ")})</span> : null}
              </dt>
              <dd>
                <p>
                  <CaseNames text={t.definition} />
                </p>
                <p className="glossary-meta">
                  <CitationList ids={t.sources} sources={sources} />
                </p>
                {t.related.length > 0 ? (
                  <p className="glossary-meta">
                    Related:{" "}
                    {t.related.map((id, i) => (
                      <span key={id}>
                        {i > 0 ? ", " : null}
                        <a href={`#${id}`}>{glossary.get(id)!.term}</a>
                      </span>
                    ))}
                  </p>
                ) : null}
                {usedIn.length > 0 ? (
                  <p className="glossary-meta">
                    Used in:{" "}
                    {usedIn.map((a, i) => (
                      <span key={a.slug}>
                        {i > 0 ? "; " : null}
                        <a href={`${routes.article(a.slug)}#${a.termUses.find((u) => u.id === t.id)!.anchor}`}>
                          <CaseNames text={a.title} />
                        </a>
                      </span>
                    ))}
                  </p>
                ) : null}
              </dd>
            </div>
          );
        })}
      </dl>
    </ReferencePage>
  );
}
