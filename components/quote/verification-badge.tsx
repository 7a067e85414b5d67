import type { Quote } from "@/lib/content";
import { routes } from "@/lib/routes";

/**
 * A short visible label on quotes we could only partly confirm. It links to what the label means
 * (/methods#partly-confirmed); the explanation for this quote is real text (the quote's note) printed with it
 * in the sidebar and on the quote page, and its `title` here, on hover.
 */
export function VerificationBadge({ quote }: { quote: Quote }) {
  if (quote.verification !== "partly-confirmed") return null;
  return (
    <a
      href={routes.methodsSection("partly-confirmed")}
      className="verification-badge inline-block rounded-[3px] bg-warn-bg px-[0.4em] font-sans text-2xs font-[650] whitespace-nowrap text-warn"
      title={quote.note ?? "Only part of this quotation could be confirmed in the sources we checked."}
    >
      Partly confirmed
    </a>
  );
}
