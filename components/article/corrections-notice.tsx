import { anchors } from "@/lib/routes";
import type { Correction } from "@/lib/content";
import { formatDate, type Lang } from "@/lib/i18n";
import { ui } from "@/lib/i18n/strings";
import { SectionHeading } from "./heading";

/** Dated corrections and clarifications, shown at the top of the article. */
export function CorrectionsNotice({ corrections, lang }: { corrections: Correction[]; lang: Lang }) {
  if (corrections.length === 0) return null;
  const t = ui(lang).article.corrections;
  return (
    <section
      data-pagefind-ignore
      className="my-6 border border-l-4 border-rule border-l-accent p-4 font-sans text-sm"
      aria-labelledby={anchors.article.corrections}
    >
      <SectionHeading
        level={2}
        id={anchors.article.corrections}
        text={t.title}
        lang={lang}
        className="mb-2 font-bold"
      />
      <ul>
        {corrections.map((c) => (
          <li key={`${c.date}-${c.text}`}>
            <strong>
              {c.type === "correction" ? t.correction : t.clarification},{" "}
              <time dateTime={c.date}>{formatDate(c.date, lang)}</time>:
            </strong>{" "}
            {c.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
