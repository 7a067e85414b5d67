import { fitFontSize } from "@/lib/card-fit";
import { CARD_FONT_NAME } from "@/lib/card-font";
import { CARD_COLORS } from "@/components/quote/card-image";

export const PAGE_IMAGE = { width: 1200, height: 630 } as const;
const PAD = 72;

type Props = { kicker: string; title: string; summary: string; siteName: string };

/**
 * The link-preview image of an article or a site page (1200×630): title, one-line summary, site name.
 * Sizes come from the same fit function as the quote cards, so a long title shrinks instead of overflowing.
 */
export function PageImage({ kicker, title, summary, siteName }: Props) {
  const width = PAGE_IMAGE.width - 2 * PAD;
  const titleBlock = fitFontSize(title, { width, height: 230 }, { maxSize: 76, minSize: 36, lineHeight: 1.15 });
  const summaryBlock = fitFontSize(summary, { width, height: 130 }, { maxSize: 34, minSize: 20, lineHeight: 1.35 });
  if (!titleBlock || !summaryBlock) throw new Error(`Page image text does not fit: ${title}`);
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: PAD,
        background: CARD_COLORS.paper,
        color: CARD_COLORS.ink,
        fontFamily: CARD_FONT_NAME,
        borderTop: `14px solid ${CARD_COLORS.accent}`,
      }}
    >
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ fontSize: 24, color: CARD_COLORS.muted, letterSpacing: 2, textTransform: "uppercase" }}>
          {kicker}
        </div>
        <div
          style={{
            marginTop: 24,
            fontSize: titleBlock.fontSize,
            lineHeight: titleBlock.lineHeight,
            color: CARD_COLORS.ink,
          }}
        >
          {title}
        </div>
        <div
          style={{
            marginTop: 24,
            fontSize: summaryBlock.fontSize,
            lineHeight: summaryBlock.lineHeight,
            color: CARD_COLORS.muted,
          }}
        >
          {summary}
        </div>
      </div>
      <div style={{ display: "flex", alignItems: "center", fontSize: 26, color: CARD_COLORS.accent }}>
        <div style={{ width: 40, height: 4, background: CARD_COLORS.accent, marginRight: 16 }} />
        {siteName}
      </div>
    </div>
  );
}
