import type { ReactNode } from "react";
import type { Quote, Source } from "@/lib/content";
import { formatDate, type Lang } from "@/lib/i18n";
import { ui } from "@/lib/i18n/strings";
import { citeAnchor } from "@/lib/routes";
import { VerificationBadge } from "./verification-badge";

type Props = {
  quote: Quote;
  source: Source;
  anchor: string;
  number: number;
  lang: Lang;
  /** In a translated edition: our translation of the words, shown after them and labelled as ours. */
  translation?: string;
};

/**
 * A block quotation in the article body: the exact words, who said them and when, linked to the sidebar. In a
 * translated edition the words stay original (marked lang="en"), followed by our labelled translation.
 */
export function BodyQuote({ quote, source, anchor, number, lang, translation }: Props) {
  const t = ui(lang).article.quote;
  return (
    <figure
      id={anchor}
      className="body-quote target-mark not-prose my-[1.75em] border-l-3 border-accent py-[0.25em] pl-[1.1em] print:break-inside-avoid"
      data-quote-id={quote.id}
    >
      <blockquote cite={source.url} lang={lang === "en" ? undefined : "en"} className="text-[1.05em] leading-[1.55]">
        <p>{quote.text}</p>
      </blockquote>
      {translation ? (
        <p className="quote-translation mt-[0.6em] leading-[1.55]">
          <span className="font-sans text-[0.8em] font-[650] text-muted">{t.translation}:</span> «{translation}»
        </p>
      ) : null}
      <figcaption className="mt-[0.6em] font-sans text-[0.8em] leading-normal text-muted">
        <span className="font-[650] text-ink">{quote.speaker}</span>, {quote.role},{" "}
        <time dateTime={quote.date}>{formatDate(quote.date, lang)}</time>{" "}
        <VerificationBadge quote={quote} lang={lang} />{" "}
        <a
          href={`#${citeAnchor(quote.id)}`}
          className="cite-ref px-[0.1em] font-sans text-[0.75em] no-underline"
          aria-label={t.sourceMark(number, source.publisher)}
        >
          [{number}]
        </a>
      </figcaption>
    </figure>
  );
}

/**
 * An inline quotation: exact words (checked against the record at build time) plus a numbered source mark. In a
 * translated edition the words stay original (lang="en") and our translation of them follows, labelled.
 */
export function InlineQuote({
  quote,
  anchor,
  number,
  lang,
  translation,
  children,
}: Omit<Props, "source"> & { children: ReactNode }) {
  const t = ui(lang).article.quote;
  return (
    <span id={anchor} className="inline-quote target-mark" data-quote-id={quote.id}>
      <q lang={lang === "en" ? undefined : "en"}>{children}</q>
      {translation ? (
        <span className="quote-translation text-muted">
          {" "}
          ({t.inlineTranslation} «{translation}»)
        </span>
      ) : null}
      <sup>
        <a
          href={`#${citeAnchor(quote.id)}`}
          className="cite-ref px-[0.1em] font-sans text-[0.7rem] no-underline"
          aria-label={t.inlineMark(number, quote.speaker, formatDate(quote.date, lang))}
        >
          [{number}]
        </a>
      </sup>
    </span>
  );
}
