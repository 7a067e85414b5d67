// Site search (issue 13): the Pagefind index built with the site, queried in the browser on /search. Expected
// results are derived from the content: the quotes of a speaker, the sections that quote her, the glossary entry
// and the sections headed by a term, the timeline event named for a case.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ui } from "../../lib/i18n/strings";
import { anchors } from "../../lib/routes";
import { SEARCH_KINDS } from "../../lib/site/model";
import { content, notFoundVisit } from "./content";

/** Runs a search on /search (as ?q= and ?kind= links do) and returns the result links, in order. */
async function search(page: Page, q: string, kind = "") {
  await page.goto(`/search?q=${encodeURIComponent(q)}${kind ? `&kind=${encodeURIComponent(kind)}` : ""}`);
  const list = page.locator("#search-results");
  await expect(list).toHaveAttribute("data-query", `${kind}:${q}`);
  await expect(list).toHaveAttribute("aria-busy", "false");
  return list.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
}

/** The id of the section heading above an element of an article (what a section result links to). */
async function sectionOf(page: Page, path: string, anchor: string) {
  await page.goto(path);
  return page.locator(`[id="${anchor}"]`).evaluate((el) => {
    const headings = [...document.querySelectorAll("h2.section-heading, h3.section-heading")];
    const before = headings.filter((h) => h.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
    return before.at(-1)?.id ?? null;
  });
}

test("“Musalo” finds each of her quote pages and every article section that quotes her", async ({ page }) => {
  const { quotes, appearances } = await content();
  const hers = [...quotes.values()].filter((q) => q.speaker === "Karen Musalo");
  expect(hers.length).toBeGreaterThan(1);
  const quoteResults = await search(page, "Musalo", SEARCH_KINDS.quote);
  for (const q of hers) expect(quoteResults).toContain(`/quotes/${q.id}`);

  const expected = new Set<string>();
  for (const q of hers)
    for (const a of appearances.get(q.id) ?? [])
      expected.add(
        `/articles/${a.slug}#${(await sectionOf(page, `/articles/${a.slug}`, a.anchor)) ?? anchors.article.top}`,
      );
  expect(expected.size).toBeGreaterThan(0);
  const sectionResults = await search(page, "Musalo", SEARCH_KINDS.section);
  for (const href of expected) expect(sectionResults).toContain(href);
  // Unfiltered, the first results are hers.
  const all = await search(page, "Musalo");
  expect(all.slice(0, 3).every((h) => hers.some((q) => h === `/quotes/${q.id}`))).toBe(true);
});

test("“particular social group” finds the glossary entry and the sections headed by it", async ({ page }) => {
  const { articles } = await content();
  const all = await search(page, "particular social group");
  expect(all.slice(0, 5)).toContain("/glossary#particular-social-group");
  const sections = articles.flatMap((a) =>
    a.toc.filter((t) => /social group/i.test(t.text)).map((t) => `/articles/${a.slug}#${t.id}`),
  );
  expect(sections.length).toBeGreaterThan(1);
  const found = await search(page, "particular social group", SEARCH_KINDS.section);
  for (const href of sections) expect(found).toContain(href);
});

test("“Grace v. Barr” finds its timeline event first, and the result lands on the event", async ({ page }) => {
  const { timeline } = await content();
  const event = timeline.find((e) => e.title.includes("Grace v. Barr"))!;
  const found = await search(page, "Grace v. Barr");
  expect(found[0]).toBe(`/timeline#${event.id}`);
  await page.locator("#search-results a").first().click();
  await expect(page).toHaveURL(new RegExp(`/timeline#${event.id}$`));
  await expect(page.locator(`[id="${event.id}"]`)).toBeInViewport();
});

test("a result shows its kind, title, section and an excerpt with the match marked", async ({ page }) => {
  await search(page, "Grace v. Barr", SEARCH_KINDS.event);
  const first = page.locator("#search-results li").first();
  await expect(first.locator("a")).toContainText(SEARCH_KINDS.event);
  await expect(first.locator("a")).toContainText("Grace v. Barr");
  await expect(first.locator("mark").first()).toHaveText(/Grace|Barr/);
  await expect(page.locator("#search-status")).toHaveText(/\d+ results? for “Grace v. Barr”/);
});

test("each kind filter returns only that kind", async ({ page }) => {
  for (const kind of [SEARCH_KINDS.event, SEARCH_KINDS.term, SEARCH_KINDS.source, SEARCH_KINDS.claim]) {
    const found = await search(page, "asylum", kind);
    expect(found.length, kind).toBeGreaterThan(0);
    const kinds = await page.locator("#search-results a > span:first-child").allTextContents();
    expect(new Set(kinds), kind).toEqual(new Set([kind]));
  }
});

test("keyboard only: from the header link to the field, through the results, Enter opens one", async ({ page }) => {
  const { articles } = await content();
  await page.goto(`/articles/${articles[0].slug}`);
  const link = page.locator("a[data-nav-search]");
  for (let i = 0; i < 20 && !(await link.evaluate((a) => a === document.activeElement)); i++)
    await page.keyboard.press("Tab");
  await expect(link).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search$/);
  const field = page.locator("#search-q");
  for (let i = 0; i < 20 && !(await field.evaluate((f) => f === document.activeElement)); i++)
    await page.keyboard.press("Tab");
  await expect(field).toBeFocused();
  await page.keyboard.type("Grace v. Barr");
  const list = page.locator("#search-results");
  await expect(list).toHaveAttribute("data-query", ":Grace v. Barr");
  const results = list.locator("a");
  await page.keyboard.press("ArrowDown");
  await expect(results.nth(0)).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(results.nth(1)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(results.nth(0)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(field).toBeFocused();
  await page.keyboard.press("ArrowDown");
  const href = (await results.nth(0).getAttribute("href"))!;
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
});

for (const scheme of ["light", "dark"] as const)
  test(`axe: no WCAG 2.1 AA violation on /search with results (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await search(page, "Musalo");
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
  });

test("the search code loads only on /search, and the index only when a reader searches", async ({ page }) => {
  const { model } = await content();
  const requested: string[] = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  for (const p of model.pages.filter((x) => ["home", "article", "quote", "timeline"].includes(x.kind)).slice(0, 4))
    await page.goto(p.path);
  expect(requested.filter((u) => u.includes("search") || u.startsWith("/pagefind/"))).toEqual([]);
  await page.goto("/search");
  await expect(page.locator("#search-form")).toBeVisible();
  expect(requested.filter((u) => u.startsWith("/pagefind/"))).toEqual([]);
  await page.locator("#search-q").fill("Musalo");
  await expect(page.locator("#search-results")).toHaveAttribute("data-query", ":Musalo");
  expect(requested.filter((u) => u.startsWith("/pagefind/")).length).toBeGreaterThan(0);
});

test("every page's header links to search", async ({ page }) => {
  const { model } = await content();
  const seen = new Set<string>();
  for (const p of model.pages.filter((x) => x.kind !== "embed-card" && !seen.has(x.kind) && seen.add(x.kind))) {
    await page.goto(notFoundVisit(p) ?? p.path);
    await expect(page.locator("header a[data-nav-search]"), p.path).toHaveAttribute("href", "/search");
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  for (const lang of ["en", "es"] as const)
    test(`/search is a complete index of every page and every indexed section (${lang})`, async ({ page }) => {
      const { model } = await content();
      const search = model.pages.find((p) => p.kind === "search" && p.lang === lang)!;
      await page.goto(search.path);
      await expect(page.locator("#search-form")).toBeHidden();
      const hrefs = new Set(await page.locator("main a").evaluateAll((as) => as.map((a) => a.getAttribute("href"))));
      for (const p of model.pages.filter(
        (x) => x.lang === lang && !["embed-card", "not-found", "search"].includes(x.kind),
      )) {
        expect(hrefs, p.path).toContain(p.path);
        for (const r of p.search)
          if (r.anchor && r.anchor !== anchors.article.top)
            expect(hrefs, `${p.path}#${r.anchor}`).toContain(`${p.path}#${r.anchor}`);
      }
    });
});

test("search on /es/search finds Spanish pages, in Spanish", async ({ page }) => {
  const { editions } = await content();
  const es = editions.es!;
  const term = es.glossary.get("particular-social-group")!;
  await page.goto(`/es/search?q=${encodeURIComponent(term.term)}`);
  const list = page.locator("#search-results");
  await expect(list).toHaveAttribute("data-query", `:${term.term}`);
  const found = await list.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  expect(found.length).toBeGreaterThan(0);
  expect(
    found.every((h) => h.startsWith("/es/")),
    found.join(" "),
  ).toBe(true);
  expect(found.slice(0, 5)).toContain("/es/glossary#particular-social-group");
  const kind = await list.locator("a > span:first-child").first().textContent();
  expect(Object.values(ui("es").model.kinds)).toContain(kind);
  // A quotation's original words are searchable in Spanish too: "Musalo" finds her quote pages in Spanish.
  await page.goto(`/es/search?q=Musalo`);
  await expect(list).toHaveAttribute("data-query", ":Musalo");
  const musalo = await list.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  expect(musalo.some((h) => h.startsWith("/es/quotes/musalo-"))).toBe(true);
});
