import type { ReactNode } from "react";
import { CaseNames } from "@/components/ui/case-names";

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

/** A labelled list of links to places on this site ("Discussed in: Article — Section; …"). */
export function InternalLinks({ label, links }: { label: string; links: { href: string; text: string }[] }) {
  if (links.length === 0) return null;
  return (
    <p className="internal-links">
      {label}:{" "}
      {links.map((l, i) => (
        <span key={l.href}>
          {i > 0 ? "; " : null}
          <a href={l.href}>
            <CaseNames text={l.text} />
          </a>
        </span>
      ))}
    </p>
  );
}
