import type { Metadata } from "next";
import { ReferencePage } from "@/components/site/simple-page";
import { CaseNames } from "@/components/ui/case-names";
import { BULLETS, META, SECTION_TITLE } from "@/components/ui/styles";
import { getContent, type Source } from "@/lib/content";
import { sourceBacklinks } from "@/lib/content/backlinks";
import { formatDate } from "@/lib/format";
import { metadataFor } from "@/lib/metadata";
import { anchors, routes, sourceAnchor } from "@/lib/routes";

export function generateMetadata(): Promise<Metadata> {
  return metadataFor(routes.sources);
}

const KIND_LABELS: Record<Source["kind"], string> = {
  decision: "Decision",
  order: "Order",
  speech: "Speech",
  "press-release": "Press release",
  statement: "Statement",
  news: "News report",
  "op-ed": "Opinion article",
  editorial: "Editorial",
  analysis: "Analysis",
  interview: "Interview",
  regulation: "Law or regulation",
  "court-opinion": "Court opinion",
  "court-filing": "Court filing",
};

export default async function SourcesPage() {
  const content = await getContent();
  const backlinks = sourceBacklinks(content);
  const all = [...content.sources.values()].sort(
    (a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999") || a.publisher.localeCompare(b.publisher),
  );
  const groups: [string, string, Source[]][] = [
    [anchors.sources.primary, "Primary sources", all.filter((s) => s.primary)],
    [anchors.sources.secondary, "Secondary sources: reporting and analysis", all.filter((s) => !s.primary)],
  ];
  return (
    <ReferencePage
      kicker="Reference"
      title="Sources"
      intro={
        <p>
          All {all.length} documents we rely on, oldest first, each with the pages and quotes that cite it. Primary
          sources are the decisions, orders, laws, speeches and statements themselves; secondary sources report on or
          analyse them. Where we read a copy on another site, it says so. A title in [brackets] is our description: no
          headline was recorded.
        </p>
      }
    >
      {groups.map(([id, label, list]) => (
        <section key={id} aria-labelledby={id}>
          <h2 id={id} className={SECTION_TITLE}>
            {label} ({list.length})
          </h2>
          <ol className="mt-8 grid gap-6">
            {list.map((s) => (
              <li key={s.id} id={sourceAnchor(s.id)} className="source-entry target-mark">
                <p className="font-semibold">
                  <a href={s.url} rel="noopener noreferrer" className="source-link">
                    {s.titleSupplied ? `[${s.title}]` : <CaseNames text={s.title} />}
                  </a>
                </p>
                <p className={META}>
                  {s.publisher} · {s.date ? <time dateTime={s.date}>{formatDate(s.date)}</time> : "undated"} ·{" "}
                  {KIND_LABELS[s.kind]} · {s.primary ? "primary" : "secondary"}
                  {s.via ? ` · copy via ${s.via}` : ""}
                  {s.archiveUrl ? (
                    <>
                      {" "}
                      · <a href={s.archiveUrl}>archived copy</a>
                    </>
                  ) : null}
                </p>
                {s.notes ? <p className={META}>{s.notes}</p> : null}
                <details className="source-backlinks mt-1.5 font-sans text-xs" data-pagefind-ignore>
                  <summary className="cursor-pointer text-accent">
                    Cited in {backlinks.get(s.id)!.length} place{backlinks.get(s.id)!.length === 1 ? "" : "s"}
                  </summary>
                  <ul className={`mt-[0.3rem] ${BULLETS}`}>
                    {backlinks.get(s.id)!.map((b) => (
                      <li key={b.href}>
                        <a href={b.href}>
                          <CaseNames text={b.label} />
                        </a>
                      </li>
                    ))}
                  </ul>
                </details>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </ReferencePage>
  );
}
