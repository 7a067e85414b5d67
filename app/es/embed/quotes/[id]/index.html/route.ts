import { cardPageResponse, quoteIds } from "@/lib/embed/responses";

// The Spanish card, exported as out/es/embed/quotes/<id>/index.html (see app/embed/quotes/[id]/index.html).
export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await quoteIds()).map((id) => ({ id }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return cardPageResponse((await params).id, "es");
}
