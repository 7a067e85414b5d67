import { expect, test } from "@playwright/test";
import { sourceBacklinks } from "../../lib/content/backlinks";
import { METHODS_SECTIONS } from "../../lib/routes";
import { content } from "./content";

test("every timeline event renders with its id, date, sources and working section links", async ({ page }) => {
  const { timeline } = await content();
  expect(timeline.length).toBeGreaterThanOrEqual(20);
  await page.goto("/timeline");
  const items = page.locator(".timeline-event");
  await expect(items).toHaveCount(timeline.length);
  for (const [i, e] of timeline.entries()) {
    const item = items.nth(i);
    await expect(item).toHaveAttribute("id", e.id);
    await expect(item.locator("time")).toHaveAttribute("datetime", e.date);
    await expect(item.locator(".source-refs a.source-link")).toHaveCount(e.sources.length);
    await expect(item.locator(".reported-badge")).toHaveCount(e.status === "reported" ? 1 : 0);
  }
  // A linked event lands on its entry; its section links reach real headings.
  const linked = timeline.find((e) => e.links.length > 0)!;
  await page.goto(`/timeline#${linked.id}`);
  await expect(page.locator(`[id="${linked.id}"]`)).toBeInViewport();
  for (const href of linked.links) {
    await page.goto(href);
    const hash = new URL(href, "http://x").hash.slice(1);
    if (hash) await expect(page.locator(`[id="${hash}"]`)).toBeInViewport();
  }
});

test("every glossary term renders with its id, definition and sources", async ({ page }) => {
  const { glossary } = await content();
  await page.goto("/glossary");
  for (const [id, term] of glossary) {
    const entry = page.locator(`[id="${id}"]`);
    await expect(entry.locator("dt")).toContainText(term.term);
    await expect(entry.locator(".source-refs a")).toHaveCount(term.sources.length);
  }
  await expect(page.locator(".glossary-entry")).toHaveCount(glossary.size);
});

test("every source's back-links resolve to the page and element they name", async ({ page, request }) => {
  const c = await content();
  const backlinks = sourceBacklinks(c);
  const targets = new Set<string>();
  for (const list of backlinks.values()) for (const b of list) targets.add(b.href);
  // Each back-link's page answers 200 and, where it names an element, the element exists.
  const pages = new Map<string, string>();
  for (const href of targets) {
    const [path, hash] = href.split("#");
    if (!pages.has(path)) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      pages.set(path, await res.text());
    }
    if (hash) expect(pages.get(path), href).toContain(`id="${hash}"`);
  }
  await page.goto("/sources");
  await expect(page.locator(".source-entry")).toHaveCount(c.sources.size);
  for (const [id, list] of backlinks) {
    const entry = page.locator(`[id="source-${id}"]`);
    await expect(entry.locator(".source-backlinks li")).toHaveCount(list.length);
    await expect(entry.locator("a.source-link")).toHaveAttribute("href", c.sources.get(id)!.url);
  }
  // Every source is cited somewhere.
  for (const [id, list] of backlinks) expect(list.length, id).toBeGreaterThan(0);
});

test("each ClaimReview block parses and has its required properties", async ({ page }) => {
  const { claims, sources } = await content();
  await page.goto("/fact-check");
  const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t));
  const reviews = blocks.filter((b) => b["@type"] === "ClaimReview");
  expect(reviews).toHaveLength(claims.length);
  const seed = sources.get("brit-co-seed")!;
  for (const [i, c] of claims.entries()) {
    const r = reviews[i];
    expect(r).toMatchObject({
      "@context": "https://schema.org",
      claimReviewed: c.claim,
      author: { "@type": "Organization" },
      itemReviewed: { "@type": "Claim", author: { name: seed.publisher }, appearance: { url: seed.url } },
      reviewRating: { "@type": "Rating" },
    });
    expect(new URL(r.url).hash).toBe(`#${c.id}`);
    expect(r.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(typeof r.reviewRating.alternateName).toBe("string");
    await expect(page.locator(`[id="${c.id}"] .claim-text`)).toHaveText(c.claim);
  }
});

test("the corrections page lists every correction and the status is dated on every page", async ({ page }) => {
  const { articles, site } = await content();
  await page.goto("/corrections");
  const count = articles.reduce((n, a) => n + a.corrections.length, 0) + site.pageCorrections.length;
  if (count === 0) await expect(page.locator(".no-corrections")).toBeVisible();
  else await expect(page.locator(".corrections-list > li")).toHaveCount(count);
  for (const path of [
    "/",
    `/articles/${articles[0].slug}`,
    "/timeline",
    "/glossary",
    "/sources",
    "/fact-check",
    "/quotes",
  ]) {
    await page.goto(path);
    const strip = page.locator(".status-strip");
    await expect(strip).toBeVisible();
    // Two dates, two meanings: when we last reviewed the status, and the newest development found.
    await expect(strip.locator("time").nth(0)).toHaveAttribute("datetime", site.statusToday.reviewed);
    await expect(strip.locator("time").nth(1)).toHaveAttribute("datetime", site.statusToday.latestDevelopment.date);
    await expect(strip).toContainText("Last reviewed");
    await expect(strip).toContainText("latest development found");
    // Within one screen on a phone, and every reference page reachable.
    expect(await strip.evaluate((s) => s.getBoundingClientRect().bottom)).toBeLessThan(700);
    for (const ref of ["/timeline", "/glossary", "/sources", "/fact-check", "/corrections", "/methods"])
      await expect(page.locator(`footer a[href="${ref}"]`)).toHaveCount(1);
  }
});

test("the How we checked page has a section for each label, and the labels link to it", async ({ page }) => {
  const { quotes } = await content();
  await page.goto("/methods");
  for (const id of METHODS_SECTIONS) await expect(page.locator(`h2[id="${id}"]`)).toHaveCount(1);
  await page.goto("/timeline");
  await page.locator(".timeline-event .reported-badge").first().click();
  await expect(page).toHaveURL(/\/methods#reported$/);
  await expect(page.locator('[id="reported"]')).toBeInViewport();
  const partly = [...quotes.values()].find((q) => q.verification === "partly-confirmed")!;
  await page.goto(`/quotes/${partly.id}`);
  await page.locator(".verification-badge").first().click();
  await expect(page).toHaveURL(/\/methods#partly-confirmed$/);
  await expect(page.locator('[id="partly-confirmed"]')).toBeInViewport();
});

test.describe("glossary terms in articles", () => {
  async function firstTerm(page: import("@playwright/test").Page) {
    const { articles } = await content();
    const a = articles.find((x) => x.termUses.length > 0)!;
    await page.goto(`/articles/${a.slug}`);
    const wrap = page.locator(`[id="${a.termUses[0].anchor}"]`);
    return { wrap, link: wrap.locator("a.term"), tip: wrap.locator(".term-tip"), id: a.termUses[0].id };
  }

  test("open on hover, stay open while the pointer is on the definition, close on leaving", async ({ page }) => {
    const { link, tip } = await firstTerm(page);
    await expect(tip).toBeHidden();
    await link.scrollIntoViewIfNeeded();
    await link.hover();
    await expect(tip).toBeVisible();
    await tip.hover();
    await expect(tip).toBeVisible();
    await page.mouse.move(2, 2);
    await expect(tip).toBeHidden();
  });

  test("open on keyboard focus and close with Escape", async ({ page }) => {
    const { link, tip } = await firstTerm(page);
    await link.focus();
    await expect(tip).toBeVisible();
    await expect(link).toHaveAccessibleDescription(/\S/);
    await page.keyboard.press("Escape");
    await expect(tip).toBeHidden();
    await expect(link).toBeFocused();
  });

  test("open on tap without leaving the page; a tap elsewhere closes it", async ({ browser, baseURL }) => {
    const context = await browser.newContext({
      hasTouch: true,
      isMobile: true,
      viewport: { width: 375, height: 800 },
      baseURL,
    });
    const page = await context.newPage();
    const { link, tip } = await firstTerm(page);
    const url = page.url();
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    await expect(tip).toBeVisible();
    expect(page.url()).toBe(url);
    await page.locator("h1").tap();
    await expect(tip).toBeHidden();
    await context.close();
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("a term is a plain link to its glossary entry", async ({ page }) => {
      const { link, tip, id } = await firstTerm(page);
      await expect(tip).toBeHidden();
      await expect(link).toHaveAttribute("href", `/glossary#${id}`);
      await link.click();
      await expect(page).toHaveURL(new RegExp(`/glossary#${id}$`));
      await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    });
  });
});
