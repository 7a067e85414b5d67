import type { Source } from "@/lib/content";
import { Citation } from "@/components/quote/citation";

/** The documents the article's own prose relies on (quotes carry their sources in the sidebar). */
export function SourceList({ sources }: { sources: Source[] }) {
  if (sources.length === 0) return null;
  const primary = sources.filter((s) => s.primary);
  const secondary = sources.filter((s) => !s.primary);
  const groups: [string, Source[]][] = [
    ["Primary documents", primary],
    ["Reporting and analysis", secondary],
  ];
  return (
    <section className="source-list mt-12 font-sans text-sm leading-normal" aria-labelledby="sources-title">
      <h2 id="sources-title" className="border-t border-rule pt-6 font-serif text-2xl font-bold">Sources for this article</h2>
      {groups.map(([label, list]) =>
        list.length > 0 ? (
          <div key={label}>
            <h3 className="mt-4 font-[650]">{label}</h3>
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
