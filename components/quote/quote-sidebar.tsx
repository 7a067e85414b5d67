import type { Quote, Source } from "@/lib/content";
import { formatDate } from "@/lib/format";
import { citeAnchor } from "@/lib/routes";
import { Citation } from "./citation";
import { VerificationBadge } from "./verification-badge";

type Entry = { quote: Quote; source: Source; firstAnchor: string };

/** Every quote the article uses, in reading order, each with its full source. */
export function QuoteSidebar({ entries }: { entries: Entry[] }) {
  return (
    <aside className="quote-sidebar" aria-labelledby="quote-sidebar-title">
      <h2 id="quote-sidebar-title" className="sidebar-title">
        Quotes and sources
      </h2>
      <p className="sidebar-intro">
        Every quotation in this article, in the order it appears, with who said it, when, and where it was
        published. Numbers match the marks in the text.
      </p>
      <ol className="sidebar-list">
        {entries.map(({ quote, source, firstAnchor }, i) => (
          <li key={quote.id} id={citeAnchor(quote.id)} className="sidebar-entry target-mark" data-quote-id={quote.id}>
            <span className="sidebar-number" aria-hidden="true">
              {i + 1}
            </span>
            <blockquote cite={source.url} className="sidebar-quote">
              <p>{quote.text}</p>
            </blockquote>
            <p className="sidebar-meta">
              <span className="speaker">{quote.speaker}</span> · {quote.role} ·{" "}
              <time dateTime={quote.date}>{formatDate(quote.date)}</time>
            </p>
            <p className="sidebar-source">
              Source: <Citation source={source} pinpoint={quote.pinpoint} />
            </p>
            {quote.verification === "partly-confirmed" ? (
              <p className="sidebar-note">
                <VerificationBadge quote={quote} /> {quote.note}
              </p>
            ) : quote.note ? (
              <p className="sidebar-note">{quote.note}</p>
            ) : null}
            <p className="sidebar-back">
              <a href={`#${firstAnchor}`}>
                Back to the text<span className="sr-only">: {quote.speaker}, quote {i + 1}</span> ↑
              </a>
            </p>
          </li>
        ))}
      </ol>
    </aside>
  );
}
