import { getContent } from "@/lib/content";
import { oembedFor } from "@/lib/embed/oembed";

// Static oEmbed: one JSON file per quote (out/oembed/quotes/<id>.json), discovered through the
// <link rel="alternate" type="application/json+oembed"> on each quote page. No query parameters.
export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams() {
  return [...(await getContent()).quotes.keys()].map((id) => ({ file: `${id}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const id = (await params).file.replace(/\.json$/, "");
  const { quotes, sources, site } = await getContent();
  const quote = quotes.get(id)!;
  return Response.json(oembedFor(quote, sources.get(quote.sourceId)!, site));
}
