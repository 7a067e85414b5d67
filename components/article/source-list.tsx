import { anchors } from "@/lib/routes";
import type { Source } from "@/lib/content";
import { Citation } from "@/components/quote/citation";
import { SectionHeading } from "./heading";

/** The documents the article's own prose relies on (quotes carry their sources in the sidebar). */
export function SourceList({ sources }: { sources: Source[] }) {
  if (sources.length === 0) return null;
  const primary = sources.filter((s) => s.primary);
  const secondary = sources.filter((s) => !s.primary);
  const groups: [string, string, Source[]][] = [
    [anchors.article.sourcesPrimary, "Primary documents", primary],
    [anchors.article.sourcesSecondary, "Reporting and analysis", secondary],
  ];
  return (
    <section className="source-list mt-12 font-sans text-sm leading-normal" aria-labelledby={anchors.article.sources}>
      <SectionHeading
        level={2}
        id={anchors.article.sources}
        text="Sources for this article"
        className="border-t border-rule pt-6 font-serif text-2xl font-bold"
      />
      {groups.map(([id, label, list]) =>
        list.length > 0 ? (
          <div key={label}>
            <SectionHeading level={3} id={id} text={label} className="mt-4 font-[650]" />
            <ul className="mt-2 grid list-disc gap-2 pl-[1.1rem]">
              {list.map((s) => (
                <li key={s.id}>
                  <Citation source={s} />
                </li>
              ))}
            </ul>
          </div>
        ) : null,
      )}
    </section>
  );
}
