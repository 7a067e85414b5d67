/**
 * The "How we checked" page (/methods): its sections exist with the ids the site links to, and every
 * verification label and the footer link there.
 */
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { ArticleBody } from "@/components/article/article-body";
import { SiteFooter } from "@/components/layout/site-footer";
import { VerificationBadge } from "@/components/quote/verification-badge";
import { ReportedBadge } from "@/components/site/reported-badge";
import { StatusToday } from "@/components/site/status-today";
import { loadContent, type Content } from "@/lib/content/load";
import { renderQuoteCard } from "@/lib/embed/card";
import { METHODS_SECTIONS, routes } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site-config";

let content: Content;
beforeAll(async () => {
  content = await loadContent(path.resolve(import.meta.dirname, "../../content"));
});

describe("the methods page", () => {
  it("renders a heading with each section id the labels link to", async () => {
    const html = renderToStaticMarkup(
      await ArticleBody({
        article: content.methods,
        quotes: content.quotes,
        sources: content.sources,
        glossary: content.glossary,
        lang: "en",
      }),
    );
    for (const id of METHODS_SECTIONS) expect(html).toMatch(new RegExp(`<h2 id="${id}"`));
  });
});

describe("labels link to what they mean", () => {
  it('"Partly confirmed" links to #partly-confirmed and keeps the note as its title', () => {
    const quote = [...content.quotes.values()].find((q) => q.verification === "partly-confirmed")!;
    const html = renderToStaticMarkup(createElement(VerificationBadge, { quote, lang: "en" }));
    expect(html).toMatch(
      /^<a href="\/methods#partly-confirmed" class="verification-badge[^"]*" title="[^"]+">Partly confirmed<\/a>$/,
    );
  });

  it('"Reported" links to #reported, on the timeline and in the status', () => {
    expect(renderToStaticMarkup(createElement(ReportedBadge, { lang: "en" }))).toMatch(
      /^<a href="\/methods#reported" class="reported-badge[^"]*" title="[^"]+">Reported<\/a>$/,
    );
    expect(renderToStaticMarkup(createElement(ReportedBadge, { lang: "es" }))).toMatch(
      /^<a href="\/es\/methods#reported" class="reported-badge[^"]*" title="[^"]+">Reportado<\/a>$/,
    );
    const status = { ...content.site.statusToday };
    status.latestDevelopment = { ...status.latestDevelopment, status: "reported" };
    const html = renderToStaticMarkup(createElement(StatusToday, { status, sources: content.sources, lang: "en" }));
    expect(html).toContain(`<a href="/methods#reported" class="reported-badge `);
  });

  it("the embeddable card's label links out to the page too", () => {
    const quote = [...content.quotes.values()].find((q) => q.verification === "partly-confirmed")!;
    const card = renderQuoteCard(quote, content.sources.get(quote.sourceId)!, content.site);
    expect(card).toContain(
      `<a class="badge" href="${absoluteUrl(routes.methodsSection("partly-confirmed"))}" target="_blank"`,
    );
  });

  it("every page's footer links to it", () => {
    const html = renderToStaticMarkup(
      createElement(SiteFooter, {
        site: content.site,
        articles: content.articles,
        reference: content.model.footer.en ?? [],
        lang: "en",
      }),
    );
    expect(html).toContain(`<a href="/methods">How we checked</a>`);
    const es = content.editions.es!;
    const spanish = renderToStaticMarkup(
      createElement(SiteFooter, {
        site: es.site,
        articles: es.articles,
        reference: content.model.footer.es ?? [],
        lang: "es",
      }),
    );
    expect(spanish).toContain(`<a href="/es/methods">Cómo lo verificamos</a>`);
  });
});
