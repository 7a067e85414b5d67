import type { Quote } from "@/lib/content";
import type { Lang } from "@/lib/i18n";
import { ui } from "@/lib/i18n/strings";
import { routesFor } from "@/lib/routes";

/**
 * A short visible label on quotes we could only partly confirm. It links to what the label means
 * (/methods#partly-confirmed); the explanation for this quote is real text (the quote's note) printed with it
 * in the sidebar and on the quote page, and its `title` here, on hover.
 */
export function VerificationBadge({ quote, lang }: { quote: Quote; lang: Lang }) {
  if (quote.verification !== "partly-confirmed") return null;
  const t = ui(lang);
  return (
    <a
      href={routesFor(lang).methodsSection("partly-confirmed")}
      className="verification-badge inline-block rounded-[3px] bg-warn-bg px-[0.4em] font-sans text-2xs font-[650] whitespace-nowrap text-warn"
      title={quote.note ?? t.article.badge.partlyTitle}
    >
      {t.site.badges.partly}
    </a>
  );
}
