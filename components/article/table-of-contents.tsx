import type { Article } from "@/lib/content";
import { CaseNames } from "@/components/ui/case-names";

function TocList({ toc }: { toc: Article["toc"] }) {
  return (
    <ol className="toc-list">
      {toc.map((entry) => (
        <li key={entry.id} className={entry.depth === 3 ? "toc-sub" : undefined}>
          <a href={`#${entry.id}`} data-toc-link={entry.id}>
            <CaseNames text={entry.text} />
          </a>
        </li>
      ))}
    </ol>
  );
}

/** In the left margin on wide screens; sticks while the article scrolls. */
export function TocAside({ toc }: { toc: Article["toc"] }) {
  return (
    <nav className="toc-aside" aria-label="On this page">
      <p className="toc-title">On this page</p>
      <TocList toc={toc} />
    </nav>
  );
}

/** At the top of the article on narrower screens: collapsed, works without JavaScript. */
export function TocDisclosure({ toc }: { toc: Article["toc"] }) {
  return (
    <details className="toc-disclosure">
      <summary>Contents</summary>
      <nav aria-label="Contents">
        <TocList toc={toc} />
      </nav>
    </details>
  );
}
