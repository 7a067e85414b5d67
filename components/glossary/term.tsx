import type { ReactNode } from "react";
import type { GlossaryTerm } from "@/lib/content";
import { routes } from "@/lib/routes";
import { CaseNames } from "@/components/ui/case-names";

/**
 * A glossary term in the text. Without JavaScript it is a plain link to its glossary entry. With
 * /js/enhance.js its definition (already in the page, as the link's description) opens on hover, focus
 * and tap, stays open while the pointer is over it, and closes with Escape (WCAG 2.2, 1.4.13).
 */
export function Term({ term, anchor, children }: { term: GlossaryTerm; anchor: string; children: ReactNode }) {
  const tipId = `${anchor}-definition`;
  return (
    <span className="term-wrap relative" id={anchor}>
      <a href={routes.glossaryTerm(term.id)} className="term" data-term={term.id} aria-describedby={tipId}>
        {children}
      </a>
      <span role="tooltip" id={tipId} className="term-tip" hidden>
        <strong>{term.term}:</strong> <CaseNames text={term.definition} />{" "}
        <span className="whitespace-nowrap text-muted">More in the glossary</span>
      </span>
    </span>
  );
}
