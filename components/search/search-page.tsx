import { SiteFrame } from "@/components/layout/site-frame";
import { PageScripts } from "@/components/site/page-scripts";
import { ReferencePage } from "@/components/site/simple-page";
import { CaseNames } from "@/components/ui/case-names";
import { SECTION_TITLE } from "@/components/ui/styles";
import { getContent } from "@/lib/content";
import type { Lang } from "@/lib/i18n";
import { ui } from "@/lib/i18n/strings";
import { anchors, routesFor } from "@/lib/routes";
import type { SitePage } from "@/lib/site/model";

/** Pages the index lists: every page a reader reads (not the cards made for iframes, the 404 or this page). */
const LISTED = (p: SitePage) => !["embed-card", "not-found", "search"].includes(p.kind);

/**
 * /search: a search field over the Pagefind index (public/js/search.js, which loads the index on first use), and
 * below it a plain index of every page and section, which is the page's whole content without JavaScript (the
 * field is then hidden by public/search-no-js.css, loaded inside <noscript>). The
 * messages the script shows are data attributes here, so the script holds no reader-facing words.
 */
export async function SearchPage({ lang }: { lang: Lang }) {
  const { model } = await getContent(lang);
  const routes = routesFor(lang);
  const t = ui(lang).site.searchPage;
  const kinds = ui(lang).model.kinds;
  const pages = model.pages.filter((p) => p.lang === lang && LISTED(p));
  const quotes = pages.filter((p) => p.kind === "quote");
  return (
    <SiteFrame path={routes.search}>
      <ReferencePage kicker={t.kicker} title={t.title} intro={<p>{t.intro}</p>}>
        {/* Without JavaScript the field could not search: this stylesheet hides it, and the full index below stands
            in. With JavaScript the form is there from the first paint, so showing it shifts nothing. */}
        <noscript>
          {/* A plain file on purpose: the site's CSS bundle is loaded either way; this rule applies only here. */}
          {/* eslint-disable-next-line @next/next/no-css-tags */}
          <link rel="stylesheet" href="/search-no-js.css" />
        </noscript>
        <form
          id="search-form"
          role="search"
          className="mt-6 font-sans"
          data-bundle={routes.searchBundle}
          data-msg-loading={t.loading}
          data-msg-none={t.none}
          data-msg-one={t.one}
          data-msg-many={t.many}
          data-msg-more={t.more}
          data-msg-error={t.error}
        >
          <label htmlFor="search-q" className="block text-sm font-semibold">
            {t.field}
          </label>
          <input
            id="search-q"
            name="q"
            type="search"
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="search"
            aria-describedby="search-help"
            aria-controls="search-results"
            className="mt-1 block min-h-11 w-full rounded border border-rule bg-paper px-3 text-base text-ink"
          />
          <p id="search-help" className="mt-1 text-xs text-muted">
            {t.help}
          </p>
          <fieldset className="mt-4">
            <legend className="text-sm font-semibold">{t.show}</legend>
            <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {[["", t.everything] as const, ...Object.values(kinds).map((k) => [k, k] as const)].map(
                ([value, label]) => (
                  <label key={value} className="inline-flex min-h-11 items-center gap-2 sm:min-h-8">
                    <input type="radio" name="kind" value={value} defaultChecked={value === ""} />
                    {label}
                  </label>
                ),
              )}
            </div>
          </fieldset>
          <p id="search-status" role="status" className="mt-4 text-sm text-muted" />
          <ol id="search-results" className="mt-2 grid gap-4" aria-label={t.results} />
        </form>

        <section aria-labelledby={anchors.search.index}>
          <h2 id={anchors.search.index} className={SECTION_TITLE}>
            {t.index}
          </h2>
          <ul className="mt-3 grid gap-3">
            {pages
              .filter((p) => p.kind !== "quote")
              .map((p) => {
                const entries =
                  p.kind === "quote-index"
                    ? quotes.map((q) => ({
                        href: q.path,
                        text: `${q.search[0]?.title ?? q.label}, ${q.search[0]?.section ?? ""}`,
                      }))
                    : p.search
                        .filter((r) => r.anchor !== null && r.anchor !== anchors.article.top)
                        .map((r) => ({ href: `${p.path}#${r.anchor}`, text: r.title }));
                return (
                  <li key={p.path}>
                    <a href={p.path} className="font-semibold">
                      <CaseNames text={p.label} />
                    </a>
                    {entries.length > 0 ? (
                      <ul className="mt-1 list-disc pl-5 text-sm [&_a]:inline-block [&_a]:py-[5px]">
                        {entries.map((e) => (
                          <li key={e.href}>
                            <a href={e.href}>
                              <CaseNames text={e.text} />
                            </a>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                );
              })}
          </ul>
        </section>
        <PageScripts features={["search"]} />
      </ReferencePage>
    </SiteFrame>
  );
}
