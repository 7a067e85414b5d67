import type { Quote, Source } from "@/lib/content";
import { formatDate } from "@/lib/format";
import { citeAnchor } from "@/lib/routes";
import { VerificationBadge } from "./verification-badge";

type Props = { quote: Quote; source: Source; anchor: string; number: number };

/** A block quotation in the article body: the exact words, who said them and when, linked to the sidebar. */
export function BodyQuote({ quote, source, anchor, number }: Props) {
  return (
    <figure
      id={anchor}
      className="body-quote target-mark not-prose my-[1.75em] border-l-3 border-accent py-[0.25em] pl-[1.1em] print:break-inside-avoid"
      data-quote-id={quote.id}
    >
      <blockquote cite={source.url} className="text-[1.05em] leading-[1.55]">
        <p>{quote.text}</p>
      </blockquote>
      <figcaption className="mt-[0.6em] font-sans text-[0.8em] leading-normal text-muted">
        <span className="font-[650] text-ink">{quote.speaker}</span>, {quote.role},{" "}
        <time dateTime={quote.date}>{formatDate(quote.date)}</time> <VerificationBadge quote={quote} />{" "}
        <a
          href={`#${citeAnchor(quote.id)}`}
          className="cite-ref px-[0.1em] font-sans text-[0.75em] no-underline"
          aria-label={`Source ${number}: ${source.publisher}`}
        >
          [{number}]
        </a>
      </figcaption>
    </figure>
  );
}

/** An inline quotation: exact words (checked against the record at build time) plus a numbered source mark. */
export function InlineQuote({
  quote,
  anchor,
  number,
  children,
}: Omit<Props, "source"> & { children: React.ReactNode }) {
  return (
    <span id={anchor} className="inline-quote target-mark" data-quote-id={quote.id}>
      <q>{children}</q>
      <sup>
        <a
          href={`#${citeAnchor(quote.id)}`}
          className="cite-ref px-[0.1em] font-sans text-[0.7rem] no-underline"
          aria-label={`Source ${number}: ${quote.speaker}, ${formatDate(quote.date)}`}
        >
          [{number}]
        </a>
      </sup>
    </span>
  );
}
