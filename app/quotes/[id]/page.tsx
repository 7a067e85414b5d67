import type { Metadata } from "next";
import { Citation } from "@/components/quote/citation";
import { ShareControls } from "@/components/quote/share-controls";
import { VerificationBadge } from "@/components/quote/verification-badge";
import { CaseNames } from "@/components/ui/case-names";
import { KICKER, PAGE_FRAME, PAGE_TITLE, QUOTE_MARKS } from "@/components/ui/styles";
import { getContent, getQuote } from "@/lib/content";
import { pageFor } from "@/lib/site/model";
import { embedSnippet } from "@/lib/embed/snippet";
import { formatDate } from "@/lib/format";
import { metadataFor } from "@/lib/metadata";
import { routes } from "@/lib/routes";
import { breadcrumbs, quotation } from "@/lib/structured-data";
import { PageScripts } from "@/components/site/page-scripts";
import { JsonLd } from "@/components/seo/json-ld";
import { absoluteUrl } from "@/lib/site-config";

type Params = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return [...(await getContent()).quotes.keys()].map((id) => ({ id }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { quote } = await getQuote((await params).id);
  return metadataFor(routes.quote(quote.id), {
    alternates: { "application/json+oembed": absoluteUrl(routes.oembed(quote.id)) },
  });
}

export default async function QuotePage({ params }: Params) {
  const { id } = await params;
  const { site, model } = await getContent();
  const { quote, source, appearances } = await getQuote(id);
  return (
    <div className={PAGE_FRAME}>
      <JsonLd data={quotation(quote, source, site)} />
      <JsonLd
        data={breadcrumbs([
          { name: site.name, path: routes.home },
          { name: "Quotes", path: routes.quotes },
          { name: `${quote.speaker}, ${formatDate(quote.date)}`, path: routes.quote(quote.id) },
        ])}
      />
      <nav aria-label="Breadcrumb" className="print:hidden">
        <ol className="flex flex-wrap gap-x-2 gap-y-1 font-sans text-sm text-muted [&>li+li]:before:mr-2 [&>li+li]:before:content-['›']">
          <li>
            <a href={routes.home}>Home</a>
          </li>
          <li>
            <a href={routes.quotes}>Quotes</a>
          </li>
          <li aria-current="page">{quote.speaker}</li>
        </ol>
      </nav>
      <p className={KICKER}>Quotation</p>
      <h1 className={PAGE_TITLE}>
        {quote.speaker}, {formatDate(quote.date)}
      </h1>
      <figure className="quote-hero mt-4 mb-6 border-l-4 border-accent pl-[1.1rem]">
        <blockquote cite={source.url}>
          <p className={`text-2xl leading-normal ${QUOTE_MARKS}`}>{quote.text}</p>
        </blockquote>
        <figcaption className="mt-3 font-sans text-sm text-muted">
          <span className="font-[650] text-ink">{quote.speaker}</span>, {quote.role},{" "}
          <time dateTime={quote.date}>{formatDate(quote.date)}</time> <VerificationBadge quote={quote} />
        </figcaption>
      </figure>

      <dl className="quote-facts font-sans text-ui [&_dd]:mt-[0.2rem] [&_dt]:mt-4 [&_dt]:font-bold [&_ul]:list-disc [&_ul]:pl-5">
        <dt>Context</dt>
        <dd>
          <CaseNames text={quote.context} />
        </dd>
        <dt>Source</dt>
        <dd>
          <Citation source={source} pinpoint={quote.pinpoint} />
        </dd>
        {quote.note ? (
          <>
            <dt>{quote.verification === "partly-confirmed" ? "What is and is not confirmed" : "Note"}</dt>
            <dd>{quote.note}</dd>
          </>
        ) : null}
        <dt>Where it appears</dt>
        <dd>
          {appearances.length === 0 ? (
            "Not yet quoted in an article."
          ) : (
            <ul>
              {appearances.map((a) => (
                <li key={a.anchor + a.slug}>
                  <a href={routes.articleSection(a.slug, a.anchor)}>
                    <CaseNames text={a.articleTitle} />
                  </a>
                  {a.inline ? " (quoted in the text)" : " (block quotation)"}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>

      <ShareControls
        quoteId={quote.id}
        embedCode={embedSnippet(quote, source, site)}
        imageAlt={pageFor(model, routes.quote(quote.id)).image!.alt}
      />
      <PageScripts features={["copy-buttons"]} />
    </div>
  );
}
