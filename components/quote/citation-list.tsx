import type { Source } from "@/lib/content";
import type { Lang } from "@/lib/i18n";
import { ui } from "@/lib/i18n/strings";
import { Citation } from "./citation";

/** "Source: …" or "Sources: …; …", each a full citation. */
export function CitationList({ ids, sources, lang }: { ids: string[]; sources: Map<string, Source>; lang: Lang }) {
  return (
    <span className="source-refs" data-pagefind-ignore>
      {ui(lang).site.sourcesLabel(ids.length)}:{" "}
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 ? "; " : null}
          <Citation source={sources.get(id)!} lang={lang} />
        </span>
      ))}
    </span>
  );
}
