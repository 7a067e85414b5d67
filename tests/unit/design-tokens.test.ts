import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { COLOR_NAMES, designTokens, parseTokens, type Palette } from "@/lib/design-tokens";

const tokens = designTokens();

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

// WCAG 2 relative luminance and contrast ratio.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe("design tokens (app/tokens.css)", () => {
  it("has every colour in the light, dark and print palettes", () => {
    for (const scheme of ["light", "dark", "print"] as const) {
      expect(Object.keys(tokens[scheme]).sort()).toEqual([...COLOR_NAMES].sort());
    }
    expect(tokens.light.paper).toBe("#fbfaf7");
    expect(tokens.dark.paper).toBe("#151513");
    expect(tokens.font.serif).toMatch(/^Charter/);
  });

  it("fails loudly on a missing colour", () => {
    const css = readFileSync("app/tokens.css", "utf8").replace(/--color-accent: #9cc3ff;/, "");
    expect(() => parseTokens(css)).toThrow(/--color-accent \(dark\)/);
  });

  it("keeps text colours at WCAG AA (body text at AAA) in both schemes", () => {
    const check = (p: Palette) => {
      expect(contrast(p.ink, p.paper)).toBeGreaterThanOrEqual(7);
      for (const fg of ["muted", "accent", "good", "bad", "warn"] as const) {
        expect(contrast(p[fg], p.paper), fg).toBeGreaterThanOrEqual(4.5);
        expect(contrast(p[fg], p.panel), `${fg} on panel`).toBeGreaterThanOrEqual(4.5);
      }
      expect(contrast(p.warn, p["warn-bg"])).toBeGreaterThanOrEqual(4.5);
      expect(contrast(p.ink, p.mark)).toBeGreaterThanOrEqual(4.5);
    };
    check(tokens.light);
    check(tokens.dark);
  });

  it("is the only place a palette colour is written", () => {
    const offenders = ["app", "components", "lib"]
      .flatMap(files)
      .filter((f) => /\.(tsx?|css|mjs)$/.test(f) && f !== path.join("app", "tokens.css"))
      .filter((f) => /#[0-9a-f]{6}\b/i.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });
});
