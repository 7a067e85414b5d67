/**
 * Fitting text into the quote cards (components/quote/card-image.tsx) without measuring it: pure functions that
 * estimate widths from a conservative per-character table, wrap the way a browser does (greedy, at spaces),
 * and pick the largest font size whose wrapped text fits the box. The quote is never shortened: if it cannot
 * fit at the smallest allowed size, `layoutCard` throws and the build stops. A translated edition's card also
 * prints our translation below the words; only the translation may be shortened, visibly (see fitWithTranslation).
 *
 * The cards are drawn by next/og with its bundled font, Geist Regular, without kerning (lib/card-font.ts), and
 * its renderer (Satori) lays lines out by summing each character's advance width. Every width below is an
 * upper bound of Geist's advance width for the characters in its class (tests/unit/card-fit.test.ts checks
 * this against the font file), so an estimated line is never narrower than the real one. The renderer can also break after
 * hyphens and dashes; we only break at spaces. Both make the real text take at most as many lines as we
 * estimate (a greedy wrap with narrower glyphs and more break points always stays ahead).
 */

export type CardSize = "1200x630" | "1080x1080";

export const CARD_SIZES: Record<CardSize, { width: number; height: number }> = {
  "1200x630": { width: 1200, height: 630 },
  "1080x1080": { width: 1080, height: 1080 },
};

export const cardSizes = Object.keys(CARD_SIZES) as CardSize[];

// Upper bounds in em (Geist Regular's widest member of each class, rounded up, plus about 2%).
const SPACE = 0.26; // Geist 0.250
const NARROW = new Set([..."iIjl.,:;!'’‘|()"]); // ≤ 0.297
const NARROW_EM = 0.31;
const SLIM = new Set([...'frt1"“”[]{}*`^/\\-']); // ≤ 0.480 ("/")
const SLIM_EM = 0.49;
const WIDE = new Set([..."mwMW@%—"]); // ≤ 0.945 ("W")
const WIDE_EM = 0.96;
const UPPER_EM = 0.76; // other capitals ≤ 0.743 ("N")
const OTHER_EM = 0.68; // other lowercase, digits, punctuation ≤ 0.663 ("0")
const UNKNOWN_EM = 1.0; // anything outside printable ASCII that is not an accented Latin letter

/** Conservative advance width of one character, in em. */
export function charWidthEm(ch: string): number {
  if (ch === " ") return SPACE;
  if (NARROW.has(ch)) return NARROW_EM;
  if (SLIM.has(ch)) return SLIM_EM;
  if (WIDE.has(ch)) return WIDE_EM;
  if (ch === "…" || ch === "–") return OTHER_EM;
  if (ch >= "A" && ch <= "Z") return UPPER_EM;
  if (ch.charCodeAt(0) <= 0x7e) return OTHER_EM;
  // é → e: an accented Latin letter is as wide as its base letter in Geist.
  const base = ch.normalize("NFD")[0];
  if (base !== ch && /^[A-Za-z]$/.test(base)) return charWidthEm(base);
  return UNKNOWN_EM;
}

/** Conservative width of a string at `fontSize` px (no letter spacing). */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charWidthEm(ch);
  return em * fontSize;
}

/**
 * Greedy word wrap at spaces, as the renderer does. A word wider than the whole box is broken between characters,
 * as the renderer does with `word-break: break-word` (card-image.tsx sets it): it starts on a line of its own and
 * fills lines character by character. Returns the lines, and whether every line fits (always, once words break;
 * kept for callers that must know).
 */
export function wrapText(text: string, fontSize: number, maxWidth: number): { lines: string[]; fits: boolean } {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let fits = true;
  let line = "";
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
    if (line === word && textWidth(word, fontSize) > maxWidth) {
      // An unbroken string longer than the line: break it into pieces that fit.
      let piece = "";
      for (const ch of word) {
        if (piece && textWidth(piece + ch, fontSize) > maxWidth) {
          lines.push(piece);
          piece = ch;
        } else piece += ch;
      }
      line = piece;
    }
    if (textWidth(line, fontSize) > maxWidth) fits = false;
  }
  if (line) lines.push(line);
  return { lines, fits };
}

/** A wrapped text block: `fits` is false when one word alone is wider than the box. */
export type TextBlock = { fontSize: number; lineHeight: number; lines: number; height: number; fits: boolean };

/** Height of `text` set at `fontSize` with unitless `lineHeight` in a box `maxWidth` wide. */
export function measureBlock(text: string, fontSize: number, lineHeight: number, maxWidth: number): TextBlock {
  const { lines, fits } = wrapText(text, fontSize, maxWidth);
  return { fontSize, lineHeight, lines: lines.length, height: lines.length * fontSize * lineHeight, fits };
}

export type FitOptions = {
  /** Largest and smallest font size to try, in px. */
  maxSize: number;
  minSize: number;
  /** Unitless line height. */
  lineHeight: number;
};

/**
 * The largest whole-pixel font size, from `maxSize` down to `minSize`, at which `text` wraps into the box
 * without a line wider than `width` or a total height above `height`. Null when none does.
 */
export function fitFontSize(
  text: string,
  box: { width: number; height: number },
  options: FitOptions,
): TextBlock | null {
  for (let size = Math.floor(options.maxSize); size >= options.minSize; size--) {
    const block = measureBlock(text, size, options.lineHeight, box.width);
    if (block.fits && block.height <= box.height) return block;
  }
  return null;
}

/** Everything the card shows, as plain strings. */
export type CardText = {
  /** The quote's exact words; the card adds typographic quotation marks around them. */
  quote: string;
  speaker: string;
  role: string;
  /** "June 11, 2018 · Source: U.S. Department of Justice" */
  meta: string;
  siteName: string;
  label: string | null;
  /** A translated edition's card: our translation, printed below the original words and labelled as ours. */
  translation?: CardTranslation | null;
};

/** Our translation of the words, as a translated edition's card prints it. */
export type CardTranslation = {
  /** Our translation (the card adds the edition's quotation marks: `marks`). */
  text: string;
  marks: readonly [open: string, close: string];
  /** "Our translation" in the edition's language. */
  label: string;
  /** The label when only the start of the translation fits (the card then ends it with "…"). */
  shortenedLabel: string;
};

/** Fixed type scale and spacing per card size (px). */
export const CARD_STYLE: Record<
  CardSize,
  {
    padX: number;
    padTop: number;
    padBottom: number;
    headerSize: number;
    labelSize: number;
    ruleGap: number;
    ruleHeight: number;
    headerGap: number;
    quoteMax: number;
    quoteMin: number;
    quoteLineHeight: number;
    footerGap: number;
    speakerSize: number;
    metaSize: number;
    metaLineHeight: number;
    speakerGap: number;
  }
> = {
  "1200x630": {
    padX: 72,
    padTop: 48,
    padBottom: 48,
    headerSize: 22,
    labelSize: 19,
    ruleGap: 14,
    ruleHeight: 3,
    headerGap: 30,
    quoteMax: 58,
    quoteMin: 20,
    quoteLineHeight: 1.3,
    footerGap: 26,
    speakerSize: 26,
    metaSize: 20,
    metaLineHeight: 1.35,
    speakerGap: 6,
  },
  "1080x1080": {
    padX: 80,
    padTop: 72,
    padBottom: 72,
    headerSize: 26,
    labelSize: 22,
    ruleGap: 18,
    ruleHeight: 4,
    headerGap: 44,
    quoteMax: 72,
    quoteMin: 24,
    quoteLineHeight: 1.3,
    footerGap: 40,
    speakerSize: 32,
    metaSize: 24,
    metaLineHeight: 1.35,
    speakerGap: 8,
  },
};

/** The label box's padding (em, each side) and border (px): shared with the component. */
export const LABEL_PAD_Y_EM = 0.3;
export const LABEL_PAD_X_EM = 0.6;
export const LABEL_BORDER = 2;
/** Least space between the site name and the label, px. */
const HEADER_MIN_GAP = 24;

/** Header row height: the site name line, or the label box if taller. */
export function headerHeight(size: CardSize): number {
  const s = CARD_STYLE[size];
  const label = s.labelSize * (1.25 + 2 * LABEL_PAD_Y_EM) + 2 * LABEL_BORDER;
  return Math.ceil(Math.max(s.headerSize * 1.25, label));
}

/** Estimated width of the header row's contents (site name, and the label box if any), px. */
export function headerWidth(size: CardSize, siteName: string, label: string | null): number {
  const s = CARD_STYLE[size];
  const name = textWidth(siteName, s.headerSize);
  if (!label) return name;
  return name + HEADER_MIN_GAP + textWidth(label, s.labelSize) + 2 * LABEL_PAD_X_EM * s.labelSize + 2 * LABEL_BORDER;
}

/** The translation under the original words: its label, then our words in the edition's quotation marks. */
export type TranslationLayout = {
  label: string;
  labelSize: number;
  /** Space above the label (after the original words) and between the label and the translation, px. */
  gap: number;
  labelGap: number;
  /** The translation as drawn, quotation marks included; ends in "…" when `shortened`. */
  text: string;
  block: TextBlock;
  shortened: boolean;
};

/** The translation is set this much smaller than the original words (never below the card's smallest quote size). */
export const TRANSLATION_SCALE = 0.8;

export type CardLayout = {
  size: CardSize;
  width: number;
  height: number;
  style: (typeof CARD_STYLE)[CardSize];
  contentWidth: number;
  header: number;
  /** The box the quote must fit in (the renderer gets exactly this height). */
  quoteBox: { width: number; height: number };
  quote: TextBlock;
  /** The quote as drawn: the exact words inside “ ”. The opening mark hangs in the left margin. */
  quoteText: string;
  speaker: TextBlock;
  role: TextBlock;
  meta: TextBlock;
  footer: number;
  /** On a translated edition's card: our translation, below the quote inside the same box. */
  translation: TranslationLayout | null;
};

/** The quote as the card prints it: exact words between typographic quotation marks. */
export const quoted = (text: string) => `“${text}”`;

/**
 * Lays out one card: fixed header and footer (their wrapped heights estimated like the quote's), and the
 * largest quote size that fits the space left. Throws if the quote cannot fit at the smallest size.
 */
export function layoutCard(size: CardSize, text: CardText): CardLayout {
  const { width, height } = CARD_SIZES[size];
  const s = CARD_STYLE[size];
  const contentWidth = width - 2 * s.padX;

  const speaker = measureBlock(text.speaker, s.speakerSize, 1.25, contentWidth);
  const role = measureBlock(text.role, s.metaSize, s.metaLineHeight, contentWidth);
  const meta = measureBlock(text.meta, s.metaSize, s.metaLineHeight, contentWidth);
  const footer = Math.ceil(speaker.height + s.speakerGap + role.height + meta.height);
  const header = headerHeight(size);
  if (headerWidth(size, text.siteName, text.label) > contentWidth)
    throw new Error(`Quote card ${size}: the site name and label do not fit on one line`);

  const quoteBox = {
    width: contentWidth,
    height: Math.floor(
      height - s.padTop - s.padBottom - header - s.ruleGap - s.ruleHeight - s.headerGap - s.footerGap - footer,
    ),
  };
  // The opening mark hangs outside the box, so only the closing mark counts toward the width.
  const quoteText = quoted(text.quote);
  const options = { maxSize: s.quoteMax, minSize: s.quoteMin, lineHeight: s.quoteLineHeight };
  const fitted = text.translation
    ? fitWithTranslation(quoteText.slice(1), text.translation, quoteBox, options, s)
    : { quote: fitFontSize(quoteText.slice(1), quoteBox, options), translation: null };
  const { quote, translation } = fitted;
  if (!quote)
    throw new Error(
      `Quote card ${size}: ${text.quote.length} characters do not fit in ${quoteBox.width}×${quoteBox.height} px at ` +
        `${s.quoteMin} px or more. Shorten nothing: give the card more room or a smaller minimum size.`,
    );
  return {
    size,
    width,
    height,
    style: s,
    contentWidth,
    header,
    quoteBox,
    quote,
    quoteText,
    speaker,
    role,
    meta,
    footer,
    translation,
  };
}

/**
 * The original words and our translation in one box. Both are set as large as they fit together (the translation
 * at TRANSLATION_SCALE of the quote's size, never below the smallest quote size). When they do not fit together
 * even at the smallest size, the original words stay whole at that size and only our translation is shortened: it
 * keeps as many whole lines as the box has left, ends in "…" and takes the shortened label, so the card says so.
 * The original words are never shortened; when they do not fit alone, the quote is null (layoutCard throws).
 */
function fitWithTranslation(
  drawn: string,
  tr: CardTranslation,
  box: { width: number; height: number },
  options: FitOptions,
  s: (typeof CARD_STYLE)[CardSize],
): { quote: TextBlock | null; translation: TranslationLayout | null } {
  const [open, close] = tr.marks;
  const labelSize = s.metaSize;
  const gap = Math.round(s.footerGap * 0.75);
  const labelGap = s.speakerGap;
  const labelHeight = labelSize * 1.25;
  const fixed = gap + labelHeight + labelGap;
  const full = `${open}${tr.text}${close}`;
  const layout = (text: string, block: TextBlock, shortened: boolean): TranslationLayout => ({
    label: shortened ? tr.shortenedLabel : tr.label,
    labelSize,
    gap,
    labelGap,
    text,
    block,
    shortened,
  });
  if (textWidth(tr.label, labelSize) > box.width || textWidth(tr.shortenedLabel, labelSize) > box.width)
    throw new Error("Quote card: the translation's label does not fit on one line");

  for (let size = Math.floor(options.maxSize); size >= options.minSize; size--) {
    const quote = measureBlock(drawn, size, options.lineHeight, box.width);
    const trSize = Math.max(options.minSize, Math.round(size * TRANSLATION_SCALE));
    const translation = measureBlock(full, trSize, options.lineHeight, box.width);
    if (quote.fits && translation.fits && quote.height + fixed + translation.height <= box.height)
      return { quote, translation: layout(full, translation, false) };
  }

  // Not both in full: the original whole at the smallest size, then as much of our translation as fits.
  const size = options.minSize;
  const quote = measureBlock(drawn, size, options.lineHeight, box.width);
  if (!quote.fits || quote.height > box.height) return { quote: null, translation: null };
  const lineHeightPx = size * options.lineHeight;
  const lines = Math.floor((box.height - quote.height - fixed) / lineHeightPx);
  if (lines < 1)
    throw new Error(
      `Quote card: the original words fill the card and leave no line for the translation (${box.width}×${box.height} px)`,
    );
  const text = shortenToLines(`${open}${tr.text}`, `\u2026${close}`, size, box.width, lines);
  return { quote, translation: layout(text, measureBlock(text, size, options.lineHeight, box.width), true) };
}

/**
 * The start of `text` that wraps into at most `lines` lines with `end` ("…»") after it: whole words only, and
 * no punctuation or space left dangling before the ellipsis.
 */
export function shortenToLines(text: string, end: string, fontSize: number, width: number, lines: number): string {
  let words = wrapText(text, fontSize, width).lines.slice(0, lines).join(" ").split(" ");
  const candidate = () => `${words.join(" ").replace(/[\s,;:.\u2014-]+$/, "")}${end}`;
  while (words.length > 1 && wrapText(candidate(), fontSize, width).lines.length > lines) words = words.slice(0, -1);
  return candidate();
}
