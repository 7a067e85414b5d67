// Hostile input, built like the site (npm run build:hostile: the test fixture plus tests/hostile/strings.mjs,
// for a deployment origin) and checked in every output: it renders as text, escaped and wrapped, and no script
// runs; and the deployment origin is everywhere and the local origin nowhere.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { HOSTILE } from "./strings.mjs";

const OUT = path.resolve(".hostile-out");
const ORIGIN = "https://explainer.example.org";
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) =>
    statSync(path.join(dir, n)).isDirectory() ? walk(path.join(dir, n)) : [path.join(dir, n)],
  );
const files = walk(OUT).map((f) => path.relative(OUT, f).split(path.sep).join("/"));
const pages = files
  .filter((f) => f.endsWith(".html") && f !== "_not-found.html")
  .map((f) => `/${f.replace(/(^|\/)index\.html$/, "$1").replace(/\.html$/, "")}`);

/** Opens a page and fails on any dialog or any sign that a hostile script ran. */
async function open(page: Page, url: string) {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url, { waitUntil: "load" });
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
}

for (const url of pages)
  test(`no hostile script runs on ${url}, and nothing scrolls sideways at 320 px`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await open(page, url);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

test("the article shows the hostile words as text: title, prose, and the quotation", async ({ page }) => {
  await open(page, "/articles/beta");
  await expect(page.locator("h1")).toContainText(`<script>window.__pwned=4</script>`);
  await expect(page.locator("#hostile-input + p")).toContainText(HOSTILE.articleText);
  await expect(page.locator("#hostile-input + p")).toContainText(HOSTILE.LONG);
  await expect(page.locator("#hostile-input + p")).toContainText(HOSTILE.RTL);
  // In the text and in the sidebar.
  const quotes = page.locator('[data-quote-id="hostile-quote"] blockquote');
  await expect(quotes).toHaveCount(2);
  for (const quote of await quotes.all()) await expect(quote).toContainText(HOSTILE.quote);
});

test("the quote page shows the words, speaker and role as text, and the embed code intact in its textarea", async ({
  page,
}) => {
  await open(page, "/quotes/hostile-quote");
  await expect(page.locator("main blockquote").first()).toContainText(HOSTILE.quote);
  await expect(page.locator("main")).toContainText(HOSTILE.speaker);
  await expect(page.locator("main")).toContainText(HOSTILE.role);
  await expect(page.locator("textarea")).toHaveCount(1);
  const code = await page.locator("textarea").inputValue();
  expect(code).toContain("&lt;script&gt;window.__pwned=1&lt;/script&gt;&lt;/textarea&gt;&lt;!--");
  expect(code).not.toContain("<script>window.__pwned");
  expect(code).toContain(`${ORIGIN}/embed.js`);
  // The textarea was not closed early: what follows it is still the page's own markup.
  await expect(page.locator(".copy-row[data-copy-from]")).toHaveCount(1);
});

test("the card shows the words as text and runs only its own script", async ({ page }) => {
  await open(page, "/embed/quotes/hostile-quote/");
  await expect(page.locator(".card blockquote")).toContainText(HOSTILE.quote);
  await expect(page.locator(".card figcaption")).toContainText(HOSTILE.speaker);
  // The source URL is the record's own string, escaped in the attribute and read back unchanged.
  await expect(page.locator(".card figcaption a").first()).toHaveAttribute("href", HOSTILE.sourceUrl);
});

test("the card images are drawn", async ({ request }) => {
  for (const [size, w, h] of [
    ["1200x630", 1200, 630],
    ["1080x1080", 1080, 1080],
  ] as const) {
    const res = await request.get(`/cards/hostile-quote-${size}.png`);
    expect(res.status()).toBe(200);
    const body = await res.body();
    expect(body.toString("latin1", 12, 16)).toBe("IHDR");
    expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([w, h]);
  }
});

test("oEmbed, JSON-LD, feed and sitemap parse and carry the words exactly", async ({ page, request }) => {
  const o = JSON.parse(await (await request.get("/oembed/quotes/hostile-quote.json")).text());
  expect(o.author_name).toBe(HOSTILE.speaker);
  expect(o.provider_url).toBe(`${ORIGIN}/`);
  expect(o.html).toContain("&lt;script&gt;window.__pwned=1");
  expect(o.html).not.toContain("<script>window.__pwned");

  await open(page, "/quotes/hostile-quote");
  const ld = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t));
  const quotation = ld.find((d) => d["@type"] === "Quotation");
  expect(quotation.text).toBe(HOSTILE.quote);
  expect(quotation.creator.name).toBe(HOSTILE.speaker);
  const html = await (await request.get("/quotes/hostile-quote")).text();
  for (const block of html.match(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g) ?? [])
    expect(block.slice(0, -9)).not.toContain("</");

  const parse = (xml: string) =>
    page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      return {
        error: doc.getElementsByTagName("parsererror").length,
        titles: [...doc.querySelectorAll("entry > title")].map((n) => n.textContent),
        locs: [...doc.getElementsByTagName("loc")].map((n) => n.textContent),
      };
    }, xml);
  const feed = await parse(await (await request.get("/feed.xml")).text());
  expect(feed.error).toBe(0);
  expect(feed.titles).toContain(HOSTILE.articleTitle);
  const sitemap = await parse(await (await request.get("/sitemap.xml")).text());
  expect(sitemap.error).toBe(0);
  expect(sitemap.locs.length).toBeGreaterThan(5);
  for (const loc of sitemap.locs) expect(loc!.startsWith(`${ORIGIN}/`)).toBe(true);
});

test("a deployment build carries its origin everywhere and the local origin nowhere", async ({ page }) => {
  const text = files.filter((f) => /\.(html|json|xml|txt|js)$|_headers$/.test(f));
  expect(text.length).toBeGreaterThan(30);
  for (const f of text) expect(readFileSync(path.join(OUT, f), "utf8"), f).not.toMatch(/127\.0\.0\.1|localhost/);
  await open(page, "/articles/beta");
  for (const sel of ['link[rel="canonical"]', 'link[type="application/atom+xml"]'])
    expect(await page.locator(sel).getAttribute("href")).toMatch(new RegExp(`^${ORIGIN}/`));
  for (const prop of ["og:url", "og:image"])
    expect(await page.locator(`meta[property="${prop}"]`).getAttribute("content")).toMatch(new RegExp(`^${ORIGIN}/`));
  expect(readFileSync(path.join(OUT, "_headers"), "utf8")).toContain("Strict-Transport-Security:");
});
