import { ImageResponse } from "next/og";
import { ChartImage } from "@/components/seo/chart-image";
import { PAGE_IMAGE, PageImage, shareCards } from "@/components/seo/page-image";
import { cardFonts } from "@/lib/card-font";
import { getContent } from "@/lib/content";

// The Spanish pages' link-preview images, written as out/es/og/<name>.png (the path the site model gives every
// Spanish page's image): the same cards as app/og/[file]/route.tsx, in Spanish, the chart drawn from the Spanish
// edition's figures (its labels come translated from content/es/timeline.yaml).
export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams() {
  return [...(await shareCards("es")).keys()].map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { site, figures } = await getContent("es");
  const card = (await shareCards("es")).get((await params).file);
  if (!card) return new Response("Not found", { status: 404 });
  const image = card.figure ? (
    <ChartImage chart={figures.precedentChart} kicker={card.kicker} title={card.title} siteName={site.name} lang="es" />
  ) : (
    <PageImage {...card} siteName={site.name} lang="es" />
  );
  return new ImageResponse(image, { ...PAGE_IMAGE, fonts: cardFonts() });
}
