import type { ReactNode } from "react";
import type { Lang } from "@/lib/i18n";
import { ui } from "@/lib/i18n/strings";

/** `text` is the heading's plain text (its permalink label); `children`, when given, is its rendered content. */
type Props = { level: 2 | 3; id: string; text: string; lang: Lang; children?: ReactNode; className?: string };

/**
 * A section heading with its explicit id and a `#` permalink that shows on hover and focus without moving the
 * text. `.heading-tools` reserves room for the share/copy button that /js/section-links.js adds, so adding it
 * shifts nothing; without JavaScript there is no dead control, only the working `#` link.
 */
export function SectionHeading({ level, id, text, lang, children, className }: Props) {
  const Tag = level === 2 ? "h2" : "h3";
  return (
    <Tag id={id} className={`section-heading target-mark relative ${className ?? ""}`.trim()} data-section-title={text}>
      {children ?? text}
      <span className="heading-tools">
        <a
          href={`#${id}`}
          className="heading-anchor print:hidden"
          data-pagefind-ignore
          aria-label={ui(lang).article.sectionLink(text)}
        >
          #
        </a>
      </span>
    </Tag>
  );
}
