import type { Quote, Source } from "@/lib/content";
import { formatDate } from "@/lib/format";
import { anchors, citeAnchor } from "@/lib/routes";
import { QUOTE_MARKS } from "@/components/ui/styles";
import { SectionHeading } from "@/components/article/heading";
import { Citation } from "./citation";
import { VerificationBadge } from "./verification-badge";

type Entry = { quote: Quote; source: Source; firstAnchor: string };

/** Every quote the article uses, in reading order, each with its full source. */
export function QuoteSidebar({ entries }: { entries: Entry[] }) {
  return (
    <aside
      className="quote-sidebar mt-12 min-w-0 border-t-2 border-ink pt-6 font-sans lg:mt-0 lg:border-t-0 lg:border-l lg:border-rule lg:pt-0 lg:pl-6 print:mt-8! print:break-before-page print:border-0! print:border-t! print:border-ink! print:px-0! print:pt-4!"
      aria-labelledby={anchors.article.sidebar}
    >
      <SectionHeading
        level={2}
        id={anchors.article.sidebar}
        text="Quotes and sources"
        className="sidebar-title font-serif text-2xl font-bold print:before:content-['Endnotes:_']"
      />
      <p className="mt-[0.35rem] text-sm leading-normal text-muted">
        Every quotation in this article, in the order it appears, with who said it, when, and where it was published.
        Numbers match the marks in the text.
      </p>
      <ol className="mt-4 grid gap-5">
        {entries.map(({ quote, source, firstAnchor }, i) => (
          <li
            key={quote.id}
            id={citeAnchor(quote.id)}
            className="sidebar-entry target-mark relative border-t border-rule py-3 pl-8 text-sm leading-normal [&>p]:mt-[0.4rem] [&>p]:text-muted"
            data-quote-id={quote.id}
          >
            <span
              className="absolute top-[0.8rem] left-0 inline-grid size-[1.4rem] place-items-center rounded-full border border-rule bg-panel text-2xs font-bold"
              aria-hidden="true"
            >
              {i + 1}
            </span>
            <blockquote cite={source.url} className="sidebar-quote">
              <p className={`font-serif text-base leading-normal ${QUOTE_MARKS}`}>{quote.text}</p>
            </blockquote>
            <p className="sidebar-meta">
              <span className="font-[650] text-ink">{quote.speaker}</span> · {quote.role} ·{" "}
              <time dateTime={quote.date}>{formatDate(quote.date)}</time>
            </p>
            <p className="sidebar-source">
              Source: <Citation source={source} pinpoint={quote.pinpoint} />
            </p>
            {quote.verification === "partly-confirmed" ? (
              <p className="text-xs">
                <VerificationBadge quote={quote} /> {quote.note}
              </p>
            ) : quote.note ? (
              <p className="text-xs">{quote.note}</p>
            ) : null}
            <p className="sidebar-back text-xs print:hidden">
              <a href={`#${firstAnchor}`}>
                Back to the text
                <span className="sr-only">
                  : {quote.speaker}, quote {i + 1}
                </span>{" "}
                ↑
              </a>
            </p>
          </li>
        ))}
      </ol>
    </aside>
  );
}
