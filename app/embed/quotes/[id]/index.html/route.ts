import { getContent } from "@/lib/content";
import { renderQuoteCard } from "@/lib/embed/card";

// Exported as out/embed/quotes/<id>/index.html: a complete document with no framework runtime.
// (A route handler, not a page: App Router pages always ship the React runtime, which the card must not.)
export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams() {
  return [...(await getContent()).quotes.keys()].map((id) => ({ id }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { quotes, sources, site } = await getContent();
  const quote = quotes.get(id)!;
  const html = renderQuoteCard(quote, sources.get(quote.sourceId)!, site);
  return new Response(html, { headers: { "content-type": "text/html; charset=utf-8" } });
}
