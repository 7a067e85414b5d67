import { SiteFrame } from "@/components/layout/site-frame";
import { VerificationBadge } from "@/components/quote/verification-badge";
import { DEK, H2, H3, KICKER, PAGE_FRAME, PAGE_TITLE, QUOTE_MARKS } from "@/components/ui/styles";
import { getContent, type Quote } from "@/lib/content";
import { formatDate, type Lang } from "@/lib/i18n";
import { ui } from "@/lib/i18n/strings";
import { anchors, routesFor } from "@/lib/routes";
import { speakerAnchor } from "@/lib/site/model";

const STANCES: Quote["stance"][] = ["supports", "criticizes", "neutral"];

/**
 * The quote registry of an edition: every quotation grouped by stance and speaker, each in its original words
 * (in a translated edition marked lang="en" and followed by our labelled translation), with a link to its page.
 */
export async function QuoteIndexPage({ lang }: { lang: Lang }) {
  const content = await getContent(lang);
  const { quotes, sources } = content;
  const routes = routesFor(lang);
  const { quote: t } = ui(lang);
  const [open, close] = t.card.marks;
  const all = [...quotes.values()];
  const groups = STANCES.map((stance) => {
    const inStance = all.filter((q) => q.stance === stance);
    const speakers = [...new Set(inStance.map((q) => q.speaker))].sort((a, b) => a.localeCompare(b));
    return {
      stance,
      label: t.index.stances[stance],
      count: inStance.length,
      speakers: speakers.map((speaker) => ({
        speaker,
        id: speakerAnchor(content, speaker),
        quotes: inStance.filter((q) => q.speaker === speaker).sort((a, b) => a.date.localeCompare(b.date)),
      })),
    };
  }).filter((g) => g.count > 0);
  const speakerIndex = groups
    .flatMap((g) => g.speakers.map((s) => ({ ...s, stance: g.stance })))
    .sort((a, b) => a.speaker.localeCompare(b.speaker));

  return (
    <SiteFrame path={routes.quotes}>
      <div className={PAGE_FRAME}>
        <p className={KICKER}>{t.index.kicker}</p>
        <h1 className={PAGE_TITLE}>{t.index.title}</h1>
        <p className={DEK}>{t.index.dek}</p>

        <nav
          aria-label={t.index.filter}
          className="font-sans print:hidden [&_h2]:mt-5 [&_h2]:mb-[0.4rem] [&_h2]:font-bold [&_h2]:tracking-[0.05em] [&_h2]:text-muted [&_h2]:uppercase [&_ul]:flex [&_ul]:flex-wrap [&_ul]:gap-x-4 [&_ul]:gap-y-[0.4rem] [&_ul]:text-sm"
        >
          <h2 id={anchors.quotes.byStance}>{t.index.byStance}</h2>
          <ul>
            {groups.map((g) => (
              <li key={g.stance}>
                <a href={`#stance-${g.stance}`}>
                  {g.label} ({g.count})
                </a>
              </li>
            ))}
          </ul>
          <h2 id={anchors.quotes.bySpeaker}>{t.index.bySpeaker}</h2>
          <ul className="speaker-filter">
            {speakerIndex.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`}>
                  {s.speaker} ({s.quotes.length})
                </a>
              </li>
            ))}
          </ul>
        </nav>

        {groups.map((g) => (
          <section key={g.stance} aria-labelledby={`stance-${g.stance}`} className="stance-group">
            <h2 id={anchors.quotes.stance(g.stance)} className={`target-mark border-t-2 border-ink pt-4 ${H2}`}>
              {g.label}
            </h2>
            {g.speakers.map((s) => (
              <section key={s.id} aria-labelledby={s.id}>
                <h3 id={s.id} className={`target-mark ${H3}`}>
                  {s.speaker}
                </h3>
                <ul className="quote-list grid gap-4">
                  {s.quotes.map((q) => {
                    const translation = content.quoteTranslations?.get(q.id);
                    return (
                      <li key={q.id} id={`q-${q.id}`} className="border-l-3 border-rule pl-[0.9rem]">
                        <blockquote cite={sources.get(q.sourceId)!.url} lang={lang === "en" ? undefined : "en"}>
                          <p className={QUOTE_MARKS}>{q.text}</p>
                        </blockquote>
                        {translation ? (
                          <p className="quote-translation mt-[0.3rem]">
                            <span className="font-sans text-sm font-[650] text-muted">{t.translation}:</span> {open}
                            {translation}
                            {close}
                          </p>
                        ) : null}
                        <p className="mt-[0.3rem] font-sans text-sm text-muted">
                          {q.role} · <time dateTime={q.date}>{formatDate(q.date, lang)}</time>{" "}
                          <VerificationBadge quote={q} lang={lang} /> · {sources.get(q.sourceId)!.publisher} ·{" "}
                          <a href={routes.quote(q.id)}>
                            {t.index.more}
                            <span className="sr-only">
                              : {q.speaker}, {formatDate(q.date, lang)}
                            </span>
                          </a>
                        </p>
                      </li>
                    );
                  })}
                </ul>
              </section>
            ))}
          </section>
        ))}
      </div>
    </SiteFrame>
  );
}
