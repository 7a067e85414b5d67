import type { Metadata } from "next";
import { QuotePage } from "@/components/pages/quote-page";
import { getContent } from "@/lib/content";
import { metadataFor } from "@/lib/metadata";
import { routes } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site-config";

type Params = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return [...(await getContent()).quotes.keys()].map((id) => ({ id }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id } = await params;
  return metadataFor(routes.quote(id), {
    alternates: { "application/json+oembed": absoluteUrl(routes.oembed(id)) },
  });
}

export default async function Page({ params }: Params) {
  return <QuotePage lang="en" id={(await params).id} />;
}
