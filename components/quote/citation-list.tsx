import type { Source } from "@/lib/content";
import { Citation } from "./citation";

/** "Source: …" or "Sources: …; …", each a full citation. */
export function CitationList({ ids, sources }: { ids: string[]; sources: Map<string, Source> }) {
  return (
    <span className="source-refs" data-pagefind-ignore>
      {ids.length === 1 ? "Source" : "Sources"}:{" "}
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 ? "; " : null}
          <Citation source={sources.get(id)!} />
        </span>
      ))}
    </span>
  );
}
