/**
 * Small helpers for drawing the figures' SVG: time → position, text width estimates and word wrapping.
 * Widths are estimates for the system sans-serif stack (kept generous), so labels are placed where they fit.
 */
import { dateSpan } from "@/lib/figures/precedent-periods";

const DAY = 86_400_000;

/** A linear scale from dates ("YYYY", "YYYY-MM", "YYYY-MM-DD") onto [a, b]. */
export function timeScale(from: string, to: string, a: number, b: number) {
  const t0 = dateSpan(from).start;
  const t1 = dateSpan(to).start + DAY;
  const at = (t: number) => a + ((t - t0) / (t1 - t0)) * (b - a);
  return {
    /** The position of the start of a date (its first day). */
    start: (d: string) => at(dateSpan(d).start),
    /** The position of the end of a date (after its last day). */
    end: (d: string) => at(dateSpan(d).end),
    /** The position of the middle of a date's span. */
    mid: (d: string) => at((dateSpan(d).start + dateSpan(d).end) / 2),
    years: () => {
      const out: number[] = [];
      for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) out.push(y);
      return out;
    },
  };
}

/** An estimate of the rendered width of a text in the sans stack (bold a little wider). */
export function textWidth(text: string, size: number, bold = false): number {
  let w = 0;
  for (const ch of text) {
    if (/[ilI.,;:'’!|-]/.test(ch)) w += 0.3;
    else if (ch === " ") w += 0.28;
    else if (/[A-Z]/.test(ch)) w += 0.68;
    else if (/[mwMW]/.test(ch)) w += 0.85;
    else w += 0.56;
  }
  // Generous: an estimate that errs wide keeps labels inside their boxes whatever the system font.
  return w * size * (bold ? 1.07 : 1) * 1.08;
}

/**
 * The font size, at most `size`, at which a single line fits `width` by the plain estimate (without the margin
 * `textWidth` adds). Lines wrap at the generous estimate; only a word that overflows even the plain one (a long word
 * of a translated label, which cannot wrap) is set smaller, so it stays inside its shape.
 */
export function fitWord(text: string, width: number, size: number): number {
  const plain = textWidth(text, size) / 1.08;
  return plain <= width ? size : Math.floor(((size * width) / plain) * 10) / 10;
}

/** Splits a text into lines no wider than `width` (a word longer than the line stays whole). */
export function wrap(text: string, width: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, bold) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Places labels along one axis so none overlaps the previous one: returns each label's start position. */
export function spreadLabels(wanted: { pos: number; size: number }[], min: number, gap: number): number[] {
  const out: number[] = [];
  let next = min;
  for (const w of wanted) {
    const p = Math.max(w.pos, next);
    out.push(p);
    next = p + w.size + gap;
  }
  return out;
}
