import type { ReactNode } from "react";

type Props = { level: 2 | 3; id: string; text: string; children: ReactNode };

/**
 * A section heading with its explicit id and a `#` permalink that shows on hover and focus without
 * moving the text. The copy-link button is rendered invisible (its space kept); /js/enhance.js reveals
 * it and wires it up, so without JavaScript there is no dead control, nothing shifts when it appears,
 * and the script never adds nodes that React would trip over while hydrating.
 */
export function SectionHeading({ level, id, text, children }: Props) {
  const Tag = level === 2 ? "h2" : "h3";
  return (
    <Tag id={id} className="section-heading target-mark" data-section-title={text}>
      {children}
      <a href={`#${id}`} className="heading-anchor" aria-label={`Link to this section: ${text}`}>
        #
      </a>
      <button type="button" className="copy-link" data-copy-link={id} aria-label={`Copy link to this section: ${text}`}>
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
          <path
            d="M10 14a5 5 0 0 0 7.07 0l3-3a5 5 0 0 0-7.07-7.07l-1.5 1.5M14 10a5 5 0 0 0-7.07 0l-3 3a5 5 0 0 0 7.07 7.07l1.5-1.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          />
        </svg>
        <span className="copy-link-done" aria-hidden="true">
          Copied
        </span>
      </button>
    </Tag>
  );
}
