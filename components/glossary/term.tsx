import type { ReactNode } from "react";
import type { GlossaryTerm } from "@/lib/content";
import type { Lang } from "@/lib/i18n";
import { ui } from "@/lib/i18n/strings";
import { routesFor } from "@/lib/routes";
import { CaseNames } from "@/components/ui/case-names";

type Props = {
  term: GlossaryTerm;
  anchor: string;
  lang: Lang;
  /** In a translated edition, the term's English name, given beside the translated one. */
  english?: string;
  children: ReactNode;
};

/**
 * A glossary term in the text. Without JavaScript it is a plain link to its glossary entry. With
 * /js/terms.js its definition (already in the page, as the link's description) opens on hover, focus
 * and tap, stays open while the pointer is over it, and closes with Escape (WCAG 2.2, 1.4.13).
 */
export function Term({ term, anchor, lang, english, children }: Props) {
  const tipId = `${anchor}-definition`;
  return (
    <span className="term-wrap relative" id={anchor}>
      <a href={routesFor(lang).glossaryTerm(term.id)} className="term" data-term={term.id} aria-describedby={tipId}>
        {children}
      </a>
      <span role="tooltip" id={tipId} className="term-tip" hidden>
        {english && english !== term.term ? (
          <>
            <strong>{term.term}</strong> (<span lang="en">{english}</span>):
          </>
        ) : (
          <strong>{term.term}:</strong>
        )}{" "}
        <CaseNames text={term.definition} />{" "}
        <span className="whitespace-nowrap text-muted">{ui(lang).article.term.more}</span>
      </span>
    </span>
  );
}
