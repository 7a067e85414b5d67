import type { Quote, Source } from "@/lib/content";
import {
  CARD_SIZES,
  cardSizes,
  LABEL_BORDER,
  LABEL_PAD_X_EM,
  LABEL_PAD_Y_EM,
  layoutCard,
  type CardSize,
  type CardText,
} from "@/lib/card-fit";
import { CARD_FONT_NAME } from "@/lib/card-font";
import { designTokens } from "@/lib/design-tokens";
import { formatDate, type Lang } from "@/lib/i18n";
import { ui } from "@/lib/i18n/strings";

/** The site's light palette, from the design tokens (app/tokens.css): next/og needs literal colours. */
export const CARD_COLORS = designTokens().light;

/** Quotes of up to this many (estimated) lines get balanced line lengths. */
const BALANCE_MAX_LINES = 5;

type Props = {
  quote: Quote;
  source: Source;
  siteName: string;
  width: number;
  height: number;
  /** The card's edition (English by default). */
  lang?: Lang;
  /** Our translation of the words, on a translated edition's card (printed below the original, labelled). */
  translation?: string;
};

/** The strings a card prints, from the quote record (in a translated edition, with our translation). */
export function cardText({
  quote,
  source,
  siteName,
  lang = "en",
  translation,
}: Pick<Props, "quote" | "source" | "siteName" | "lang" | "translation">): CardText {
  const { quote: t, site } = ui(lang);
  return {
    quote: quote.text,
    speaker: quote.speaker,
    role: quote.role,
    meta: `${formatDate(quote.date, lang)} · ${t.card.source} ${source.publisher}`,
    siteName,
    label: quote.verification === "partly-confirmed" ? site.badges.partly : null,
    translation: translation
      ? { text: translation, marks: t.card.marks, label: t.translation, shortenedLabel: t.card.translationShortened }
      : null,
  };
}

function cardSize(width: number, height: number): CardSize {
  const size = cardSizes.find((s) => CARD_SIZES[s].width === width && CARD_SIZES[s].height === height);
  if (!size) throw new Error(`No quote card layout for ${width}×${height}`);
  return size;
}

/**
 * A quote's share card, drawn by next/og (Satori): the exact words, who said them, when, the source and the
 * site's name; on a translated edition's card, our translation too, labelled, below the words. Sizes come from lib/card-fit.ts, which picks the largest quote size that fits the box; every
 * element with more than one child is a flex box, as Satori requires.
 */
export function CardImage({ quote, source, siteName, width, height, lang, translation }: Props) {
  const text = cardText({ quote, source, siteName, lang, translation });
  const layout = layoutCard(cardSize(width, height), text);
  const s = layout.style;
  const q = layout.quote;
  const tr = layout.translation;
  const hang = Math.round(q.fontSize * 0.42);

  return (
    <div
      style={{
        width,
        height,
        display: "flex",
        flexDirection: "column",
        // An unbroken string longer than a line breaks between characters, as lib/card-fit.ts estimates.
        wordBreak: "break-word",
        padding: `${s.padTop}px ${s.padX}px ${s.padBottom}px`,
        backgroundColor: CARD_COLORS.paper,
        color: CARD_COLORS.ink,
        fontFamily: CARD_FONT_NAME,
      }}
    >
      <div
        style={{
          display: "flex",
          alignItems: "center",
          justifyContent: "space-between",
          height: layout.header,
          fontSize: s.headerSize,
          lineHeight: 1.25,
        }}
      >
        <div style={{ display: "flex" }}>{text.siteName}</div>
        {text.label ? (
          <div
            style={{
              display: "flex",
              fontSize: s.labelSize,
              lineHeight: 1.25,
              color: CARD_COLORS.accent,
              border: `${LABEL_BORDER}px solid ${CARD_COLORS.accent}`,
              borderRadius: 4,
              padding: `${LABEL_PAD_Y_EM}em ${LABEL_PAD_X_EM}em`,
            }}
          >
            {text.label}
          </div>
        ) : null}
      </div>
      <div
        style={{
          display: "flex",
          marginTop: s.ruleGap,
          height: s.ruleHeight,
          width: layout.contentWidth,
          backgroundColor: CARD_COLORS.accent,
        }}
      />
      {/* The quote and its attribution stay together, centred in the space below the rule. The box is as tall
          as the largest quote the layout allows plus the footer, so the quote never pushes the footer out. */}
      <div
        style={{
          display: "flex",
          flexDirection: "column",
          justifyContent: "center",
          marginTop: s.headerGap,
          height: layout.quoteBox.height + s.footerGap + layout.footer,
          width: layout.contentWidth,
        }}
      >
        <div style={{ display: "flex", position: "relative", fontSize: q.fontSize, lineHeight: q.lineHeight }}>
          <div style={{ display: "flex", position: "absolute", left: -hang, top: 0 }}>“</div>
          <div
            style={{
              display: "flex",
              width: layout.quoteBox.width,
              // Evens out short quotes' lines (no one-word last line); never adds a line.
              textWrap: q.lines <= BALANCE_MAX_LINES ? "balance" : "wrap",
            }}
          >
            {layout.quoteText.slice(1)}
          </div>
        </div>
        {tr ? (
          // Our translation, labelled as ours, below the original words (never instead of them).
          <div style={{ display: "flex", flexDirection: "column", marginTop: tr.gap }}>
            <div style={{ display: "flex", fontSize: tr.labelSize, lineHeight: 1.25, color: CARD_COLORS.accent }}>
              {tr.label}
            </div>
            <div
              style={{
                display: "flex",
                marginTop: tr.labelGap,
                width: layout.quoteBox.width,
                fontSize: tr.block.fontSize,
                lineHeight: tr.block.lineHeight,
                color: CARD_COLORS.muted,
                // A shortened translation fills its lines as estimated; a whole one is balanced like the quote.
                textWrap: !tr.shortened && tr.block.lines <= BALANCE_MAX_LINES ? "balance" : "wrap",
              }}
            >
              {tr.text}
            </div>
          </div>
        ) : null}
        <div style={{ display: "flex", flexDirection: "column", marginTop: s.footerGap }}>
          <div style={{ display: "flex", fontSize: s.speakerSize, lineHeight: 1.25 }}>{text.speaker}</div>
          <div
            style={{
              display: "flex",
              flexDirection: "column",
              marginTop: s.speakerGap,
              fontSize: s.metaSize,
              lineHeight: s.metaLineHeight,
              color: CARD_COLORS.muted,
            }}
          >
            <div style={{ display: "flex" }}>{text.role}</div>
            <div style={{ display: "flex" }}>{text.meta}</div>
          </div>
        </div>
      </div>
    </div>
  );
}
