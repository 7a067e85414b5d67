import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { content } from "./content";

// A partner site on another origin (another port) that pastes our embed code, taken from the oEmbed
// documents, as a publisher would.
let partner: Server;
let partnerUrl: string;
let ids: string[];

test.beforeAll(async ({ request }) => {
  const { quotes } = await content();
  ids = ["markey-death-sentence", "ocampo-reprehensible", "doj-spokesman-personal-crimes"];
  for (const id of ids) expect(quotes.has(id)).toBe(true);
  const html: string[] = [];
  for (const id of ids) html.push((await (await request.get(`/oembed/quotes/${id}.json`)).json()).html);
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title></head><body>
<main id="column" style="width:320px">
<h1>Partner story</h1>
<section id="one">${html[0]}</section>
<section id="two">${html[1]}</section>
<section id="tab" hidden>${html[2]}</section>
</main></body></html>`;
  partner = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(page);
  });
  await new Promise<void>((resolve) => partner.listen(0, "127.0.0.1", resolve));
  partnerUrl = `http://127.0.0.1:${(partner.address() as AddressInfo).port}/`;
});

test.afterAll(async () => {
  await new Promise((resolve) => partner.close(resolve));
});

/** The iframe's height and the height of the card inside it. */
async function heights(page: Page, selector: string) {
  const frameEl = page.locator(selector);
  const outer = await frameEl.evaluate((f) => f.getBoundingClientRect().height);
  const frame = await (await frameEl.elementHandle())!.contentFrame();
  const inner = await frame!.locator(".card").evaluate((c) => c.getBoundingClientRect().height);
  return { outer, inner };
}

async function expectFitted(page: Page, selector: string) {
  await expect
    .poll(async () => {
      const h = await heights(page, selector);
      return Math.abs(h.outer - h.inner);
    })
    .toBeLessThanOrEqual(2);
}

/** Watches an iframe's height for 60 animation frames; true if it never changed. */
function staysStable(page: Page, selector: string) {
  return page.locator(selector).evaluate(
    (f) =>
      new Promise<boolean>((resolve) => {
        const start = f.style.height;
        let n = 0;
        const tick = () => {
          if (f.style.height !== start) return resolve(false);
          if (++n >= 60) return resolve(true);
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

test("the snippet becomes two titled, lazy iframes that fit their cards and stay stable", async ({ page, baseURL }) => {
  await page.goto(partnerUrl);
  const frames = page.locator("#one iframe, #two iframe");
  await expect(frames).toHaveCount(2);
  for (const sel of ["#one iframe", "#two iframe"]) {
    const f = page.locator(sel);
    await expect(f).toHaveAttribute("loading", "lazy");
    await expect(f).toHaveAttribute("title", /^Quotation card — /);
    expect(new URL((await f.getAttribute("src"))!).origin).toBe(new URL(baseURL!).origin);
    await expectFitted(page, sel);
    expect(await staysStable(page, sel)).toBe(true);
  }
  // The two cards differ in length, and each frame follows its own card.
  const a = await heights(page, "#one iframe");
  const b = await heights(page, "#two iframe");
  expect(b.outer).toBeGreaterThan(a.outer + 50);
});

test("a frame follows its card when the card gets shorter, and a card that starts hidden", async ({ page }) => {
  await page.goto(partnerUrl);
  await expectFitted(page, "#two iframe");
  const before = (await heights(page, "#two iframe")).outer;
  await page.locator("#column").evaluate((c) => (c.style.width = "700px"));
  await expectFitted(page, "#two iframe");
  expect((await heights(page, "#two iframe")).outer).toBeLessThan(before - 40);

  await page.locator("#tab").evaluate((t) => ((t as HTMLElement).hidden = false));
  await expect(page.locator("#tab iframe")).toBeVisible();
  await expectFitted(page, "#tab iframe");
});

test("height messages from anywhere but our own frames are ignored", async ({ page, baseURL }) => {
  await page.goto(partnerUrl);
  await expectFitted(page, "#one iframe");
  const before = await page.locator("#one iframe").evaluate((f) => f.style.height);
  await page.evaluate((ourOrigin) => {
    const data = { type: "ab-quote-card:height", height: 999 };
    // 1. The host page itself (wrong origin).
    window.postMessage(data, "*");
    // 2. A forged event claiming our origin but not coming from one of our frames.
    window.dispatchEvent(new MessageEvent("message", { data, origin: ourOrigin, source: window }));
    // 3. A foreign frame on another origin.
    const foreign = document.createElement("iframe");
    foreign.srcdoc = `<script>parent.postMessage(${JSON.stringify(data)}, "*")<\/script>`;
    document.body.appendChild(foreign);
  }, new URL(baseURL!).origin);
  // Let the foreign frame load and post before checking.
  await page
    .locator("iframe[srcdoc]")
    .evaluate(
      (f) =>
        new Promise((r) =>
          (f as HTMLIFrameElement).contentDocument?.readyState === "complete"
            ? r(null)
            : f.addEventListener("load", () => r(null)),
        ),
    );
  expect(await staysStable(page, "#one iframe")).toBe(true);
  expect(await page.locator("#one iframe").evaluate((f) => f.style.height)).toBe(before);
  await expect(page).toHaveURL(partnerUrl);
});

test("malformed, oversized and odd messages, even from our own frame, change nothing and never navigate", async ({
  page,
}) => {
  await page.goto(partnerUrl);
  await expectFitted(page, "#one iframe");
  const before = await page.locator("#one iframe").evaluate((f) => f.style.height);
  const card = page.frames().find((f) => f.url().includes("/embed/quotes/"))!;
  await card.evaluate(() => {
    const type = "ab-quote-card:height";
    const bad: unknown[] = [
      null,
      "ab-quote-card:height",
      42,
      { type },
      { type: "other", height: 300 },
      { type, height: "300" },
      { type, height: -5 },
      { type, height: 0 },
      { type, height: Number.NaN },
      { type, height: Number.POSITIVE_INFINITY },
      { type, height: 4001 },
      { type, height: 1e9 },
      { type: "ab-quote-card:navigate", height: 300, url: "https://example.invalid/" },
      { type, height: { valueOf: 300 } },
      "x".repeat(1_000_000),
    ];
    for (const m of bad) window.parent.postMessage(m, "*");
  });
  expect(await staysStable(page, "#one iframe")).toBe(true);
  expect(await page.locator("#one iframe").evaluate((f) => f.style.height)).toBe(before);
  await expect(page).toHaveURL(partnerUrl);
});

test("a card accepts only theme=light or theme=dark and ignores anything else", async ({ page }) => {
  const { quotes } = await content();
  const id = [...quotes.keys()][0];
  for (const [query, theme] of [
    ["?theme=dark", "dark"],
    ["?theme=light", "light"],
    ["?theme=blue", null],
    ["?theme=dark%22%3E%3Cscript%3E", null],
    ["?theme=<script>alert(1)</script>", null],
  ] as const) {
    await page.goto(`/embed/quotes/${id}/${query}`);
    expect(await page.locator("html").getAttribute("data-theme"), query).toBe(theme);
  }
});

test.describe("with JavaScript off on the partner page", () => {
  test.use({ javaScriptEnabled: false });
  test("the embed code is still an attributed quotation with both links", async ({ page }) => {
    const { quotes, sources } = await content();
    await page.goto(partnerUrl);
    const q = quotes.get(ids[0])!;
    const block = page.locator("#one blockquote.ab-quote-embed");
    await expect(block).toContainText(q.text);
    await expect(block).toContainText(q.speaker);
    await expect(block.locator(`a[href="${sources.get(q.sourceId)!.url}"]`)).toHaveCount(1);
    await expect(block.locator(`a[href$="/quotes/${q.id}"]`)).toHaveCount(1);
    await expect(page.locator("iframe")).toHaveCount(0);
  });
});

test("every quote has an oEmbed document with the required fields, linked from its page", async ({ request, page }) => {
  const { quotes, site } = await content();
  for (const id of quotes.keys()) {
    const res = await request.get(`/oembed/quotes/${id}.json`);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("application/json");
    const o = await res.json();
    expect(o).toMatchObject({
      type: "rich",
      version: "1.0",
      provider_name: site.name,
      author_name: quotes.get(id)!.speaker,
    });
    for (const key of ["html", "title", "provider_url", "thumbnail_url"]) expect(typeof o[key]).toBe("string");
    for (const key of ["width", "height", "thumbnail_width", "thumbnail_height"]) expect(o[key]).toBeGreaterThan(0);
    expect(o.html).toContain(`data-quote-id="${id}"`);
    expect(o.html).toMatch(/<script async src="[^"]+\/embed\.js"><\/script>$/);
  }
  const id = [...quotes.keys()][0];
  await page.goto(`/quotes/${id}`);
  const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute("href");
  expect(new URL(href!).pathname).toBe(`/oembed/quotes/${id}.json`);
});

test("the card page loads no script and nothing but itself", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  const res = await page.goto("/embed/quotes/musalo-dark-ages/");
  expect(res?.status()).toBe(200);
  await expect(page.locator(".card blockquote")).toContainText("Dark Ages");
  expect(await page.locator("script[src]").count()).toBe(0);
  expect(requests.filter((u) => !u.endsWith("/embed/quotes/musalo-dark-ages/"))).toEqual([]);
  // Links leave the frame.
  for (const target of await page.locator(".card a").evaluateAll((as) => as.map((a) => a.getAttribute("target"))))
    expect(target).toBe("_blank");
});

test("framing policy: cards may be framed anywhere, other pages only by our own origin", async ({ request }) => {
  const card = await request.get("/embed/quotes/musalo-dark-ages/");
  expect(card.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(card.headers()["x-frame-options"]).toBeUndefined();
  // Every other page's headers are checked one by one from the site model (site-model.spec.ts).
});

test("an article page cannot be framed by another site", async ({ page, baseURL }) => {
  await page.goto(partnerUrl);
  await page.evaluate(
    (src) =>
      new Promise((resolve) => {
        const f = document.createElement("iframe");
        f.id = "article-frame";
        f.addEventListener("load", resolve);
        f.src = src;
        document.body.appendChild(f);
      }),
    `${baseURL}/articles/the-reactions`,
  );
  // The browser refuses to render it (frame-ancestors 'self'): none of the article reaches the frame.
  await expect(page.frameLocator("#article-frame").locator(".article-main")).toHaveCount(0);
  // A card, by contrast, renders inside the same partner page.
  await expect(page.frameLocator("#one iframe").locator(".card blockquote")).toHaveCount(1);
});
