import { expect, test, type Page } from "@playwright/test";
import { formatDate } from "../../lib/format";
import { content } from "./content";

// The data figures, checked in the built pages against the data they are derived from (content/timeline.yaml
// through lib/figures): every band, ruling and step, its dates and reported marks, the text alternative, the
// layout at 320 px, and that all of it is there without JavaScript.
const { figures } = await content();
const chart = figures.precedentChart;
const CHART_PAGES = ["/", "/timeline", "/articles/what-happened-next"];
const PATH_PAGES = ["/articles/the-sessions-reversal", "/glossary"];
const steps = figures.casePaths.flatMap((p) => p.steps);

async function wide(page: Page, id: string) {
  await page.setViewportSize({ width: 1280, height: 900 });
  return page.locator(`#${id} svg[data-layout="horizontal"], #${id} svg[data-layout="wide"]`);
}

for (const path of CHART_PAGES) {
  test(`precedent chart on ${path}: one band per period and one mark per ruling, as in the timeline`, async ({
    page,
  }) => {
    await page.goto(path);
    const svg = await wide(page, "precedent-chart");
    await expect(svg).toBeVisible();
    await expect(svg.locator(".band")).toHaveCount(chart.bands.length);
    for (const b of chart.bands) {
      const link = svg.locator(`.band a[href="/timeline#${b.start.id}"]`);
      await expect(link).toHaveCount(1);
      const name = (await link.getAttribute("aria-label")) ?? "";
      expect(name).toContain(b.label);
      expect(name).toContain(formatDate(b.start.date));
      if (b.end) expect(name).toContain(formatDate(b.end.date));
      else expect(name).toContain(formatDate(chart.to));
      expect(name.includes("(reported)")).toBe(b.status === "reported" || b.end?.status === "reported");
      await expect(link).toContainText(b.label);
      // A reported period says so in words on the drawing, and is hatched (a pattern, not a colour).
      const drawn = link.locator("rect").first();
      if (b.status === "reported") {
        await expect(link).toContainText("reported");
        expect(await drawn.getAttribute("fill")).toMatch(/^url\(#/);
      } else expect(await drawn.getAttribute("fill")).toBeNull();
      for (const ph of b.phases)
        await expect(svg.locator(`a[href="/timeline#${ph.event.id}"]`)).toContainText(ph.label);
    }
    await expect(svg.locator(".marker")).toHaveCount(chart.markers.length);
    for (const m of chart.markers) {
      const link = svg.locator(`.marker[href="/timeline#${m.event.id}"]`);
      await expect(link).toHaveAttribute("data-marker", m.kind);
      await expect(link).toContainText(m.label);
      expect(await link.getAttribute("aria-label")).toContain(formatDate(m.event.date));
      if (m.event.status === "reported") await expect(link).toContainText("reported");
    }
  });
}

test("the text alternative holds the same facts: every period, phase and ruling, dated and linked", async ({
  page,
}) => {
  await page.goto("/timeline");
  const details = page.locator("#precedent-chart details.figure-data");
  await details.locator("summary").click();
  const rows = details.locator("li[data-row]");
  const phases = chart.bands.flatMap((b) => b.phases);
  await expect(rows).toHaveCount(chart.bands.length + phases.length + chart.markers.length);
  for (const b of chart.bands) {
    const row = details.locator(`li[data-row="band"][data-event="${b.start.id}"]`);
    await expect(row).toContainText(b.label);
    await expect(row).toContainText(formatDate(b.start.date));
    await expect(row).toContainText(b.end ? formatDate(b.end.date) : "today");
    await expect(row.locator(".reported-badge")).toHaveCount(
      (b.status === "reported" ? 1 : 0) + (b.end?.status === "reported" ? 1 : 0),
    );
    await expect(row.locator(`a[href="/timeline#${b.start.id}"]`)).toHaveCount(1);
    await expect(row.locator(`a[href="${b.start.section}"]`)).toHaveCount(1);
  }
  for (const m of chart.markers) {
    const row = details.locator(`li[data-row="marker"][data-event="${m.event.id}"]`);
    await expect(row).toContainText(m.label);
    await expect(row).toContainText(formatDate(m.event.date));
    await expect(row.locator(".reported-badge")).toHaveCount(m.event.status === "reported" ? 1 : 0);
    await expect(row.locator(`a[href="${m.event.section}"]`)).toHaveCount(1);
  }
});

test("the data list is printed open", async ({ page }) => {
  await page.emulateMedia({ media: "print" });
  await page.goto("/timeline");
  await expect(page.locator('#precedent-chart li[data-row="band"]').first()).toBeVisible();
});

for (const path of PATH_PAGES) {
  test(`case paths on ${path}: every step of both cases, dated from its event and linked to it`, async ({ page }) => {
    await page.goto(path);
    const svg = await wide(page, "case-path");
    await expect(svg).toBeVisible();
    await expect(svg.locator(".case-step")).toHaveCount(steps.length);
    for (const s of steps) {
      const link = svg.locator(`.case-step[href="/timeline#${s.event.id}"][data-step="${s.at ?? "unknown"}"]`);
      await expect(link.first()).toBeVisible();
      const names = await link.evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? ""));
      const name = names.find((n) => n.includes(s.label)) ?? "";
      expect(name).toContain(s.dated ? formatDate(s.event.date) : "Date not in our sources");
    }
    const rows = page.locator('#case-path li[data-row="step"]');
    await expect(rows).toHaveCount(steps.length);
    for (const s of steps)
      await expect(page.locator(`#case-path li[data-event="${s.event.id}"]`).filter({ hasText: s.label })).toHaveCount(
        1,
      );
  });
}

test("Cifuentes's grant is shown as unconfirmed: no date and no deciding body", async ({ page }) => {
  await page.goto("/articles/the-sessions-reversal");
  const row = page.locator('#case-path li[data-step="unknown"]');
  await expect(row).toContainText("Date not in our sources");
  await expect(row).toContainText("not confirmed");
});

for (const path of [...CHART_PAGES, ...PATH_PAGES]) {
  test(`at 320 px ${path} does not scroll sideways, and the figures' text stays at 12 px or more`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const svgs = page.locator(".data-figure svg[data-layout]:visible");
    expect(await svgs.count()).toBeGreaterThan(0);
    const smallest = await svgs.evaluateAll((els) =>
      Math.min(
        ...els.flatMap((svg) =>
          [...svg.querySelectorAll("text")].map(
            (t) => parseFloat(getComputedStyle(t).fontSize) * ((t as SVGTextElement).getScreenCTM()?.a ?? 0),
          ),
        ),
      ),
    );
    expect(smallest).toBeGreaterThanOrEqual(11.9);
  });
}

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });
  for (const path of [...CHART_PAGES, ...PATH_PAGES]) {
    test(`the figures on ${path} render in full`, async ({ page }) => {
      await page.goto(path);
      const fig = page.locator(".data-figure");
      await expect(fig.first()).toBeVisible();
      await expect(fig.locator("svg[data-layout]:visible a").first()).toBeVisible();
      await fig.locator("summary").first().click();
      await expect(fig.locator("li[data-row]").first()).toBeVisible();
    });
  }
});

test("every link in the figures resolves to a page and an element that exist", async ({ page, request }) => {
  const hrefs = new Set<string>();
  for (const path of [...CHART_PAGES, ...PATH_PAGES]) {
    await page.goto(path);
    for (const h of await page.locator(".data-figure a").evaluateAll((els) => els.map((e) => e.getAttribute("href")!)))
      hrefs.add(h);
  }
  const pages = new Map<string, string>();
  for (const href of hrefs) {
    const [p, hash] = href.split("#");
    if (!pages.has(p)) {
      const res = await request.get(p);
      expect(res.status(), p).toBe(200);
      pages.set(p, await res.text());
    }
    if (hash) expect(pages.get(p), href).toContain(`id="${hash}"`);
  }
});

test("the share image of /timeline and of What happened next is the chart, 1200 × 630", async ({ page, request }) => {
  for (const path of ["/timeline", "/articles/what-happened-next"]) {
    await page.goto(path);
    const url = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(url).toMatch(/\/og\/[a-z-]+\.png$/);
    const alt = await page.locator('meta[property="og:image:alt"]').getAttribute("content");
    expect(alt).toContain("Which precedent governed when");
    const png = await (await request.get(new URL(url!).pathname)).body();
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  }
});
