import type { Source } from "@/lib/content";
import { formatDate } from "@/lib/format";

/** Publisher, "Title" (linked), date — the citation style of ../shared/guides/editorial.md. */
export function Citation({ source, pinpoint }: { source: Source; pinpoint?: string }) {
  const title = source.titleSupplied ? `[${source.title}]` : source.title;
  return (
    <span className="wrap-anywhere">
      {source.publisher},{" "}
      <a href={source.url} rel="noopener noreferrer" className="source-link">
        {source.titleSupplied ? title : <cite>{title}</cite>}
      </a>
      {source.date ? <>, {formatDate(source.date)}</> : ", undated"}
      {pinpoint ? <>, {pinpoint}</> : null}
      {source.via ? <> (copy via {source.via})</> : null}
    </span>
  );
}
