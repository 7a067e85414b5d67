import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { content } from "./content";

/** Every page of the site model with a share image (all but the cards and the 404), one test each. */
const { model } = await content();
const pages = model.pages
  .filter((p) => p.image)
  .map((p) => ({ path: p.path, kind: p.kind === "article" ? "article" : "website" }));

/** An absolute URL on our own origin that the built site actually serves. */
async function expectResolves(request: APIRequestContext, url: string, origin: string, type?: RegExp) {
  const u = new URL(url);
  expect(u.origin, url).toBe(origin);
  const res = await request.get(u.pathname + u.search);
  expect(res.status(), url).toBe(200);
  if (type) expect(res.headers()["content-type"], url).toMatch(type);
}

/** A page's <head> as the server sends it (no browser needed: these are static tags). */
const decode = (v: string) =>
  v
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
const headTag = (html: string, re: RegExp) => {
  const m = re.exec(html);
  return m ? decode(m[1]) : null;
};
const metaIn = (html: string, attr: string, name: string) =>
  headTag(html, new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`));

for (const p of pages)
  test(`${p.path} carries title, description, canonical, Open Graph and X card metadata with absolute URLs`, async ({
    request,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
    const html = await (await request.get(p.path)).text();
    expect((headTag(html, /<title>([^<]*)<\/title>/) ?? "").length, p.path).toBeGreaterThan(5);
    expect(metaIn(html, "name", "description")!.length).toBeGreaterThan(20);
    const canonical = headTag(html, /<link rel="canonical" href="([^"]*)"/);
    expect(new URL(canonical!).href).toBe(new URL(p.path, origin).href);
    await expectResolves(request, canonical!, origin);
    expect(metaIn(html, "property", "og:type")).toBe(p.kind);
    expect(new URL(metaIn(html, "property", "og:url")!).href).toBe(new URL(canonical!).href);
    expect(metaIn(html, "property", "og:title")).toBeTruthy();
    expect(metaIn(html, "property", "og:description")).toBeTruthy();
    expect(metaIn(html, "name", "twitter:card")).toBe("summary_large_image");
    const image = metaIn(html, "property", "og:image")!;
    expect(metaIn(html, "property", "og:image:width")).toBe("1200");
    expect(metaIn(html, "property", "og:image:height")).toBe("630");
    expect(metaIn(html, "property", "og:image:alt")).toBeTruthy();
    expect(metaIn(html, "name", "twitter:image")).toBe(image);
    await expectResolves(request, image, origin, /^image\/png/);
    const feed = headTag(html, /<link rel="alternate" type="application\/atom\+xml" href="([^"]*)"/);
    await expectResolves(request, feed!, origin, /xml/);
    if (p.kind === "article") {
      expect(metaIn(html, "property", "article:published_time")).toMatch(/^\d{4}-\d{2}-\d{2}/);
      expect(metaIn(html, "property", "article:modified_time")).toMatch(/^\d{4}-\d{2}-\d{2}/);
    }
  });

async function jsonLd(page: Page) {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((b) => JSON.parse(b) as Record<string, unknown>);
}

test("each article has NewsArticle and BreadcrumbList JSON-LD with the required properties", async ({
  page,
  request,
  baseURL,
}) => {
  const { articles } = await content();
  const origin = new URL(baseURL!).origin;
  for (const a of articles) {
    await page.goto(`/articles/${a.slug}`);
    const data = await jsonLd(page);
    const article = data.find((d) => d["@type"] === "NewsArticle")!;
    expect(article).toMatchObject({
      "@context": "https://schema.org",
      headline: a.title,
      description: a.dek,
      datePublished: a.published,
      dateModified: a.updated,
      author: { "@type": "Organization" },
      publisher: { "@type": "Organization" },
    });
    for (const img of article.image as string[]) await expectResolves(request, img, origin, /^image\/png/);
    const citations = article.citation as { "@type": string; url: string; name: string }[];
    expect(citations.length).toBeGreaterThan(0);
    for (const c of citations) expect(() => new URL(c.url)).not.toThrow();
    const crumbs = data.find((d) => d["@type"] === "BreadcrumbList")!;
    const items = crumbs.itemListElement as { position: number; item: string }[];
    expect(items.map((i) => i.position)).toEqual([1, 2]);
    for (const i of items) await expectResolves(request, i.item, origin);
  }
});

test("each quote page has Quotation JSON-LD: text, speaker, date, source", async ({ page }) => {
  const { quotes, sources } = await content();
  for (const [id, q] of quotes) {
    await page.goto(`/quotes/${id}`);
    const data = await jsonLd(page);
    const quotation = data.find((d) => d["@type"] === "Quotation")!;
    expect(quotation).toMatchObject({
      text: q.text,
      dateCreated: q.date,
      creator: {
        "@type": { person: "Person", organization: "Organization", document: "CreativeWork" }[q.speakerType],
        name: q.speaker,
      },
      isBasedOn: { url: sources.get(q.sourceId)!.url },
      citation: { url: sources.get(q.sourceId)!.url },
    });
    expect(data.find((d) => d["@type"] === "BreadcrumbList")!.itemListElement).toHaveLength(3);
  }
});

async function parseXml(page: Page, xml: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    if (doc.getElementsByTagName("parsererror").length) return null;
    return {
      root: doc.documentElement.nodeName,
      locs: [...doc.getElementsByTagName("loc")].map((n) => n.textContent),
      lastmods: [...doc.getElementsByTagName("lastmod")].map((n) => n.textContent),
      entryLinks: [...doc.querySelectorAll("entry > link")].map((n) => n.getAttribute("href")),
      entryTitles: [...doc.querySelectorAll("entry > title")].map((n) => n.textContent),
    };
  }, xml);
}

test("the sitemap, robots.txt and Atom feed parse and list every article", async ({ page, request, baseURL }) => {
  const { articles } = await content();
  const all = model.pages.filter((p) => p.lastModified);
  const sitemap = await parseXml(page, await (await request.get("/sitemap.xml")).text());
  expect(sitemap?.root).toBe("urlset");
  expect(sitemap!.locs.map((l) => new URL(l!).pathname).sort()).toEqual(all.map((p) => p.path).sort());
  expect(sitemap!.lastmods.every((d) => /^\d{4}-\d{2}-\d{2}/.test(d!))).toBe(true);

  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain(`Sitemap: ${new URL("/sitemap.xml", baseURL).toString()}`);

  const feedRes = await request.get("/feed.xml");
  expect(feedRes.headers()["content-type"]).toContain("application/atom+xml");
  const feed = await parseXml(page, await feedRes.text());
  expect(feed?.root).toBe("feed");
  for (const a of articles) expect(feed!.entryLinks).toContain(new URL(`/articles/${a.slug}`, baseURL).toString());
  const corrections =
    articles.reduce((n, a) => n + a.corrections.length, 0) + (await content()).site.pageCorrections.length;
  expect(feed!.entryTitles.length).toBe(articles.length + corrections);
});

test("printing an article shows endnotes and written-out links, and hides navigation and controls", async ({
  page,
}) => {
  const { articles } = await content();
  const a = articles[0];
  await page.goto(`/articles/${a.slug}`);
  await page.emulateMedia({ media: "print" });
  for (const hidden of [
    ".site-header",
    ".site-footer",
    ".toc-aside",
    ".toc-disclosure",
    ".heading-anchor",
    ".copy-link",
    ".sidebar-back",
  ])
    for (const el of await page.locator(hidden).all()) await expect(el).toBeHidden();
  await expect(page.locator(".quote-sidebar")).toBeVisible();
  await expect(page.locator(".quote-sidebar .sidebar-entry")).toHaveCount(a.citedQuotes.length);
  const label = await page.locator(".sidebar-title").evaluate((h) => getComputedStyle(h, "::before").content);
  expect(label).toContain("Endnotes");
  const written = await page
    .locator(".sidebar-source a.source-link")
    .first()
    .evaluate((l) => [getComputedStyle(l, "::after").content, l.getAttribute("href")]);
  expect(written[0]).toContain(written[1]!);
  const internal = page.locator(".prose-body a[data-print-url]").first();
  if ((await internal.count()) > 0) {
    const [after, url] = await internal.evaluate((l) => [
      getComputedStyle(l, "::after").content,
      l.getAttribute("data-print-url"),
    ]);
    expect(after).toContain(url!);
  }
});

test("the section link control uses the Web Share API where the browser has it, with a clean URL", async ({
  page,
  baseURL,
}) => {
  await page.addInitScript(() => {
    (window as unknown as { __shared: unknown[] }).__shared = [];
    Object.defineProperty(navigator, "share", {
      configurable: true,
      value: (data: unknown) => {
        (window as unknown as { __shared: unknown[] }).__shared.push(data);
        return Promise.resolve();
      },
    });
  });
  const { articles } = await content();
  const a = articles[1];
  const section = a.toc[2];
  await page.goto(`/articles/${a.slug}?utm_source=test`);
  const button = page.locator(`[id="${section.id}"] button.copy-link`);
  await expect(button).toHaveAccessibleName(`Share this section: ${section.text}`);
  await button.click();
  const shared = await page.evaluate(
    () => (window as unknown as { __shared: { title: string; url: string }[] }).__shared,
  );
  expect(shared).toEqual([
    { title: `${section.text} — ${a.title}`, url: `${baseURL}/articles/${a.slug}#${section.id}` },
  ]);
});

test("every built HTML page passes the W3C Nu HTML Checker", async () => {
  const out = path.resolve(import.meta.dirname, "../..", process.env.E2E_DIR ?? "out");
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== "_next") walk(full);
      } else if (name.endsWith(".html")) files.push(full);
    }
  };
  walk(out);
  expect(files.length).toBeGreaterThan(40);
  const jar = path.resolve(import.meta.dirname, "../../node_modules/vnu-jar/build/dist/vnu.jar");
  let report = "";
  try {
    execFileSync("java", ["-jar", jar, "--errors-only", "--format", "text", ...files], {
      encoding: "utf8",
      stdio: "pipe",
    });
  } catch (error) {
    report = String((error as { stderr?: string }).stderr ?? error);
  }
  expect(report).toBe("");
});
