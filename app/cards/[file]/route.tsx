import { ImageResponse } from "next/og";
import { CardImage } from "@/components/quote/card-image";
import { CARD_SIZES, cardSizes } from "@/lib/card-fit";
import { cardFonts } from "@/lib/card-font";
import { getContent } from "@/lib/content";
import { parseCardImageFile, routes } from "@/lib/routes";

// Two PNG share cards per quote, written at build time as out/cards/<quoteId>-<size>.png.
// The dynamic segment is the whole file name so the export keeps the ".png" extension.
export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams() {
  const { quotes } = await getContent();
  return [...quotes.keys()].flatMap((id) =>
    cardSizes.map((size) => ({ file: routes.cardImage(id, size).split("/").at(-1)! })),
  );
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const parsed = parseCardImageFile((await params).file);
  const { quotes, sources, site } = await getContent();
  const quote = parsed ? quotes.get(parsed.quoteId) : undefined;
  if (!parsed || !quote) return new Response("Not found", { status: 404 });
  const source = sources.get(quote.sourceId)!;
  const { width, height } = CARD_SIZES[parsed.size];
  return new ImageResponse(
    <CardImage quote={quote} source={source} siteName={site.name} width={width} height={height} />,
    { width, height, fonts: cardFonts() },
  );
}
