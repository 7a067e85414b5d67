import type { Metadata } from "next";
import { DEK, H2, H3, KICKER, PAGE_FRAME, PAGE_TITLE, QUOTE_MARKS } from "@/components/ui/styles";
import { VerificationBadge } from "@/components/quote/verification-badge";
import { getContent, type Quote } from "@/lib/content";
import { formatDate } from "@/lib/format";
import { metadataFor } from "@/lib/metadata";
import { anchors, routes } from "@/lib/routes";

export function generateMetadata(): Promise<Metadata> {
  return metadataFor(routes.quotes);
}

const STANCES: { stance: Quote["stance"]; label: string }[] = [
  { stance: "supports", label: "Defending the ruling" },
  { stance: "criticizes", label: "Criticizing the ruling" },
  { stance: "neutral", label: "Neither (reporting, the 2014 Board, process)" },
];

export default async function QuotesIndex() {
  const { quotes, sources } = await getContent();
  const all = [...quotes.values()];
  const groups = STANCES.map(({ stance, label }) => {
    const inStance = all.filter((q) => q.stance === stance);
    const speakers = [...new Set(inStance.map((q) => q.speaker))].sort((a, b) => a.localeCompare(b));
    return {
      stance,
      label,
      count: inStance.length,
      speakers: speakers.map((speaker) => ({
        speaker,
        id: anchors.quotes.speaker(speaker),
        quotes: inStance.filter((q) => q.speaker === speaker).sort((a, b) => a.date.localeCompare(b.date)),
      })),
    };
  }).filter((g) => g.count > 0);
  const speakerIndex = groups
    .flatMap((g) => g.speakers.map((s) => ({ ...s, stance: g.stance })))
    .sort((a, b) => a.speaker.localeCompare(b.speaker));

  return (
    <div className={PAGE_FRAME}>
      <p className={KICKER}>The registry</p>
      <h1 className={PAGE_TITLE}>All quotes</h1>
      <p className={DEK}>
        Every quotation on this site, in the speaker&apos;s exact words, with who said it, when, and where it was
        published. Each has its own page with context, the full citation, and code to embed it.
      </p>

      <nav
        aria-label="Filter quotes"
        className="font-sans print:hidden [&_h2]:mt-5 [&_h2]:mb-[0.4rem] [&_h2]:font-bold [&_h2]:tracking-[0.05em] [&_h2]:text-muted [&_h2]:uppercase [&_ul]:flex [&_ul]:flex-wrap [&_ul]:gap-x-4 [&_ul]:gap-y-[0.4rem] [&_ul]:text-sm"
      >
        <h2 id={anchors.quotes.byStance}>By stance</h2>
        <ul>
          {groups.map((g) => (
            <li key={g.stance}>
              <a href={`#stance-${g.stance}`}>
                {g.label} ({g.count})
              </a>
            </li>
          ))}
        </ul>
        <h2 id={anchors.quotes.bySpeaker}>By speaker</h2>
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
                {s.quotes.map((q) => (
                  <li key={q.id} id={`q-${q.id}`} className="border-l-3 border-rule pl-[0.9rem]">
                    <blockquote cite={sources.get(q.sourceId)!.url}>
                      <p className={QUOTE_MARKS}>{q.text}</p>
                    </blockquote>
                    <p className="mt-[0.3rem] font-sans text-sm text-muted">
                      {q.role} · <time dateTime={q.date}>{formatDate(q.date)}</time> <VerificationBadge quote={q} /> ·{" "}
                      {sources.get(q.sourceId)!.publisher} ·{" "}
                      <a href={routes.quote(q.id)}>
                        Context, source and embed
                        <span className="sr-only">
                          : {q.speaker}, {formatDate(q.date)}
                        </span>
                      </a>
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </div>
  );
}
