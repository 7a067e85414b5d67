// No page breaks under its own security policy: every page of the site model is opened in the browser, with the
// headers the build wrote for it, and any Content-Security-Policy violation (a blocked script, style, image,
// frame or font) fails its test. The policy of each kind is in lib/site/headers.ts.
import { expect, test } from "@playwright/test";
import { contentSecurityPolicy } from "../../lib/site/headers";
import { content, notFoundVisit, perPageSample } from "./content";

const { model } = await content();

for (const p of perPageSample(model.pages))
  test(`no CSP violation on ${p.kind} ${p.path}`, async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        (window as unknown as { __csp: string[] }).__csp ??= [];
        (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    const res = await page.goto(notFoundVisit(p) ?? p.path, { waitUntil: "load" });
    const policy = res?.headers()["content-security-policy"];
    expect(policy).toBe(contentSecurityPolicy(p));
    // Only search compiles WebAssembly and fetches; there, a search runs (Pagefind's worker, WebAssembly and index).
    if (p.kind === "search") {
      expect(policy).toContain("'wasm-unsafe-eval'");
      await page.locator("#search-q").fill("asylum");
      await expect(page.locator("#search-results a").first()).toBeAttached();
    } else expect(policy).not.toMatch(/wasm|connect-src/);
    if (p.kind === "embed-preview") await expect(page.locator("iframe")).toHaveCount(2);
    // The page's own scripts have run (they are deferred modules): their controls exist.
    if (p.kind === "article") await expect(page.locator("button.copy-link").first()).toBeAttached();
    if (p.kind === "quote") await expect(page.locator("button.copy-button").first()).toBeAttached();
    const seen = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
    expect([...seen, ...violations]).toEqual([]);
  });
