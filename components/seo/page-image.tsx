import { fitFontSize, wrapText } from "@/lib/card-fit";
import { CARD_FONT_NAME } from "@/lib/card-font";
import { CARD_COLORS } from "@/components/quote/card-image";
import { getContent } from "@/lib/content";
import type { Lang } from "@/lib/i18n";
import type { ShareCard } from "@/lib/site/model";

export const PAGE_IMAGE = { width: 1200, height: 630 } as const;
const PAD = 72;

type Props = {
  kicker: string;
  title: string;
  summary: string;
  siteName: string;
  /** The page's edition (English by default). */
  lang?: Lang;
};

/**
 * The link-preview image of an article or a site page (1200×630): title, one-line summary, site name.
 * Sizes come from the same fit function as the quote cards, so a long title shrinks instead of overflowing.
 *
 * A translated edition's text is set in the very lines the fit computed (breaks at spaces only): left to itself the
 * renderer breaks a line inside a hyphenated case name ("A-R-C-" / "G-"), which the longer Spanish titles run
 * into. The English cards keep the renderer's own breaks, as they have always been drawn.
 */
export function PageImage({ kicker, title, summary, siteName, lang = "en" }: Props) {
  const width = PAGE_IMAGE.width - 2 * PAD;
  const titleBlock = fitFontSize(title, { width, height: 230 }, { maxSize: 76, minSize: 36, lineHeight: 1.15 });
  const summaryBlock = fitFontSize(summary, { width, height: 130 }, { maxSize: 34, minSize: 20, lineHeight: 1.35 });
  if (!titleBlock || !summaryBlock) throw new Error(`Page image text does not fit: ${title}`);
  const setLines = lang !== "en";
  const lines = (text: string, fontSize: number) =>
    setLines ? wrapText(text, fontSize, width).lines.join("\n") : text;
  const pre = setLines ? ({ whiteSpace: "pre-line" } as const) : {};
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
            ...pre,
          }}
        >
          {lines(title, titleBlock.fontSize)}
        </div>
        <div
          style={{
            marginTop: 24,
            fontSize: summaryBlock.fontSize,
            lineHeight: summaryBlock.lineHeight,
            color: CARD_COLORS.muted,
            ...pre,
          }}
        >
          {lines(summary, summaryBlock.fontSize)}
        </div>
      </div>
      <div style={{ display: "flex", alignItems: "center", fontSize: 26, color: CARD_COLORS.accent }}>
        <div style={{ width: 40, height: 4, background: CARD_COLORS.accent, marginRight: 16 }} />
        {siteName}
      </div>
    </div>
  );
}

/**
 * The drawn link-preview images of an edition's pages, by file name ("timeline.png"): every page of that edition
 * in the site model with a share card. The edition's og route (/og/<file>, /es/og/<file>) draws them.
 */
export async function shareCards(lang: Lang): Promise<Map<string, ShareCard>> {
  const { model } = await getContent(lang);
  return new Map(
    model.pages.flatMap((p) =>
      p.lang === lang && p.image?.card && p.image.name ? [[`${p.image.name}.png`, p.image.card] as const] : [],
    ),
  );
}
