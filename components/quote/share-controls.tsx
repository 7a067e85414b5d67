import { CODE_BLOCK, H2, H3 } from "@/components/ui/styles";
import type { Lang } from "@/lib/i18n";
import { ui } from "@/lib/i18n/strings";
import { absoluteUrl } from "@/lib/site-config";
import { anchors, routesFor } from "@/lib/routes";

/** `copy-row` is the hook of /js/copy-buttons.js; its reserved space is in app/globals.css. */
const COPY_ROW = "copy-row my-2 flex flex-wrap items-center gap-x-4 gap-y-2";

type Props = { quoteId: string; embedCode: string; imageAlt: string; lang: Lang };

/**
 * Copy link, copy embed code, download the card image. Without JavaScript the link and the embed code are
 * plain, selectable text and the downloads are ordinary links; /js/copy-buttons.js adds a copy button to each
 * row that names what to copy (data-copy-value or data-copy-from). Everything points at the page's edition.
 */
export function ShareControls({ quoteId, embedCode, imageAlt, lang }: Props) {
  const routes = routesFor(lang);
  const t = ui(lang).quote.share;
  const pageUrl = absoluteUrl(routes.quote(quoteId));
  const codeId = `embed-code-${quoteId}`;
  return (
    <section
      className="mt-8 border-t border-rule pt-2 font-sans text-ui print:hidden"
      aria-labelledby={anchors.quote.share}
    >
      <h2 id={anchors.quote.share} className={`${H2} font-serif`}>
        {t.title}
      </h2>

      <h3 id={anchors.quote.link} className={H3}>
        {t.link}
      </h3>
      <p className={COPY_ROW} data-copy-label={t.copyLink} data-copy-value={pageUrl} data-copy-message={t.linkCopied}>
        <a href={routes.quote(quoteId)} className="wrap-anywhere">
          {pageUrl}
        </a>
      </p>

      <h3 id={anchors.quote.embed} className={H3}>
        {t.embed}
      </h3>
      <p className="text-muted">
        {t.embedHelp}
        <a href={routes.embedPreview}>{t.embedHelpLink}</a>
        {t.embedHelpEnd}
      </p>
      <label htmlFor={codeId} className="sr-only">
        {t.embedLabel}
      </label>
      <textarea
        id={codeId}
        className={`embed-code ${CODE_BLOCK}`}
        readOnly
        rows={8}
        defaultValue={embedCode}
        spellCheck={false}
      />
      <p className={COPY_ROW} data-copy-label={t.copyEmbed} data-copy-from={codeId} data-copy-message={t.embedCopied}>
        <a href={routes.embedQuote(quoteId)}>{t.openCard}</a>
      </p>

      <h3 id={anchors.quote.image} className={H3}>
        {t.image}
      </h3>
      <p className="text-muted">{imageAlt}</p>
      <ul className="list-disc pl-5">
        <li>
          <a href={routes.cardImage(quoteId, "1200x630")} download>
            {t.downloadWide}
          </a>
        </li>
        <li>
          <a href={routes.cardImage(quoteId, "1080x1080")} download>
            {t.downloadSquare}
          </a>
        </li>
      </ul>
    </section>
  );
}
