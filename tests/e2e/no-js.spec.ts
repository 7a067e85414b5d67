import { expect, test } from "@playwright/test";
import { content } from "./content";

test.use({ javaScriptEnabled: false });

test("with JavaScript off, every article is complete: text, sidebar, table of contents, links", async ({ page }) => {
  const { articles } = await content();
  for (const a of articles) {
    await page.goto(`/articles/${a.slug}`);
    await expect(page.locator("h1")).toHaveText(a.title);
    expect(await page.locator(".prose-body p").count()).toBeGreaterThan(10);
    await expect(page.locator(".quote-sidebar .sidebar-entry")).toHaveCount(a.citedQuotes.length);
    await expect(page.locator(".toc-disclosure a")).toHaveCount(a.toc.length);
    await expect(page.locator(".prose-body .heading-anchor")).toHaveCount(a.toc.length);
    // No dead controls: the copy buttons stay hidden unless the script runs.
    await expect(page.locator("button.copy-link:visible")).toHaveCount(0);
  }
});

test("with JavaScript off, the phone table of contents opens and its links work", async ({ page }) => {
  const { articles } = await content();
  const a = articles[0];
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`/articles/${a.slug}`);
  const toc = page.locator(".toc-disclosure");
  await expect(toc.locator("a").first()).toBeHidden();
  await toc.locator("summary").click();
  await toc.locator("a").nth(1).click();
  await expect(page).toHaveURL(new RegExp(`#${a.toc[1].id}$`));
  await expect(page.locator(`[id="${a.toc[1].id}"]`)).toBeInViewport();
});
