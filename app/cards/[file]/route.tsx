import { cardImageFiles, cardImageResponse } from "@/lib/embed/responses";

// Two PNG share cards per quote, written at build time as out/cards/<quoteId>-<size>.png.
// The dynamic segment is the whole file name so the export keeps the ".png" extension.
export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await cardImageFiles()).map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return cardImageResponse((await params).file, "en");
}
