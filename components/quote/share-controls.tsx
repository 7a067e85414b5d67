import { absoluteUrl } from "@/lib/site-config";
import { routes } from "@/lib/routes";

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
    <section className="share-controls" aria-labelledby="share-title">
      <h2 id="share-title">Share and embed</h2>

      <h3 id="link-to-quote">Link to this quote</h3>
      <p className="copy-row" data-copy-label="Copy link" data-copy-value={pageUrl} data-copy-message="Link copied">
        <a href={routes.quote(quoteId)} className="share-url">
          {pageUrl}
        </a>
      </p>

      <h3 id="embed-code">Embed code</h3>
      <p className="share-help">
        Paste this into any web page. Without JavaScript it shows the quotation with its attribution and two links;
        with JavaScript it becomes a card that resizes to fit. See the <a href={routes.embedPreview}>embed preview</a>.
      </p>
      <label htmlFor={codeId} className="sr-only">
        Embed code for this quote
      </label>
      <textarea id={codeId} className="embed-code" readOnly rows={8} defaultValue={embedCode} spellCheck={false} />
      <p
        className="copy-row"
        data-copy-label="Copy embed code"
        data-copy-from={codeId}
        data-copy-message="Embed code copied"
      >
        <a href={routes.embedQuote(quoteId)}>Open the card on its own</a>
      </p>

      <h3 id="card-image">Card image</h3>
      <p className="share-help">{imageAlt}</p>
      <ul className="download-list">
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
