import { CODE_BLOCK, H2, H3 } from "@/components/ui/styles";
import { absoluteUrl } from "@/lib/site-config";
import { anchors, routes } from "@/lib/routes";

/** `copy-row` is the hook of /js/copy-buttons.js; its reserved space is in app/globals.css. */
const COPY_ROW = "copy-row my-2 flex flex-wrap items-center gap-x-4 gap-y-2";

type Props = { quoteId: string; embedCode: string; imageAlt: string };

/**
 * Copy link, copy embed code, download the card image. Without JavaScript the link and the embed code are
 * plain, selectable text and the downloads are ordinary links; /js/copy-buttons.js adds a copy button to each
 * row that names what to copy (data-copy-value or data-copy-from).
 */
export function ShareControls({ quoteId, embedCode, imageAlt }: Props) {
  const pageUrl = absoluteUrl(routes.quote(quoteId));
  const codeId = `embed-code-${quoteId}`;
  return (
    <section
      className="mt-8 border-t border-rule pt-2 font-sans text-ui print:hidden"
      aria-labelledby={anchors.quote.share}
    >
      <h2 id={anchors.quote.share} className={`${H2} font-serif`}>
        Share and embed
      </h2>

      <h3 id={anchors.quote.link} className={H3}>
        Link to this quote
      </h3>
      <p className={COPY_ROW} data-copy-label="Copy link" data-copy-value={pageUrl} data-copy-message="Link copied">
        <a href={routes.quote(quoteId)} className="wrap-anywhere">
          {pageUrl}
        </a>
      </p>

      <h3 id={anchors.quote.embed} className={H3}>
        Embed code
      </h3>
      <p className="text-muted">
        Paste this into any web page. Without JavaScript it shows the quotation with its attribution and two links; with
        JavaScript it becomes a card that resizes to fit. See the <a href={routes.embedPreview}>embed preview</a>.
      </p>
      <label htmlFor={codeId} className="sr-only">
        Embed code for this quote
      </label>
      <textarea
        id={codeId}
        className={`embed-code ${CODE_BLOCK}`}
        readOnly
        rows={8}
        defaultValue={embedCode}
        spellCheck={false}
      />
      <p
        className={COPY_ROW}
        data-copy-label="Copy embed code"
        data-copy-from={codeId}
        data-copy-message="Embed code copied"
      >
        <a href={routes.embedQuote(quoteId)}>Open the card on its own</a>
      </p>

      <h3 id={anchors.quote.image} className={H3}>
        Card image
      </h3>
      <p className="text-muted">{imageAlt}</p>
      <ul className="list-disc pl-5">
        <li>
          <a href={routes.cardImage(quoteId, "1200x630")} download>
            Download for link previews (1200 × 630 PNG)
          </a>
        </li>
        <li>
          <a href={routes.cardImage(quoteId, "1080x1080")} download>
            Download for social posts (1080 × 1080 PNG)
          </a>
        </li>
      </ul>
    </section>
  );
}
