import type { Quote, Source } from "@/lib/content";
import { formatDate, type Lang } from "@/lib/i18n";
import { ui } from "@/lib/i18n/strings";
import { anchors, citeAnchor } from "@/lib/routes";
import { QUOTE_MARKS } from "@/components/ui/styles";
import { SectionHeading } from "@/components/article/heading";
import { Citation } from "./citation";
import { VerificationBadge } from "./verification-badge";

/** `translation`: in a translated edition, our translation of the quote's words. */
type Entry = { quote: Quote; source: Source; firstAnchor: string; translation?: string };

/**
 * The printed sidebar's "Endnotes:" prefix, in the page's language. Written out as whole class names because
 * Tailwind only generates the classes it finds literally in the source.
 */
const ENDNOTES: Record<Lang, string> = {
  en: "print:before:content-['Endnotes:_']",
  es: "print:before:content-['Notas_finales:_']",
};

/** Every quote the article uses, in reading order, each with its full source. */
export function QuoteSidebar({ entries, lang }: { entries: Entry[]; lang: Lang }) {
  const t = ui(lang).article;
  return (
    <aside
      className="quote-sidebar mt-12 min-w-0 border-t-2 border-ink pt-6 font-sans lg:mt-0 lg:border-t-0 lg:border-l lg:border-rule lg:pt-0 lg:pl-6 print:mt-8! print:break-before-page print:border-0! print:border-t! print:border-ink! print:px-0! print:pt-4!"
      aria-labelledby={anchors.article.sidebar}
    >
      <SectionHeading
        level={2}
        id={anchors.article.sidebar}
        text={t.sidebar.title}
        lang={lang}
        className={`sidebar-title font-serif text-2xl font-bold ${ENDNOTES[lang]}`}
      />
      <p className="mt-[0.35rem] text-sm leading-normal text-muted">{t.sidebar.intro}</p>
      <ol className="mt-4 grid gap-5">
        {entries.map(({ quote, source, firstAnchor, translation }, i) => (
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
            <blockquote cite={source.url} lang={lang === "en" ? undefined : "en"} className="sidebar-quote">
              <p className={`font-serif text-base leading-normal ${QUOTE_MARKS}`}>{quote.text}</p>
            </blockquote>
            {translation ? (
              <p className="sidebar-translation font-serif text-base leading-normal">
                <span className="font-sans text-xs font-[650]">{t.quote.translation}:</span> «{translation}»
              </p>
            ) : null}
            <p className="sidebar-meta">
              <span className="font-[650] text-ink">{quote.speaker}</span> · {quote.role} ·{" "}
              <time dateTime={quote.date}>{formatDate(quote.date, lang)}</time>
            </p>
            <p className="sidebar-source">
              {t.sidebar.source} <Citation source={source} pinpoint={quote.pinpoint} lang={lang} />
            </p>
            {quote.verification === "partly-confirmed" ? (
              <p className="text-xs">
                <VerificationBadge quote={quote} lang={lang} /> {quote.note}
              </p>
            ) : quote.note ? (
              <p className="text-xs">{quote.note}</p>
            ) : null}
            <p className="sidebar-back text-xs print:hidden">
              <a href={`#${firstAnchor}`}>
                {t.sidebar.back}
                <span className="sr-only">{t.sidebar.backLabel(quote.speaker, i + 1)}</span> ↑
              </a>
            </p>
          </li>
        ))}
      </ol>
    </aside>
  );
}
