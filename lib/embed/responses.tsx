/**
 * What the publisher-facing routes serve, for either edition: the standalone card page, the oEmbed document and the
 * card images. Each route file (app/embed, app/oembed, app/cards and their app/es counterparts) only names its
 * edition; the quote ids are the same in both.
 */
import { ImageResponse } from "next/og";
import { CardImage } from "@/components/quote/card-image";
import { CARD_SIZES, cardSizes } from "@/lib/card-fit";
import { cardFonts } from "@/lib/card-font";
import { getContent } from "@/lib/content";
import type { Lang } from "@/lib/i18n";
import { parseCardImageFile, routes } from "@/lib/routes";
import { renderQuoteCard } from "./card";
import { oembedFor } from "./oembed";

/** Every quote id (both editions have the same). */
export async function quoteIds(): Promise<string[]> {
  return [...(await getContent()).quotes.keys()];
}

/** The card image file names: "<id>-1200x630.png", "<id>-1080x1080.png" for every quote. */
export async function cardImageFiles(): Promise<string[]> {
  return (await quoteIds()).flatMap((id) => cardSizes.map((size) => routes.cardImage(id, size).split("/").at(-1)!));
}

/** The standalone card page of a quote (renderQuoteCard), as served at /embed/quotes/<id>/ and /es/embed/…. */
export async function cardPageResponse(id: string, lang: Lang): Promise<Response> {
  const { quotes, sources, site, quoteTranslations } = await getContent(lang);
  const quote = quotes.get(id)!;
  const html = renderQuoteCard(quote, sources.get(quote.sourceId)!, site, lang, quoteTranslations?.get(id));
  return new Response(html, { headers: { "content-type": "text/html; charset=utf-8" } });
}

/** The oEmbed document of "<id>.json". */
export async function oembedResponse(file: string, lang: Lang): Promise<Response> {
  const id = file.replace(/\.json$/, "");
  const { quotes, sources, site, quoteTranslations } = await getContent(lang);
  const quote = quotes.get(id)!;
  return Response.json(oembedFor(quote, sources.get(quote.sourceId)!, site, lang, quoteTranslations?.get(id)));
}

/** The PNG card of "<id>-<size>.png"; 404 for any other name. */
export async function cardImageResponse(file: string, lang: Lang): Promise<Response> {
  const parsed = parseCardImageFile(file);
  const { quotes, sources, site, quoteTranslations } = await getContent(lang);
  const quote = parsed ? quotes.get(parsed.quoteId) : undefined;
  if (!parsed || !quote) return new Response("Not found", { status: 404 });
  const source = sources.get(quote.sourceId)!;
  const { width, height } = CARD_SIZES[parsed.size];
  return new ImageResponse(
    <CardImage
      quote={quote}
      source={source}
      siteName={site.name}
      width={width}
      height={height}
      lang={lang}
      translation={quoteTranslations?.get(quote.id)}
    />,
    { width, height, fonts: cardFonts() },
  );
}
