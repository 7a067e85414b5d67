// The Spanish edition (issue 14): same ids in both languages, reciprocal alternates, a language switch that keeps
// the reader's section, the original words of every quotation with a labelled translation, and no English
// interface words on Spanish pages. Expected values come from the content and the site model.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { esc } from "../../lib/escape-html";
import { LANGS, LOCALES } from "../../lib/i18n";
import { ui } from "../../lib/i18n/strings";
import { content } from "./content";

const { model } = await content();
const spanish = model.pages.filter((p) => p.lang === "es" && p.kind !== "embed-card");

/** The ids a page renders that links may target (its model anchors), read from the built page. */
async function renderedIds(page: Page, path: string) {
  await page.goto(path);
  return page.evaluate(() => [...document.querySelectorAll("main [id]")].map((e) => e.id));
}

test("articles, timeline, glossary and methods render the same ids in both languages", async ({ page }) => {
  const pairs = model.pages.filter(
    (p) => p.lang === "es" && ["article", "timeline", "glossary", "methods"].includes(p.kind),
  );
  expect(pairs.length).toBeGreaterThanOrEqual(7);
  for (const es of pairs) {
    const en = es.alternates.en!;
    const ids = (await renderedIds(page, en)).filter((id) => model.byPath.get(en)!.anchors.some((a) => a.id === id));
    const idsEs = (await renderedIds(page, es.path)).filter((id) => es.anchors.some((a) => a.id === id));
    // Sections and events keep their order; the glossary is alphabetical in each language, so compare as sets there.
    if (es.kind === "glossary") expect([...idsEs].sort(), es.path).toEqual([...ids].sort());
    else expect(idsEs, es.path).toEqual(ids);
    expect(ids.length, en).toBeGreaterThan(0);
  }
});

test("every Spanish page lists its English counterpart and x-default, and the English page lists it back", async ({
  request,
}) => {
  const links = (html: string) =>
    Object.fromEntries(
      [...html.matchAll(/<link rel="alternate" hrefLang="([^"]+)" href="([^"]+)"/g)].map((m) => [
        m[1],
        new URL(m[2]).pathname,
      ]),
    );
  for (const p of spanish.filter((x) => x.kind !== "not-found")) {
    const es = links(await (await request.get(p.path)).text());
    expect(es, p.path).toEqual({ en: p.alternates.en, es: p.path, "x-default": p.alternates.en });
    const en = links(await (await request.get(p.alternates.en!)).text());
    expect(en.es, p.alternates.en).toBe(p.path);
  }
});

test("Spanish pages are lang=es with Spanish locale metadata; English pages are unchanged", async ({ request }) => {
  for (const lang of LANGS)
    for (const kind of ["home", "article", "timeline", "quote"]) {
      const p = model.pages.find((x) => x.lang === lang && x.kind === kind)!;
      const html = await (await request.get(p.path)).text();
      expect(html, p.path).toMatch(new RegExp(`^<!DOCTYPE html><html lang="${LOCALES[lang].hreflang}"`));
      expect(html).toContain(`<meta property="og:locale" content="${LOCALES[lang].og}"/>`);
    }
});

for (const width of [375, 1280])
  test(`the language switch lands on the same section in the other language (${width}px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const { articles } = await content();
    const article = articles[1];
    const section = article.toc[Math.floor(article.toc.length / 2)];
    await page.goto(`/articles/${article.slug}#${section.id}`);
    await page.locator("a[data-lang-switch]").click();
    await expect(page).toHaveURL(new RegExp(`/es/articles/${article.slug}#${section.id}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.locator(`[id="${section.id}"]`)).toBeInViewport();
    await page.locator("a[data-lang-switch]").click();
    await expect(page).toHaveURL(new RegExp(`/articles/${article.slug}#${section.id}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });

test("without JavaScript, the switch still links to the counterpart page", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const p of spanish.slice(0, 20)) {
    await page.goto(p.path);
    await expect(page.locator("a[data-lang-switch]"), p.path).toHaveAttribute("href", p.alternates.en!);
  }
  await context.close();
});

/** Every string of an English table whose Spanish differs: the words a Spanish page must not show. */
function englishOnly(en: unknown, es: unknown, out: string[] = []): string[] {
  if (typeof en === "string" && typeof es === "string") {
    if (en !== es && /[a-z]{3}/.test(en)) out.push(en);
  } else if (en && typeof en === "object" && es && typeof es === "object")
    for (const k of Object.keys(en))
      englishOnly((en as Record<string, unknown>)[k], (es as Record<string, unknown>)[k], out);
  return out;
}

test("Spanish pages carry no English interface words", async ({ page }) => {
  // Our Spanish text may name an English term or institution in parentheses ("Junta de Apelaciones de Inmigración
  // (Board of Immigration Appeals, BIA)"): an interface string that our Spanish content itself uses is allowed.
  const es = (await content()).editions.es!;
  const spanishText = JSON.stringify([
    es.site,
    [...es.glossary.values()],
    es.timeline,
    es.claims,
    es.articles.map((a) => [a.title, a.dek]),
  ]);
  const words = [...new Set(englishOnly(ui("en"), ui("es")))].filter(
    (w) => !w.includes("{") && w.length >= 5 && !spanishText.includes(w),
  );
  expect(words.length).toBeGreaterThan(60);
  const seen = new Set<string>();
  for (const p of spanish.filter((x) => !seen.has(x.kind) && seen.add(x.kind))) {
    await page.goto(p.kind === "not-found" ? "/es/404.html" : p.path);
    // What a reader sees, minus what is legitimately English: original quotations and claims (lang="en"),
    // published titles and publishers in citations, and case names.
    const { text, labels } = await page.evaluate(() => {
      const clone = document.body.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('[lang="en"], .source-link, cite, script, style, [hidden]').forEach((e) => e.remove());
      // Labels: the whole text of an element with no child elements, and every accessible name or title.
      const leaves = [...clone.querySelectorAll("*")]
        .filter((e) => e.children.length === 0)
        .map((e) => e.textContent!.trim());
      const attrs = [...clone.querySelectorAll("[aria-label], [title], [alt]")].flatMap((e) =>
        ["aria-label", "title", "alt"].map((a) => e.getAttribute(a) ?? ""),
      );
      return { text: `${clone.innerText}\n${attrs.join("\n")}`, labels: [...leaves, ...attrs] };
    });
    for (const w of words)
      if (w.includes(" ")) expect(text, `${p.path} shows "${w}"`).not.toContain(w);
      // A one-word string ("Sources") is an interface word where it is a whole label; inside a name it is not.
      else expect(labels, `${p.path} shows the label "${w}"`).not.toContain(w);
  }
});

test("Spanish prose uses Spanish quotation marks (« »), never English ones, outside original words", async ({
  page,
}) => {
  const { editions } = await content();
  for (const a of editions.es!.articles) {
    await page.goto(`/es/articles/${a.slug}`);
    const text = await page.locator(".prose-body").evaluate((body) => {
      const clone = body.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('[lang="en"], q, cite, .source-link').forEach((e) => e.remove());
      return clone.textContent ?? "";
    });
    expect(text, a.slug).toContain("«");
    expect(text.match(/["“”]/g), `${a.slug}: English quotation marks in Spanish prose`).toBeNull();
  }
});

test("a Spanish article's quotations are the registry's original words, each with our labelled translation", async ({
  page,
}) => {
  const { editions } = await content();
  const es = editions.es!;
  const label = ui("es").article.quote;
  let checked = 0;
  for (const a of es.articles) {
    await page.goto(`/es/articles/${a.slug}`);
    for (const use of a.quoteUses) {
      const quote = es.quotes.get(use.id)!;
      const el = page.locator(`[id="${use.anchor}"]`);
      const original = el.locator(use.inline ? "q" : "blockquote");
      await expect(original, use.anchor).toHaveAttribute("lang", "en");
      const words = (await original.textContent())!.replace(/\s+/g, " ").trim();
      if (use.inline) {
        expect(words, use.anchor).toBe(use.words);
        expect(quote.text).toContain(words);
      } else expect(words, use.anchor).toBe(quote.text.replace(/\s+/g, " ").trim());
      const translation = use.inline ? use.translation! : es.quoteTranslations!.get(use.id)!;
      const shown = el.locator(".quote-translation");
      await expect(shown, use.anchor).toContainText(`«${translation}»`);
      await expect(shown).toContainText(use.inline ? label.inlineTranslation : label.translation);
      checked += 1;
    }
  }
  expect(checked).toBeGreaterThan(30);
});

test("every quotation can be embedded in Spanish: card, oEmbed and card images, original words and our translation", async ({
  request,
}) => {
  const { editions } = await content();
  const es = editions.es!;
  const label = ui("es").quote.translation;
  for (const q of es.quotes.values()) {
    const translation = es.quoteTranslations!.get(q.id)!;
    const card = await (await request.get(`/es/embed/quotes/${q.id}/`)).text();
    expect(card, q.id).toMatch(/^<!doctype html>\s*<html lang="es">/i);
    const original = /<blockquote[^>]*lang="en"[^>]*><p>([\s\S]*?)<\/p><\/blockquote>/.exec(card)?.[1] ?? "";
    expect(original, q.id).toContain(esc(q.text));
    expect(card, q.id).toContain(label);
    expect(card, q.id).toContain(esc(translation));
    const oembed = (await (await request.get(`/es/oembed/quotes/${q.id}.json`)).json()) as { html: string };
    // The embed code: a Spanish blockquote (embed.js turns it into the Spanish card) with the original words,
    // our translation and a link to the Spanish quote page.
    expect(oembed.html, q.id).toContain(`lang="es"`);
    expect(oembed.html, q.id).toContain(`data-quote-id="${q.id}"`);
    expect(oembed.html, q.id).toContain(`<p lang="en">`);
    expect(oembed.html, q.id).toContain(esc(translation));
    expect(oembed.html, q.id).toContain(`/es/quotes/${q.id}"`);
    for (const size of ["1200x630", "1080x1080"]) {
      const image = await request.get(`/es/cards/${q.id}-${size}.png`);
      expect(image.status(), `${q.id} ${size}`).toBe(200);
      expect(image.headers()["content-type"]).toMatch(/^image\/png/);
    }
  }
});

test("a partner pasting the Spanish embed code gets the Spanish card, fitted to its height", async ({
  page,
  request,
}) => {
  const id = "markey-death-sentence";
  const { html } = (await (await request.get(`/es/oembed/quotes/${id}.json`)).json()) as { html: string };
  const partner = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Socio</title></head><body>
<main style="width:320px">${html}</main></body></html>`);
  });
  await new Promise<void>((resolve) => partner.listen(0, "127.0.0.1", resolve));
  try {
    await page.goto(`http://127.0.0.1:${(partner.address() as AddressInfo).port}/`);
    const frame = page.locator("iframe");
    await expect(frame).toHaveAttribute("src", new RegExp(`/es/embed/quotes/${id}/`));
    const card = page.frameLocator("iframe").locator(".card");
    await expect(card.locator('blockquote[lang="en"]')).toBeVisible();
    await expect(card).toContainText(ui("es").quote.translation);
    await expect
      .poll(async () => {
        const outer = await frame.evaluate((f) => f.getBoundingClientRect().height);
        const inner = await card.evaluate((c) => c.getBoundingClientRect().height);
        return Math.abs(outer - inner);
      })
      .toBeLessThanOrEqual(2);
  } finally {
    await new Promise((resolve) => partner.close(resolve));
  }
});
