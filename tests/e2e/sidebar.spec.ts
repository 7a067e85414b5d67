import { expect, test } from "@playwright/test";
import { content } from "./content";

test.describe("sourced quote sidebar", () => {
  test("lists exactly the quotes the body uses, in order, each from its registry record", async ({ page }) => {
    const { articles, sources } = await content();
    for (const article of articles) {
      await page.goto(`/articles/${article.slug}`);
      const bodyOrder = await page
        .locator(".prose-body [data-quote-id]")
        .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute("data-quote-id")))]);
      const sidebarOrder = await page
        .locator(".quote-sidebar .sidebar-entry")
        .evaluateAll((els) => els.map((e) => e.getAttribute("data-quote-id")));
      expect(bodyOrder.length, article.slug).toBeGreaterThan(0);
      expect(sidebarOrder, article.slug).toEqual(bodyOrder);
      expect(sidebarOrder).toEqual(article.citedQuotes.map((q) => q.id));

      for (const quote of article.citedQuotes) {
        const entry = page.locator(`#cite-${quote.id}`);
        await expect(entry.locator(".sidebar-quote")).toHaveText(quote.text);
        await expect(entry.locator(".sidebar-meta")).toContainText(quote.speaker);
        await expect(entry.locator(".sidebar-meta")).toContainText(quote.role);
        const source = sources.get(quote.sourceId)!;
        const link = entry.locator("a.source-link");
        await expect(link).toHaveAttribute("href", source.url);
        expect(() => new URL(source.url)).not.toThrow();
        await expect(entry.locator(".verification-badge")).toHaveCount(
          quote.verification === "partly-confirmed" ? 1 : 0,
        );
      }
    }
  });

  test("a body quote and its sidebar entry link to each other", async ({ page }) => {
    const { articles } = await content();
    const article = articles[0];
    const first = article.quoteUses[0];
    await page.goto(`/articles/${article.slug}`);
    await page.locator(`#${first.anchor} a.cite-ref`).click();
    await expect(page).toHaveURL(new RegExp(`#cite-${first.id}$`));
    await expect(page.locator(`#cite-${first.id}`)).toBeInViewport();
    await page.locator(`#cite-${first.id} .sidebar-back a`).click();
    await expect(page).toHaveURL(new RegExp(`#${first.anchor}$`));
    await expect(page.locator(`#${first.anchor}`)).toBeInViewport();
  });

  test("every quote on the site is a registry record: body quote text equals the record", async ({ page }) => {
    const { articles, quotes } = await content();
    for (const article of articles) {
      await page.goto(`/articles/${article.slug}`);
      const blocks = await page
        .locator(".prose-body figure.body-quote")
        .evaluateAll((els) =>
          els.map((e) => [e.getAttribute("data-quote-id"), e.querySelector("blockquote")!.textContent]),
        );
      for (const [id, text] of blocks) expect(text).toBe(quotes.get(id!)!.text);
      const inline = await page
        .locator(".prose-body .inline-quote")
        .evaluateAll((els) => els.map((e) => [e.getAttribute("data-quote-id"), e.querySelector("q")!.textContent]));
      for (const [id, words] of inline)
        expect(quotes.get(id!)!.text.replace(/\s+/g, " ")).toContain(words!.replace(/\s+/g, " "));
    }
  });
});
