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
        Copy link
      </button>
    </Tag>
  );
}
