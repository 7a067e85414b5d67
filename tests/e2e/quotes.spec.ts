import { expect, test } from "@playwright/test";
import { content, recordClipboard } from "./content";

test("every quote has a page with its words, attribution, citation, appearances and share controls", async ({
  page,
}) => {
  const { quotes, sources, appearances } = await content();
  for (const [id, quote] of quotes) {
    const res = await page.goto(`/quotes/${id}`);
    expect(res?.status(), id).toBe(200);
    await expect(page.locator(".quote-hero blockquote")).toHaveText(quote.text);
    await expect(page.locator(".quote-hero figcaption")).toContainText(quote.role);
    await expect(page.locator(".quote-facts a.source-link")).toHaveAttribute("href", sources.get(quote.sourceId)!.url);
    const spots = appearances.get(id)!;
    await expect(page.locator(".quote-facts dd ul a")).toHaveCount(spots.length);
    for (const [i, s] of spots.entries())
      await expect(page.locator(".quote-facts dd ul a").nth(i)).toHaveAttribute(
        "href",
        `/articles/${s.slug}#${s.anchor}`,
      );
    await expect(page.locator("textarea.embed-code")).toHaveValue(new RegExp(`data-quote-id="${id}"`));
    const og = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(new URL(og!).pathname).toBe(`/cards/${id}-1200x630.png`);
    await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute("content", /Quote card/);
  }
});

test("a quote's spot in an article is where its page says it is", async ({ page }) => {
  const { appearances } = await content();
  const [id, spots] = [...appearances].find(([, s]) => s.length > 0)!;
  await page.goto(`/articles/${spots[0].slug}#${spots[0].anchor}`);
  const spot = page.locator(`[id="${spots[0].anchor}"]`);
  await expect(spot).toBeInViewport();
  await expect(spot).toHaveAttribute("data-quote-id", id);
});

test("copy link and copy embed code put the right text on the clipboard", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-write"], { origin: baseURL });
  const copied = await recordClipboard(page);
  await page.goto("/quotes/musalo-dark-ages");
  await page.getByRole("button", { name: "Copy embed code" }).click();
  await expect(page.locator("#live-status")).toHaveText("Embed code copied");
  expect(await copied()).toBe(await page.locator("textarea.embed-code").inputValue());
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.locator("#live-status")).toHaveText("Link copied");
  expect(new URL((await copied())!).pathname).toBe("/quotes/musalo-dark-ages");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the quote index lists every quote, by stance and by speaker, with working filters", async ({ page }) => {
    const { quotes } = await content();
    await page.goto("/quotes");
    await expect(page.locator(".quote-list > li")).toHaveCount(quotes.size);
    const stances = new Set([...quotes.values()].map((q) => q.stance));
    await expect(page.locator(".stance-group")).toHaveCount(stances.size);
    await page.locator(".speaker-filter a", { hasText: "Karen Musalo" }).click();
    await expect(page).toHaveURL(/#speaker-karen-musalo$/);
    await expect(page.locator("#speaker-karen-musalo")).toBeInViewport();
    // The embed code is plain selectable text and the copy buttons stay hidden.
    await page.goto("/quotes/musalo-dark-ages");
    await expect(page.locator("textarea.embed-code")).toBeVisible();
    await expect(page.locator("button.copy-button:visible")).toHaveCount(0);
  });
});
