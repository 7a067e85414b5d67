import type { Quote } from "@/lib/content";

/**
 * A short visible label on quotes we could only partly confirm. The explanation is real text (the
 * quote's note) right after it, so it is available on hover, on focus and with no pointer at all.
 */
export function VerificationBadge({ quote }: { quote: Quote }) {
  if (quote.verification !== "partly-confirmed") return null;
  return (
    <span
      className="verification-badge"
      title={quote.note ?? "Only part of this quotation could be confirmed in the sources we checked."}
    >
      Partly confirmed
    </span>
  );
}
