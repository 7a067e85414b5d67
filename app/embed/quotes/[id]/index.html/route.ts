import { cardPageResponse, quoteIds } from "@/lib/embed/responses";

// Exported as out/embed/quotes/<id>/index.html: a complete document with no framework runtime.
// (A route handler, not a page: App Router pages always ship the React runtime, which the card must not.)
export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await quoteIds()).map((id) => ({ id }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return cardPageResponse((await params).id, "en");
}
