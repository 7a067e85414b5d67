import { expect, test } from "@playwright/test";
import { content, recordClipboard } from "./content";

async function middleSection() {
  const { articles } = await content();
  const article = articles[1] ?? articles[0];
  const entry = article.toc[Math.floor(article.toc.length / 2)];
  return { path: `/articles/${article.slug}`, id: entry.id, text: entry.text };
}

for (const width of [375, 1280]) {
  test(`a deep link lands on its section, below the sticky header and marked (${width}px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const { path, id } = await middleSection();
    await page.goto(`${path}#${id}`);
    const heading = page.locator(`[id="${id}"]`);
    await expect(heading).toBeInViewport();
    const headerBottom = await page.locator(".site-header").evaluate((h) => h.getBoundingClientRect().bottom);
    const top = await heading.evaluate((h) => h.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(Math.floor(headerBottom));
    expect(top).toBeLessThan(800 / 3);
    // The :target mark: an accent rule at the heading's edge.
    await expect(heading).toHaveCSS("box-shadow", /rgb/);
    // The page does not scroll sideways at this width.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test("the copy-link control copies the full section URL and announces it", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-write"], { origin: baseURL });
  const record = await recordClipboard(page);
  const { path, id, text } = await middleSection();
  await page.goto(path);
  const button = page.locator(`[id="${id}"] button.copy-link`);
  await expect(button).toHaveAccessibleName(`Copy link to this section: ${text}`);
  await button.click();
  await expect(page.locator("#live-status")).toHaveText("Link copied");
  const copied = (await record())!;
  expect(copied).toBe(`${baseURL}${path}#${id}`);
  expect(new URL(copied).search).toBe("");
});

test("the # permalink appears on keyboard focus and links to its own section", async ({ page }) => {
  const { path, id, text } = await middleSection();
  await page.goto(path);
  const anchor = page.locator(`[id="${id}"] a.heading-anchor`);
  await expect(anchor).toHaveAttribute("href", `#${id}`);
  await expect(anchor).toHaveAccessibleName(`Link to this section: ${text}`);
  await expect(anchor).toHaveCSS("opacity", "0");
  await anchor.focus();
  await expect(anchor).toHaveCSS("opacity", "1");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
});

test("each article has a table of contents matching its headings", async ({ page }) => {
  const { articles } = await content();
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const a of articles) {
    await page.goto(`/articles/${a.slug}`);
    const tocIds = await page.locator(".toc-aside a").evaluateAll((els) => els.map((e) => e.getAttribute("href")));
    expect(tocIds).toEqual(a.toc.map((t) => `#${t.id}`));
    const headingIds = await page.locator(".prose-body :is(h2, h3)").evaluateAll((els) => els.map((e) => `#${e.id}`));
    expect(headingIds).toEqual(tocIds);
  }
});

test("the table of contents marks the section being read", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const { path, id } = await middleSection();
  await page.goto(`${path}#${id}`);
  await expect(page.locator(`.toc-aside a[href="#${id}"]`)).toHaveAttribute("aria-current", "location");
});

// The scripts build their controls (no invisible placeholders in the HTML), and the space they take is
// reserved in CSS, so the page looks the same, position for position, before and after they run.
for (const width of [375, 1280])
  test(`the enhancement scripts add their controls without moving any text (${width}px)`, async ({ browser }) => {
    const { articles, quotes } = await content();
    const paths = [`/articles/${articles[0].slug}`, `/quotes/${[...quotes.keys()][0]}`];
    const positions = async (javaScriptEnabled: boolean, path: string) => {
      const context = await browser.newContext({ javaScriptEnabled, viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(path);
      if (javaScriptEnabled) await expect(page.locator("button.copy-link, button.copy-button").first()).toBeAttached();
      const ys = await page
        .locator("main :is(p, h2, h3, li)")
        .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top + window.scrollY)));
      await context.close();
      return ys;
    };
    for (const path of paths) {
      const without = await positions(false, path);
      const withScripts = await positions(true, path);
      expect(withScripts, path).toEqual(without);
    }
  });

test("without JavaScript no page has a dead control: no button at all on articles and quote pages", async ({
  browser,
}) => {
  const { articles, quotes } = await content();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of [`/articles/${articles[0].slug}`, `/quotes/${[...quotes.keys()][0]}`]) {
    await page.goto(path);
    await expect(page.locator("main button"), path).toHaveCount(0);
  }
  await context.close();
});
