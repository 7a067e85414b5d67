import type { Article } from "@/lib/content";
import { LOCALES, type Lang } from "@/lib/i18n";
import { ui } from "@/lib/i18n/strings";
import { routesFor } from "@/lib/routes";

type NavArticle = Pick<Article, "slug" | "title" | "navTitle" | "order">;

const NAV_LINK =
  "flex min-h-11 items-center gap-[0.4rem] rounded p-2 text-sm text-ink no-underline hover:bg-panel aria-[current=page]:font-[650] aria-[current=page]:[box-shadow:inset_0_-3px_0_var(--color-accent)] max-[23.5rem]:px-[0.3rem] max-[22.5rem]:px-[0.2rem] xl:max-w-60";

type Props = {
  siteName: string;
  articles: NavArticle[];
  lang: Lang;
  /** This page in the other edition, when it has one (the language switch). */
  counterpart: { lang: Lang; href: string } | null;
};

export function SiteHeader({ siteName, articles, lang, counterpart }: Props) {
  const t = ui(lang).site;
  const routes = routesFor(lang);
  return (
    <header className="site-header sticky top-0 z-40 h-(--header-h) border-b border-rule bg-paper/94 font-sans [backdrop-filter:blur(6px)] print:hidden">
      <div className="mx-auto flex h-full max-w-7xl items-center gap-4 px-4 max-[23.5rem]:gap-1 max-[23.5rem]:px-3 max-[22.5rem]:px-2">
        <a
          href={routes.home}
          className="font-serif text-[1.05rem] font-bold whitespace-nowrap text-ink no-underline max-[23.5rem]:text-[0.95rem] max-[22.5rem]:text-[0.85rem]"
        >
          <span className="max-[27rem]:sr-only">{siteName}</span>
          <span className="hidden max-[27rem]:inline" aria-hidden="true">
            {t.shortName}
          </span>
        </a>
        <nav aria-label={t.navArticles} className="ml-auto flex items-center">
          <span
            className="mr-1 hidden self-center text-[0.8rem] text-muted min-[28rem]:max-xl:inline"
            aria-hidden="true"
          >
            {t.parts}
          </span>
          <ol className="flex gap-1">
            {articles.map((a) => (
              <li key={a.slug}>
                <a href={routes.article(a.slug)} data-nav-slug={a.slug} className={NAV_LINK}>
                  <span
                    className="inline-grid size-6 place-items-center rounded-full border border-rule text-2xs font-semibold"
                    aria-hidden="true"
                  >
                    {a.order}
                  </span>
                  <span className="max-xl:sr-only xl:truncate">{a.navTitle}</span>
                </a>
              </li>
            ))}
            {/* On the narrowest phones "Quotes" lives in the footer only. */}
            <li className="max-[23.5rem]:hidden">
              <a href={routes.quotes} className={`${NAV_LINK} font-semibold`}>
                {t.quotes}
              </a>
            </li>
          </ol>
        </nav>
        <a href={routes.search} className={`${NAV_LINK} shrink-0`} data-nav-search>
          <svg
            viewBox="0 0 20 20"
            className="size-5"
            aria-hidden="true"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          >
            <circle cx="8.5" cy="8.5" r="5.5" />
            <path d="m13 13 5 5" strokeLinecap="round" />
          </svg>
          <span className="max-sm:sr-only">{t.search}</span>
        </a>
        {counterpart ? (
          // The same page in the other language; public/js/lang-switch.js adds the #section the reader is at.
          <a
            href={counterpart.href}
            hrefLang={LOCALES[counterpart.lang].hreflang}
            lang={LOCALES[counterpart.lang].hreflang}
            className={`${NAV_LINK} shrink-0 font-semibold`}
            data-lang-switch
            title={ui(counterpart.lang).site.language.hint}
          >
            <span className="max-sm:sr-only">{LOCALES[counterpart.lang].name}</span>
            <span className="uppercase sm:hidden" aria-hidden="true">
              {counterpart.lang}
            </span>
          </a>
        ) : null}
      </div>
    </header>
  );
}
