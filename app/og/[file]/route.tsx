import { ImageResponse } from "next/og";
import { ChartImage } from "@/components/seo/chart-image";
import { PAGE_IMAGE, PageImage, shareCards } from "@/components/seo/page-image";
import { cardFonts } from "@/lib/card-font";
import { getContent } from "@/lib/content";

// Link-preview images for the articles and the site's other pages, written as out/og/<name>.png: one for every
// English page of the site model that has a drawn share card (the precedent chart for pages whose card names it).
// The Spanish pages' images are app/es/og/[file]/route.tsx.
export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams() {
  return [...(await shareCards("en")).keys()].map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { site, figures } = await getContent("en");
  const card = (await shareCards("en")).get((await params).file);
  if (!card) return new Response("Not found", { status: 404 });
  const image = card.figure ? (
    <ChartImage chart={figures.precedentChart} kicker={card.kicker} title={card.title} siteName={site.name} lang="en" />
  ) : (
    <PageImage {...card} siteName={site.name} />
  );
  return new ImageResponse(image, { ...PAGE_IMAGE, fonts: cardFonts() });
}
