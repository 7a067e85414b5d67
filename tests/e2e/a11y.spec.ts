import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { articlePaths } from "./content";

const WCAG21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

for (const scheme of ["light", "dark"] as const) {
  test(`axe finds no WCAG 2.1 AA violation on any page (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const pages = ["/", ...(await articlePaths()), "/quotes", "/quotes/sessions-prototypical-refugee", "/embed"];
    pages.push("/timeline", "/glossary", "/sources", "/fact-check", "/corrections");
    for (const path of [...pages, "/embed/quotes/ocampo-reprehensible/", "/missing-page"]) {
      await page.goto(path);
      // Open the collapsed table of contents too, so its contents are checked.
      await page.locator("details").evaluateAll((els) => els.forEach((d) => d.setAttribute("open", "")));
      const results = await new AxeBuilder({ page }).withTags(WCAG21_AA).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
      expect(summary, `${path} (${scheme})`).toEqual([]);
    }
  });
}
