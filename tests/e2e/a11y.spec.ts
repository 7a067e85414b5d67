import { readdirSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const WCAG21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

// One page of each type (every article), known when the tests are defined so each gets its own test.
const articles = readdirSync(path.resolve(import.meta.dirname, "../../content/articles"))
  .filter((f) => f.endsWith(".mdx"))
  .map((f) => `/articles/${f.replace(/\.mdx$/, "")}`);
const PAGES = [
  "/",
  ...articles,
  "/quotes",
  "/quotes/sessions-prototypical-refugee",
  "/embed",
  "/embed/quotes/ocampo-reprehensible/",
  "/timeline",
  "/glossary",
  "/sources",
  "/fact-check",
  "/corrections",
  "/methods",
  "/missing-page",
];

for (const scheme of ["light", "dark"] as const) {
  for (const pagePath of PAGES) {
    test(`axe: no WCAG 2.1 AA violation on ${pagePath} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(pagePath);
      // Open every collapsed <details> too, so their contents are checked.
      await page.locator("details").evaluateAll((els) => els.forEach((d) => d.setAttribute("open", "")));
      const results = await new AxeBuilder({ page }).withTags(WCAG21_AA).analyze();
      const summary = results.violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(" "))
            .slice(0, 3)
            .join(", ")}`,
      );
      expect(summary).toEqual([]);
    });
  }
}
