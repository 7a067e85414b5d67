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
    <section className="source-list" aria-labelledby="sources-title">
      <h2 id="sources-title">Sources for this article</h2>
      {groups.map(([label, list]) =>
        list.length > 0 ? (
          <div key={label}>
            <h3>{label}</h3>
            <ul>
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
