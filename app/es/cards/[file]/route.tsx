import { cardImageFiles, cardImageResponse } from "@/lib/embed/responses";

// The Spanish share cards (out/es/cards/<quoteId>-<size>.png): the original words, then our translation.
export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await cardImageFiles()).map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return cardImageResponse((await params).file, "es");
}
