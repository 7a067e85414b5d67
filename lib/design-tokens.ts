import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * The design tokens, read at build time from app/tokens.css, the one place they are written.
 *
 * Why CSS is the source (and not a TS module that generates the CSS): Tailwind v4 is configured in CSS, so a
 * Tailwind developer looks for the palette in `@theme`, and edits it there. Reading that file here means there is
 * nothing to regenerate and nothing that can drift: the embed card, the PNG images and themeColor get the same
 * values as the utilities. The parser is strict: a missing colour or scheme stops the build.
 */

/** The colours other code may use (each must exist in the light, dark and print blocks of tokens.css). */
export const COLOR_NAMES = [
  "paper",
  "ink",
  "muted",
  "rule",
  "panel",
  "accent",
  "mark",
  "warn",
  "warn-bg",
  "good",
  "bad",
] as const;
export type ColorName = (typeof COLOR_NAMES)[number];
export type Palette = Record<ColorName, string>;
export type DesignTokens = {
  light: Palette;
  dark: Palette;
  print: Palette;
  font: { serif: string; sans: string; mono: string };
};

export const TOKENS_FILE = path.join(process.cwd(), "app", "tokens.css");

/** The text between the braces of the block that starts at the first occurrence of `prelude`. */
function block(css: string, prelude: string, from = 0): { body: string; end: number } {
  const start = css.indexOf(prelude, from);
  if (start < 0) throw new Error(`${TOKENS_FILE}: no "${prelude}" block`);
  const open = css.indexOf("{", start);
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    if (css[i] === "{") depth++;
    else if (css[i] === "}" && --depth === 0) return { body: css.slice(open + 1, i), end: i };
  }
  throw new Error(`${TOKENS_FILE}: unclosed "${prelude}" block`);
}

function declarations(body: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of body.replace(/\/\*[\s\S]*?\*\//g, "").matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) {
    out.set(m[1], m[2].trim());
  }
  return out;
}

function palette(decls: Map<string, string>, scheme: string): Palette {
  const entries = COLOR_NAMES.map((name) => {
    const value = decls.get(`--color-${name}`);
    if (!value || !/^#[0-9a-f]{6}$/i.test(value)) {
      throw new Error(
        `${TOKENS_FILE}: --color-${name} (${scheme}) must be a #rrggbb colour, found ${value ?? "nothing"}`,
      );
    }
    return [name, value.toLowerCase()] as const;
  });
  return Object.fromEntries(entries) as Palette;
}

/** Parses the tokens file's text (exported for the unit test). */
export function parseTokens(css: string): DesignTokens {
  const clean = css.replace(/\/\*[\s\S]*?\*\//g, "");
  const theme = declarations(block(clean, "@theme").body);
  const layer = block(clean, "@layer theme").body;
  const dark = declarations(block(block(layer, "@media (prefers-color-scheme: dark)").body, ":root").body);
  const print = declarations(block(block(layer, "@media print").body, ":root").body);
  const font = (name: string) => {
    const value = theme.get(`--font-${name}`);
    if (!value) throw new Error(`${TOKENS_FILE}: no --font-${name}`);
    return value;
  };
  return {
    light: palette(theme, "light"),
    dark: palette(dark, "dark"),
    print: palette(print, "print"),
    font: { serif: font("serif"), sans: font("sans"), mono: font("mono") },
  };
}

let cached: DesignTokens | undefined;

/** The tokens of app/tokens.css (read once per build). */
export function designTokens(): DesignTokens {
  cached ??= parseTokens(readFileSync(TOKENS_FILE, "utf8"));
  return cached;
}

/** `--paper:<hex>;--ink:<hex>…` for the named colours: CSS custom properties for inline stylesheets. */
export function cssVariables(p: Palette, names: readonly ColorName[]): string {
  return names.map((n) => `--${n}:${p[n]}`).join(";");
}
