import { Figure } from "@/components/figures/figure";
import { SiteFrame } from "@/components/layout/site-frame";
import { CitationList } from "@/components/quote/citation-list";
import { ReferencePage } from "@/components/site/simple-page";
import { CaseNames } from "@/components/ui/case-names";
import { META } from "@/components/ui/styles";
import { getContent } from "@/lib/content";
import type { Lang } from "@/lib/i18n";
import { ui } from "@/lib/i18n/strings";
import { routesFor } from "@/lib/routes";
import { pageFor } from "@/lib/site/model";

/**
 * An English term as it reads in running text: "Particular social group" → "particular social group"; names
 * ("Convention Against Torture", "U.S. Citizenship and Immigration Services") keep their capitals.
 */
function inText(term: string | undefined): string | undefined {
  if (!term) return term;
  const [first, ...rest] = term.split(" ");
  const common = /^[A-Z][a-z]/.test(first) && rest.every((word) => !/^[A-Z]/.test(word));
  return common ? term.charAt(0).toLowerCase() + term.slice(1) : term;
}

/**
 * The glossary of an edition, in alphabetical order of its terms. In a translated edition each term also gives
 * the English name a reader meets in U.S. documents (`content.englishTerms`); ids are the same in every edition.
 */
export async function GlossaryPage({ lang }: { lang: Lang }) {
  const content = await getContent(lang);
  const { glossary, sources, articles, englishTerms, model } = content;
  const routes = routesFor(lang);
  const t = ui(lang).reference;
  const terms = [...glossary.values()].sort((a, b) =>
    lang === "en" ? a.term.localeCompare(b.term) : a.term.localeCompare(b.term, lang),
  );
  return (
    <SiteFrame path={routes.glossary}>
      <ReferencePage
        kicker={t.kickers.reference}
        title={pageFor(model, routes.glossary).title}
        intro={<p>{t.glossary.intro}</p>}
      >
        <nav aria-label={t.glossary.nav}>
          <ul className="mt-5 flex flex-wrap gap-x-[0.9rem] gap-y-[0.3rem] font-sans text-sm">
            {terms.map((term) => (
              <li key={term.id}>
                <a href={`#${term.id}`}>{term.term}</a>
              </li>
            ))}
          </ul>
        </nav>
        <dl className="mt-8 grid gap-6">
          {terms.map((term) => {
            const usedIn = articles.filter((a) => a.termUses.some((u) => u.id === term.id));
            const english = lang === "en" ? undefined : inText(englishTerms?.get(term.id));
            return (
              <div key={term.id} id={term.id} className="glossary-entry target-mark">
                <dt className="text-xl font-bold">
                  {term.term}
                  {english ? (
                    <span className="glossary-english font-normal">
                      {" — "}
                      <span className="sr-only">{t.glossary.inEnglish} </span>
                      <span lang="en">{english}</span>
                    </span>
                  ) : null}
                  {term.aka.length > 0 ? (
                    <span className="text-sm font-normal text-muted">{t.glossary.also(term.aka.join(", "))}</span>
                  ) : null}
                </dt>
                <dd className="mt-1">
                  <p>
                    <CaseNames text={term.definition} />
                  </p>
                  <p className={META}>
                    <CitationList ids={term.sources} sources={sources} lang={lang} />
                  </p>
                  {term.related.length > 0 ? (
                    <p className={META}>
                      {t.glossary.related}:{" "}
                      {term.related.map((id, i) => (
                        <span key={id}>
                          {i > 0 ? ", " : null}
                          <a href={`#${id}`}>{glossary.get(id)!.term}</a>
                        </span>
                      ))}
                    </p>
                  ) : null}
                  {usedIn.length > 0 ? (
                    <p className={META}>
                      {t.glossary.usedIn}:{" "}
                      {usedIn.map((a, i) => (
                        <span key={a.slug}>
                          {i > 0 ? "; " : null}
                          <a href={`${routes.article(a.slug)}#${a.termUses.find((u) => u.id === term.id)!.anchor}`}>
                            <CaseNames text={a.title} />
                          </a>
                        </span>
                      ))}
                    </p>
                  ) : null}
                  {term.figure ? <Figure id={term.figure} content={content} lang={lang} /> : null}
                </dd>
              </div>
            );
          })}
        </dl>
      </ReferencePage>
    </SiteFrame>
  );
}
