import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const WCAG21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

import { onePerKind } from "./content";

// One page of each kind in the site model (and every article), known when the tests are defined: one test each.
const PAGES = (await onePerKind()).map((p) => p.visit);

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
