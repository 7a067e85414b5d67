import { anchors } from "@/lib/routes";
import type { Correction } from "@/lib/content";
import { formatDate } from "@/lib/format";
import { SectionHeading } from "./heading";

/** Dated corrections and clarifications, shown at the top of the article. */
export function CorrectionsNotice({ corrections }: { corrections: Correction[] }) {
  if (corrections.length === 0) return null;
  return (
    <section
      data-pagefind-ignore
      className="my-6 border border-l-4 border-rule border-l-accent p-4 font-sans text-sm"
      aria-labelledby={anchors.article.corrections}
    >
      <SectionHeading
        level={2}
        id={anchors.article.corrections}
        text="Corrections and clarifications"
        className="mb-2 font-bold"
      />
      <ul>
        {corrections.map((c) => (
          <li key={`${c.date}-${c.text}`}>
            <strong>
              {c.type === "correction" ? "Correction" : "Clarification"},{" "}
              <time dateTime={c.date}>{formatDate(c.date)}</time>:
            </strong>{" "}
            {c.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
