import type { Metadata } from "next";
import { Figure } from "@/components/figures/figure";
import { CitationList } from "@/components/quote/citation-list";
import { ReferencePage } from "@/components/site/simple-page";
import { CaseNames } from "@/components/ui/case-names";
import { META } from "@/components/ui/styles";
import { getContent } from "@/lib/content";
import { metadataFor } from "@/lib/metadata";
import { routes } from "@/lib/routes";

export function generateMetadata(): Promise<Metadata> {
  return metadataFor(routes.glossary);
}

export default async function GlossaryPage() {
  const content = await getContent();
  const { glossary, sources, articles } = content;
  const terms = [...glossary.values()].sort((a, b) => a.term.localeCompare(b.term));
  return (
    <ReferencePage
      kicker="Reference"
      title="Glossary"
      intro={
        <p>The legal terms used on this site, in plain English, each with a source. Terms in the articles link here.</p>
      }
    >
      <nav aria-label="Terms">
        <ul className="mt-5 flex flex-wrap gap-x-[0.9rem] gap-y-[0.3rem] font-sans text-sm">
          {terms.map((t) => (
            <li key={t.id}>
              <a href={`#${t.id}`}>{t.term}</a>
            </li>
          ))}
        </ul>
      </nav>
      <dl className="mt-8 grid gap-6">
        {terms.map((t) => {
          const usedIn = articles.filter((a) => a.termUses.some((u) => u.id === t.id));
          return (
            <div key={t.id} id={t.id} className="glossary-entry target-mark">
              <dt className="text-xl font-bold">
                {t.term}
                {t.aka.length > 0 ? (
                  <span className="text-sm font-normal text-muted"> (also: {t.aka.join(", ")})</span>
                ) : null}
              </dt>
              <dd className="mt-1">
                <p>
                  <CaseNames text={t.definition} />
                </p>
                <p className={META}>
                  <CitationList ids={t.sources} sources={sources} />
                </p>
                {t.related.length > 0 ? (
                  <p className={META}>
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
                  <p className={META}>
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
                {t.figure ? <Figure id={t.figure} content={content} /> : null}
              </dd>
            </div>
          );
        })}
      </dl>
    </ReferencePage>
  );
}
