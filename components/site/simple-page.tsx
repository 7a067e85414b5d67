import type { ReactNode } from "react";

/** The frame of the reference pages: kicker, title, introduction, then the content. */
export function ReferencePage({ kicker, title, intro, children }: { kicker: string; title: string; intro: ReactNode; children: ReactNode }) {
  return (
    <div className="reference-page">
      <p className="kicker">{kicker}</p>
      <h1>{title}</h1>
      <div className="dek">{intro}</div>
      {children}
    </div>
  );
}

export function SourceRefs({ ids, children }: { ids: string[]; children: (id: string) => ReactNode }) {
  return (
    <span className="source-refs">
      {ids.length === 1 ? "Source" : "Sources"}:{" "}
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 ? "; " : null}
          {children(id)}
        </span>
      ))}
    </span>
  );
}
