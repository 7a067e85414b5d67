import { SiteFrame } from "@/components/layout/site-frame";
import { CODE_BLOCK, DEK, H2, H3, KICKER, PAGE_TITLE } from "@/components/ui/styles";
import { getContent } from "@/lib/content";
import { embedSnippet } from "@/lib/embed/snippet";
import type { Lang } from "@/lib/i18n";
import { ui } from "@/lib/i18n/strings";
import { routesFor } from "@/lib/routes";

/**
 * The embed preview of an edition, for publishers: what the embed code does, and two examples as a partner's page
 * would show them (that edition's code, which frames that edition's card).
 */
export async function EmbedPage({ lang }: { lang: Lang }) {
  const { quotes, sources, site, quoteTranslations } = await getContent(lang);
  const routes = routesFor(lang);
  const t = ui(lang).quote.embedPage;
  const all = [...quotes.values()];
  // One voice from each side, so the preview itself is fair.
  const examples = [all.find((q) => q.stance === "supports")!, all.find((q) => q.stance === "criticizes")!];
  return (
    <SiteFrame path={routes.embedPreview}>
      <div className="mx-auto max-w-5xl px-4 pt-6 leading-[1.6]">
        <p className={KICKER}>{t.kicker}</p>
        <h1 className={PAGE_TITLE}>{t.title}</h1>
        <p className={DEK}>
          {t.dek}
          <a href={routes.quotes}>{t.dekLink}</a>
          {t.dekEnd}
        </p>
        <ul className="mt-4 grid list-disc gap-[0.4rem] pl-5 font-sans text-ui">
          <li>{t.noJs}</li>
          <li>{t.withJs}</li>
          <li>
            {t.theme}
            <code>data-theme=&quot;light&quot;</code>
            {t.themeOr}
            <code>data-theme=&quot;dark&quot;</code>
            {t.themeEnd}
          </li>
          <li>{t.oembed}</li>
        </ul>

        {examples.map((quote, i) => {
          const code = embedSnippet(quote, sources.get(quote.sourceId)!, site, lang, quoteTranslations?.get(quote.id));
          return (
            <section key={quote.id} aria-labelledby={`example-${i + 1}`}>
              <h2 id={`example-${i + 1}`} className={H2}>
                {t.example(i + 1, quote.speaker)}
              </h2>
              <div className="grid gap-6 min-[56rem]:grid-cols-2">
                <div className="rounded-md border-2 border-dashed border-rule p-4 font-[Georgia,serif]">
                  <p className="font-sans text-2xs tracking-[0.06em] text-muted uppercase" aria-hidden="true">
                    {t.partner}
                  </p>
                  <p>{t.partnerText}</p>
                  <div
                    className="[&_blockquote]:my-4 [&_blockquote]:border-l-3 [&_blockquote]:border-rule [&_blockquote]:pl-4"
                    dangerouslySetInnerHTML={{ __html: code }}
                  />
                </div>
                <div>
                  <h3 id={`example-${i + 1}-code`} className={H3}>
                    {t.code}
                  </h3>
                  <pre className={CODE_BLOCK}>
                    <code>{code}</code>
                  </pre>
                  <p>
                    <a href={routes.quote(quote.id)}>{t.quotePage}</a> ·{" "}
                    <a href={routes.embedQuote(quote.id)}>{t.cardAlone}</a>
                  </p>
                </div>
              </div>
            </section>
          );
        })}
      </div>
    </SiteFrame>
  );
}
