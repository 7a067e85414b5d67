import { oembedResponse, quoteIds } from "@/lib/embed/responses";

// The Spanish oEmbed documents (out/es/oembed/quotes/<id>.json), linked from the Spanish quote pages.
export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await quoteIds()).map((id) => ({ file: `${id}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return oembedResponse((await params).file, "es");
}
