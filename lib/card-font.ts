/**
 * The quote cards' font: Geist Regular, the font next/og draws with by default, read from Next's own copy so
 * nothing is downloaded or vendored. We pass it explicitly, for two reasons:
 *  - lib/card-fit.ts estimates widths from Geist's metrics; naming the file pins the font the estimate is
 *    checked against (tests/unit/card-fit.test.ts reads the same file).
 *  - Satori (next/og's renderer) lays a line out with un-kerned glyph widths but draws each word kerned and
 *    with ligatures, so every word containing a kerning pair ("refugee", "Attorney") leaves a visibly wider
 *    gap after it. With the font's GPOS and GSUB tables hidden, layout and drawing agree and word spacing is
 *    even. Geist's glyphs and advance widths are unchanged.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

export const CARD_FONT_FILE = path.join(
  process.cwd(),
  "node_modules",
  "next",
  "dist",
  "compiled",
  "@vercel",
  "og",
  "Geist-Regular.ttf",
);

export const CARD_FONT_NAME = "Geist";

/**
 * A copy of an OpenType/TrueType font whose GPOS and GSUB tables are renamed (to "xPOS"/"xSUB"), so that
 * renderers ignore kerning and ligatures. Throws if `font` is not an sfnt file.
 */
export function withoutKerningAndLigatures(font: Uint8Array): Uint8Array {
  const out = new Uint8Array(font);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const version = view.getUint32(0);
  if (version !== 0x00010000 && version !== 0x4f54544f /* OTTO */)
    throw new Error("Card font: not a TrueType/OpenType file (woff and woff2 are not supported here)");
  const tables = view.getUint16(4);
  for (let i = 0; i < tables; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(out[at], out[at + 1], out[at + 2], out[at + 3]);
    if (tag === "GPOS" || tag === "GSUB") out[at] = "x".charCodeAt(0);
  }
  return out;
}

type CardFont = { name: string; data: ArrayBuffer; weight: 400; style: "normal" };
let cached: CardFont[] | undefined;

/**
 * The `fonts` option for `new ImageResponse(...)`. Always the same array: Satori caches parsed fonts by the
 * array's identity, so a new array per card would re-parse the font for every image.
 */
export function cardFonts(): CardFont[] {
  if (!cached) {
    const bytes = withoutKerningAndLigatures(readFileSync(CARD_FONT_FILE));
    const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    cached = [{ name: CARD_FONT_NAME, data, weight: 400, style: "normal" }];
  }
  return cached;
}
