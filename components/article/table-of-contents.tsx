import type { Article } from "@/lib/content";
import type { Lang } from "@/lib/i18n";
import { ui } from "@/lib/i18n/strings";
import { CaseNames } from "@/components/ui/case-names";

function TocList({ toc }: { toc: Article["toc"] }) {
  return (
    <ol className="grid gap-[0.15rem]">
      {toc.map((entry) => (
        <li key={entry.id}>
          <a
            href={`#${entry.id}`}
            data-toc-link={entry.id}
            className={`block border-l-2 border-rule py-[0.3rem] pr-2 leading-[1.35] text-muted no-underline hover:text-ink aria-[current=location]:border-l-accent aria-[current=location]:font-[650] aria-[current=location]:text-ink ${entry.depth === 3 ? "pl-5 text-[0.95em]" : "pl-2"}`}
          >
            <CaseNames text={entry.text} />
          </a>
        </li>
      ))}
    </ol>
  );
}

/** In the left margin on wide screens; sticks while the article scrolls. */
export function TocAside({ toc, lang }: { toc: Article["toc"]; lang: Lang }) {
  const t = ui(lang).article.toc;
  return (
    <nav
      className="toc-aside sticky top-[calc(var(--header-h)+1.5rem)] hidden max-h-[calc(100vh-var(--header-h)-3rem)] self-start overflow-y-auto font-sans text-sm xl:block print:hidden!"
      aria-label={t.aside}
    >
      <p className="mb-2 text-2xs font-bold tracking-[0.06em] text-muted uppercase">{t.aside}</p>
      <TocList toc={toc} />
    </nav>
  );
}

/** At the top of the article on narrower screens: collapsed, works without JavaScript. */
export function TocDisclosure({ toc, lang }: { toc: Article["toc"]; lang: Lang }) {
  const t = ui(lang).article.toc;
  return (
    <details className="toc-disclosure my-6 rounded-md border border-rule bg-panel font-sans text-ui xl:hidden print:hidden">
      <summary className="min-h-11 cursor-pointer px-4 py-3 font-[650]">{t.contents}</summary>
      <nav aria-label={t.contents} className="px-4 pb-4">
        <TocList toc={toc} />
      </nav>
    </details>
  );
}
