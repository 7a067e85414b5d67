import { anchors } from "@/lib/routes";
import type { Source } from "@/lib/content";
import type { Lang } from "@/lib/i18n";
import { ui } from "@/lib/i18n/strings";
import { Citation } from "@/components/quote/citation";
import { SectionHeading } from "./heading";

/** The documents the article's own prose relies on (quotes carry their sources in the sidebar). */
export function SourceList({ sources, lang }: { sources: Source[]; lang: Lang }) {
  if (sources.length === 0) return null;
  const t = ui(lang).article.sources;
  const primary = sources.filter((s) => s.primary);
  const secondary = sources.filter((s) => !s.primary);
  const groups: [string, string, Source[]][] = [
    [anchors.article.sourcesPrimary, t.primary, primary],
    [anchors.article.sourcesSecondary, t.secondary, secondary],
  ];
  return (
    <section className="source-list mt-12 font-sans text-sm leading-normal" aria-labelledby={anchors.article.sources}>
      <SectionHeading
        level={2}
        id={anchors.article.sources}
        text={t.title}
        lang={lang}
        className="border-t border-rule pt-6 font-serif text-2xl font-bold"
      />
      {groups.map(([id, label, list]) =>
        list.length > 0 ? (
          <div key={id}>
            <SectionHeading level={3} id={id} text={label} lang={lang} className="mt-4 font-[650]" />
            <ul className="mt-2 grid list-disc gap-2 pl-[1.1rem]">
              {list.map((s) => (
                <li key={s.id}>
                  <Citation source={s} lang={lang} />
                </li>
              ))}
            </ul>
          </div>
        ) : null,
      )}
    </section>
  );
}
