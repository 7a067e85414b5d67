import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cardText } from "@/components/quote/card-image";
import {
  CARD_SIZES,
  CARD_STYLE,
  cardSizes,
  charWidthEm,
  fitFontSize,
  headerHeight,
  layoutCard,
  quoted,
  textWidth,
  wrapText,
  type CardSize,
  type CardText,
} from "@/lib/card-fit";
import { CARD_FONT_FILE, withoutKerningAndLigatures } from "@/lib/card-font";
import { loadContent, type Content } from "@/lib/content/load";

/** Advance widths (em) straight from the TrueType file: cmap format 4 → glyph id → hmtx. */
function readAdvanceWidths(bytes: Uint8Array) {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, number>();
  for (let i = 0; i < dv.getUint16(4); i++) {
    const at = 12 + i * 16;
    tables.set(String.fromCharCode(...bytes.subarray(at, at + 4)), dv.getUint32(at + 8));
  }
  const table = (tag: string) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`font has no ${tag} table`);
    return offset;
  };
  const unitsPerEm = dv.getUint16(table("head") + 18);
  const longMetrics = dv.getUint16(table("hhea") + 34);
  const hmtx = table("hmtx");
  const cmap = table("cmap");
  let sub = -1;
  for (let i = 0; i < dv.getUint16(cmap + 2); i++) {
    const platform = dv.getUint16(cmap + 4 + i * 8);
    const encoding = dv.getUint16(cmap + 6 + i * 8);
    const offset = cmap + dv.getUint32(cmap + 8 + i * 8);
    if (platform === 3 && encoding === 1 && dv.getUint16(offset) === 4) sub = offset;
  }
  if (sub < 0) throw new Error("font has no Unicode BMP cmap (format 4)");
  const segX2 = dv.getUint16(sub + 6);
  const ends = sub + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  const glyphOf = (code: number) => {
    for (let s = 0; s < segX2 / 2; s++) {
      if (code > dv.getUint16(ends + 2 * s)) continue;
      const start = dv.getUint16(starts + 2 * s);
      if (code < start) return 0;
      const delta = dv.getInt16(deltas + 2 * s);
      const ro = dv.getUint16(rangeOffsets + 2 * s);
      if (ro === 0) return (code + delta) & 0xffff;
      const g = dv.getUint16(rangeOffsets + 2 * s + ro + 2 * (code - start));
      return g === 0 ? 0 : (g + delta) & 0xffff;
    }
    return 0;
  };
  /** Advance in em, or null when the font has no glyph for the character. */
  return (ch: string): number | null => {
    const g = glyphOf(ch.codePointAt(0)!);
    if (g === 0) return null;
    return dv.getUint16(hmtx + 4 * Math.min(g, longMetrics - 1)) / unitsPerEm;
  };
}

const font = readFileSync(CARD_FONT_FILE);
const advance = readAdvanceWidths(font);

/** The renderer's own line layout (Satori): greedy, un-kerned advance widths, breaking at spaces. */
function realWrap(text: string, fontSize: number, maxWidth: number) {
  const width = (s: string) => [...s].reduce((sum, ch) => sum + advance(ch)! * fontSize, 0);
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && width(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  lines.push(line);
  return { lines, widest: Math.max(...lines.map(width)) };
}

let content: Content;
let cards: { id: string; text: CardText }[];
beforeAll(async () => {
  content = await loadContent(path.resolve(import.meta.dirname, "../../content"));
  cards = [...content.quotes.values()].map((quote) => ({
    id: quote.id,
    text: cardText({ quote, source: content.sources.get(quote.sourceId)!, siteName: content.site.name }),
  }));
});

describe("glyph-width estimate", () => {
  it("is at least Geist's real advance width for every character any card prints", () => {
    const chars = new Set<string>();
    for (const { text } of cards)
      for (const s of [quoted(text.quote), text.speaker, text.role, text.meta, text.siteName, text.label ?? ""])
        for (const ch of s) chars.add(ch);
    expect(chars.size).toBeGreaterThan(60);
    const tooNarrow: string[] = [];
    for (const ch of chars) {
      const real = advance(ch);
      // A missing glyph would make next/og fetch a fallback font from the network at build time.
      expect(real, `Geist has no glyph for ${JSON.stringify(ch)}`).not.toBeNull();
      if (charWidthEm(ch) < real!) tooNarrow.push(`${ch} ${charWidthEm(ch)} < ${real}`);
    }
    expect(tooNarrow).toEqual([]);
  });

  it("covers all of printable ASCII, and is wide for characters it does not know", () => {
    for (let c = 0x20; c <= 0x7e; c++) {
      const ch = String.fromCharCode(c);
      expect(charWidthEm(ch), ch).toBeGreaterThanOrEqual(advance(ch)!);
    }
    expect(charWidthEm("é")).toBe(charWidthEm("e"));
    expect(charWidthEm("Ω")).toBe(1);
    expect(charWidthEm("中")).toBe(1);
  });

  it("hides only the kerning and ligature tables in the font the cards use", () => {
    const plain = withoutKerningAndLigatures(font);
    expect(plain.length).toBe(font.length);
    const differing = [...plain.keys()].filter((i) => plain[i] !== font[i]);
    expect(differing.map((i) => String.fromCharCode(...plain.subarray(i, i + 4)))).toEqual(["xPOS", "xSUB"]);
    expect(() => withoutKerningAndLigatures(new Uint8Array([0x77, 0x4f, 0x46, 0x32, 0, 0, 0, 0]))).toThrow(/woff/);
  });
});

describe("wrapText", () => {
  it("keeps every word, in order, and breaks only at spaces", () => {
    const text = "one two three four five six seven eight nine ten";
    const { lines, fits } = wrapText(text, 20, 120);
    expect(fits).toBe(true);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe(text);
    for (const line of lines) expect(textWidth(line, 20)).toBeLessThanOrEqual(120);
  });

  it("breaks a word wider than the box between characters, on lines of its own, each within the box", () => {
    const { lines, fits } = wrapText("An Antidisestablishmentarianism word", 40, 200);
    expect(fits).toBe(true);
    expect(lines[0]).toBe("An");
    expect(lines.join("").replace(/\s/g, "")).toBe("AnAntidisestablishmentarianismword");
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(textWidth(line, 40)).toBeLessThanOrEqual(200);
  });
});

describe("fitFontSize", () => {
  const box = { width: 600, height: 200 };
  const options = { maxSize: 60, minSize: 16, lineHeight: 1.3 };

  it("gives a short text the largest size", () => {
    expect(fitFontSize("Short.", box, options)?.fontSize).toBe(60);
  });

  it("never gives a longer text a larger size", () => {
    const words = "the quick brown fox jumps over the lazy dog and keeps on running far away".split(" ");
    let previous = Infinity;
    for (let n = 1; n <= words.length; n++) {
      const size = fitFontSize(words.slice(0, n).join(" "), box, options)!.fontSize;
      expect(size).toBeLessThanOrEqual(previous);
      previous = size;
    }
  });

  it("picks the largest size that fits: one pixel more does not", () => {
    const text = "An alien may suffer threats and violence in a foreign country for any number of reasons.";
    const fit = fitFontSize(text, box, options)!;
    expect(fit.height).toBeLessThanOrEqual(box.height);
    expect(fitFontSize(text, box, { ...options, minSize: fit.fontSize + 1 })).toBeNull();
  });

  it("returns null rather than shrink below the minimum", () => {
    expect(fitFontSize("word ".repeat(400), box, options)).toBeNull();
  });
});

describe.each(cardSizes)("the %s card", (size: CardSize) => {
  const { width, height } = CARD_SIZES[size];
  const s = CARD_STYLE[size];

  it("fits ocampo-reprehensible, the longest quote in the registry, without overflow", () => {
    const longest = [...content.quotes.values()].reduce((a, b) => (b.text.length > a.text.length ? b : a));
    expect(longest.id).toBe("ocampo-reprehensible");
    const { text } = cards.find((c) => c.id === longest.id)!;
    const layout = layoutCard(size, text);
    const { quoteBox, quote } = layout;

    // Every estimated line is within the box's width; together they are within its height.
    const drawn = layout.quoteText.slice(1); // the opening mark hangs in the margin
    const { lines } = wrapText(drawn, quote.fontSize, quoteBox.width);
    expect(lines.join(" ")).toBe(drawn);
    expect(quote.lines).toBe(lines.length);
    for (const line of lines) expect(textWidth(line, quote.fontSize)).toBeLessThanOrEqual(quoteBox.width);
    expect(lines.length * quote.fontSize * quote.lineHeight).toBeLessThanOrEqual(quoteBox.height);
    expect(quote.fontSize).toBeGreaterThanOrEqual(s.quoteMin);

    // With Geist's real widths, as the renderer lays it out, the text takes no more lines and no more width.
    const real = realWrap(drawn, quote.fontSize, quoteBox.width);
    expect(real.lines.length).toBeLessThanOrEqual(lines.length);
    expect(real.widest).toBeLessThanOrEqual(quoteBox.width);

    // The hanging opening mark stays inside the left padding.
    expect(Math.round(quote.fontSize * 0.42)).toBeLessThan(s.padX);

    // Header, rule, quote box and footer add up to no more than the card.
    const used =
      s.padTop +
      headerHeight(size) +
      s.ruleGap +
      s.ruleHeight +
      s.headerGap +
      quoteBox.height +
      s.footerGap +
      layout.footer +
      s.padBottom;
    expect(used).toBeLessThanOrEqual(height);
    expect(quoteBox.width).toBe(width - 2 * s.padX);
  });

  it("fits every quote in the registry, and its speaker, role and source lines", () => {
    for (const { id, text } of cards) {
      const layout = layoutCard(size, text);
      expect(layout.quote.height, id).toBeLessThanOrEqual(layout.quoteBox.height);
      for (const block of [layout.quote, layout.speaker, layout.role, layout.meta]) expect(block.fits, id).toBe(true);
      expect(
        realWrap(layout.quoteText.slice(1), layout.quote.fontSize, layout.quoteBox.width).widest,
        id,
      ).toBeLessThanOrEqual(layout.quoteBox.width);
    }
  });

  it("shows short quotes large and stops the build rather than shrink or cut a quote that cannot fit", () => {
    const short = cards.find((c) => c.id === "markey-death-sentence")!;
    expect(layoutCard(size, short.text).quote.fontSize).toBe(s.quoteMax);
    const huge = { ...short.text, quote: cards.find((c) => c.id === "ocampo-reprehensible")!.text.quote.repeat(4) };
    expect(() => layoutCard(size, huge)).toThrow(/do not fit/);
  });
});
