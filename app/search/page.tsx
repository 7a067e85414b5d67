import type { Metadata } from "next";
import { SearchPage } from "@/components/search/search-page";
import { getContent } from "@/lib/content";
import { metadataFor } from "@/lib/metadata";
import { routes } from "@/lib/routes";

export function generateMetadata(): Promise<Metadata> {
  return metadataFor(routes.search);
}

export default async function Search() {
  const { model } = await getContent();
  return <SearchPage model={model} />;
}
