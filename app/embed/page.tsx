import type { Metadata } from "next";
import { CODE_BLOCK, DEK, H2, H3, KICKER, PAGE_TITLE } from "@/components/ui/styles";
import { getContent } from "@/lib/content";
import { embedSnippet } from "@/lib/embed/snippet";
import { metadataFor } from "@/lib/metadata";
import { routes } from "@/lib/routes";

export function generateMetadata(): Promise<Metadata> {
  return metadataFor(routes.embedPreview);
}

export default async function EmbedPreview() {
  const { quotes, sources, site } = await getContent();
  const all = [...quotes.values()];
  // One voice from each side, so the preview itself is fair.
  const examples = [all.find((q) => q.stance === "supports")!, all.find((q) => q.stance === "criticizes")!];
  return (
    <div className="mx-auto max-w-5xl px-4 pt-6 leading-[1.6]">
      <p className={KICKER}>For publishers</p>
      <h1 className={PAGE_TITLE}>Embed a sourced quote</h1>
      <p className={DEK}>
        Every quote on this site can be embedded, attributed and linked back to its source. Find the code on each
        quote&apos;s page, or browse <a href={routes.quotes}>all quotes</a>.
      </p>
      <ul className="mt-4 grid list-disc gap-[0.4rem] pl-5 font-sans text-ui">
        <li>
          Without JavaScript, the code is a plain quotation: the exact words, who said them and when, a link to the
          original source and a link to our page.
        </li>
        <li>
          With JavaScript, a small script (under 3 KB) turns it into a card in an iframe that keeps its height equal to
          the card&apos;s. The card loads no other files, sets no cookies and tracks nothing.
        </li>
        <li>
          The card follows the reader&apos;s light or dark setting; add <code>data-theme=&quot;light&quot;</code> or{" "}
          <code>data-theme=&quot;dark&quot;</code> to the blockquote to force one.
        </li>
        <li>oEmbed is available as a static JSON file per quote, linked from each quote page&apos;s head.</li>
      </ul>

      {examples.map((quote, i) => {
        const code = embedSnippet(quote, sources.get(quote.sourceId)!, site);
        return (
          <section key={quote.id} aria-labelledby={`example-${i + 1}`}>
            <h2 id={`example-${i + 1}`} className={H2}>
              Example {i + 1}: {quote.speaker}
            </h2>
            <div className="grid gap-6 min-[56rem]:grid-cols-2">
              <div className="rounded-md border-2 border-dashed border-rule p-4 font-[Georgia,serif]">
                <p className="font-sans text-2xs tracking-[0.06em] text-muted uppercase" aria-hidden="true">
                  A partner&apos;s article
                </p>
                <p>A paragraph of the partner&apos;s own story would sit here, and the quotation below it.</p>
                <div
                  className="[&_blockquote]:my-4 [&_blockquote]:border-l-3 [&_blockquote]:border-rule [&_blockquote]:pl-4"
                  dangerouslySetInnerHTML={{ __html: code }}
                />
              </div>
              <div>
                <h3 id={`example-${i + 1}-code`} className={H3}>
                  The code
                </h3>
                <pre className={CODE_BLOCK}>
                  <code>{code}</code>
                </pre>
                <p>
                  <a href={routes.quote(quote.id)}>This quote&apos;s page</a> ·{" "}
                  <a href={routes.embedQuote(quote.id)}>the card on its own</a>
                </p>
              </div>
            </div>
          </section>
        );
      })}
    </div>
  );
}
