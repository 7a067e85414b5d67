import type { Source } from "@/lib/content";
import { formatDate, type Lang } from "@/lib/i18n";
import { ui } from "@/lib/i18n/strings";

/** Publisher, "Title" (linked), date — the citation style of ../shared/guides/editorial.md. */
export function Citation({ source, pinpoint, lang }: { source: Source; pinpoint?: string; lang: Lang }) {
  const t = ui(lang).site.citation;
  const title = source.titleSupplied ? `[${source.title}]` : source.title;
  return (
    <span className="wrap-anywhere">
      {source.publisher},{" "}
      <a href={source.url} rel="noopener noreferrer" className="source-link">
        {source.titleSupplied ? title : <cite>{title}</cite>}
      </a>
      {source.date ? <>, {formatDate(source.date, lang)}</> : `, ${t.undated}`}
      {pinpoint ? <>, {pinpoint}</> : null}
      {source.via ? <> ({t.via(source.via)})</> : null}
    </span>
  );
}
