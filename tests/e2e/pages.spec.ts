import { expect, test } from "@playwright/test";
import { content, onePerKind } from "./content";

test("the home page lists the articles in reading order and the in-brief facts with sources", async ({ page }) => {
  const { site, articles } = await content();
  await page.goto("/");
  const links = page.locator("#articles + ol a");
  await expect(links).toHaveCount(articles.length);
  for (const [i, a] of articles.entries()) await expect(links.nth(i)).toHaveAttribute("href", `/articles/${a.slug}`);
  const items = page.locator(".in-brief-list > li");
  await expect(items).toHaveCount(site.inBrief.length);
  for (const [i, item] of site.inBrief.entries())
    await expect(items.nth(i).locator(".in-brief-sources a")).toHaveCount(item.sources.length);
});

test("an unknown path shows the designed 404 page with status 404", async ({ page }) => {
  const response = await page.goto("/articles/no-such-article");
  expect(response?.status()).toBe(404);
  await expect(page.locator("h1")).toHaveText("We could not find that page");
  await expect(page.locator(".not-found a[href^='/articles/']")).toHaveCount((await content()).articles.length);
});

for (const p of await onePerKind())
  test(`${p.visit} does not scroll sideways at 320, 375, 768 or 1024 px`, async ({ page }) => {
    for (const width of [320, 375, 768, 1024]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(p.visit);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${p.visit} at ${width}px`).toBeLessThanOrEqual(0);
    }
  });

test("keyboard only: the first Tab reaches a visible skip link that moves focus to the content", async ({ page }) => {
  const { articles } = await content();
  await page.goto(`/articles/${articles[0].slug}`);
  await page.keyboard.press("Tab");
  const skip = page.locator(".skip-link");
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("#main")).toBeFocused();
  // The next Tab stops inside the main content, not back in the header.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);
});

test("a page's URL with a trailing slash redirects to the page", async ({ request }) => {
  const { articles } = await content();
  const res = await request.get(`/articles/${articles[0].slug}/`, { maxRedirects: 0 });
  expect(res.status()).toBe(301);
  expect(res.headers()["location"]).toBe(`/articles/${articles[0].slug}`);
});

test("unknown ids and paths answer the 404 page with status 404", async ({ request }) => {
  for (const path of [
    "/quotes/no-such-quote",
    "/embed/quotes/no-such-quote/",
    "/oembed/quotes/no-such-quote.json",
    "/cards/no-such-quote-1200x630.png",
    "/articles/../../etc/passwd",
    "/%2e%2e/%2e%2e/etc/passwd",
    "/articles/%00",
  ]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(404);
    expect(await res.text(), path).toContain("We could not find that page");
  }
});
