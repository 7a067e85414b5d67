import type { ReactNode } from "react";
import { CaseNames } from "@/components/ui/case-names";
import { DEK, KICKER, META, PAGE_FRAME, PAGE_TITLE } from "@/components/ui/styles";

/** The frame of the reference pages: kicker, title, introduction, then the content. */
export function ReferencePage({
  kicker,
  title,
  intro,
  children,
}: {
  kicker: string;
  title: string;
  intro: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className={PAGE_FRAME}>
      <p className={KICKER}>{kicker}</p>
      <h1 className={PAGE_TITLE}>{title}</h1>
      <div className={`${DEK} [&_p+p]:mt-3`}>{intro}</div>
      {children}
    </div>
  );
}

/** A labelled list of links to places on this site ("Discussed in: Article — Section; …"). */
export function InternalLinks({ label, links }: { label: string; links: { href: string; text: string }[] }) {
  if (links.length === 0) return null;
  return (
    <p className={META} data-pagefind-ignore>
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
