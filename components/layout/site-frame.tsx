import type { ReactNode } from "react";
import { PageScripts } from "@/components/site/page-scripts";
import { StatusStrip } from "@/components/site/status-today";
import { getContent } from "@/lib/content";
import { LANGS } from "@/lib/i18n";
import { ui } from "@/lib/i18n/strings";
import { pageFor } from "@/lib/site/model";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/**
 * Everything around a page's own content, in the page's language: skip link, header (with the switch to the same
 * page in the other edition), status strip, footer. Each page renders its frame with its own path, so the frame
 * knows the page from the site model (its language and its counterpart) rather than guessing from the URL.
 */
export async function SiteFrame({ path, children }: { path: string; children: ReactNode }) {
  const { model } = await getContent();
  const page = pageFor(model, path);
  const { lang } = page;
  const { site, articles } = await getContent(lang);
  const t = ui(lang).site;
  const other = LANGS.find((l) => l !== lang && page.alternates[l]);
  return (
    <>
      <a
        href="#main"
        className="skip-link absolute -top-12 left-2 z-50 bg-ink px-3 py-2 font-sans text-paper focus:top-2 print:hidden"
      >
        {t.skip}
      </a>
      <SiteHeader
        siteName={site.name}
        articles={articles}
        lang={lang}
        counterpart={other ? { lang: other, href: page.alternates[other]! } : null}
      />
      <StatusStrip status={site.statusToday} lang={lang} />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <SiteFooter site={site} articles={articles} reference={model.footer[lang] ?? []} lang={lang} />
      {other ? <PageScripts features={["lang-switch"]} /> : null}
    </>
  );
}
