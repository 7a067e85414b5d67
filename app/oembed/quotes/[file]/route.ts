import { oembedResponse, quoteIds } from "@/lib/embed/responses";

// Static oEmbed: one JSON file per quote (out/oembed/quotes/<id>.json), discovered through the
// <link rel="alternate" type="application/json+oembed"> on each quote page. No query parameters.
export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await quoteIds()).map((id) => ({ file: `${id}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return oembedResponse((await params).file, "en");
}
