import type { Metadata } from "next";
import { ReferencePage } from "@/components/site/simple-page";
import { CaseNames } from "@/components/ui/case-names";
import { getContent } from "@/lib/content";
import { formatDate } from "@/lib/format";
import { metadataFor } from "@/lib/metadata";
import { anchors, routes } from "@/lib/routes";
import { pageFor } from "@/lib/site/model";

export function generateMetadata(): Promise<Metadata> {
  return metadataFor(routes.corrections);
}

export default async function CorrectionsPage() {
  const { articles, site, model } = await getContent();
  // Articles' corrections and those of other pages (site.yaml), newest first, each linked to where it is shown.
  const all = [
    ...articles.flatMap((a) => a.corrections.map((c) => ({ ...c, href: routes.article(a.slug), title: a.title }))),
    ...site.pageCorrections.map((c) => ({ ...c, href: c.page, title: pageFor(model, c.page).title })),
  ].sort((x, y) => y.date.localeCompare(x.date));
  return (
    <ReferencePage
      kicker="Standards"
      title="Corrections and clarifications"
      intro={
        <p>
          When we change a fact, a date, a quotation or a name, we say so at the top of the article (or page), with the
          date, and list it here; the <a href={routes.feed}>feed</a> carries each one too. Typo fixes are not listed.
        </p>
      }
    >
      {all.length === 0 ? (
        <p className="no-corrections">No corrections or clarifications have been made so far.</p>
      ) : (
        <ol className="corrections-list mt-8 grid gap-6">
          {all.map((c, i) => (
            <li key={`${c.href}-${c.date}-${i}`}>
              <p>
                <time dateTime={c.date}>{formatDate(c.date)}</time> ·{" "}
                {c.type === "correction" ? "Correction" : "Clarification"} ·{" "}
                <a href={`${c.href}#${anchors.article.corrections}`}>
                  <CaseNames text={c.title} />
                </a>
              </p>
              <p>{c.text}</p>
            </li>
          ))}
        </ol>
      )}
    </ReferencePage>
  );
}
