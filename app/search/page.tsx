import type { Metadata } from "next";
import { SearchPage } from "@/components/search/search-page";
import { metadataFor } from "@/lib/metadata";
import { routes } from "@/lib/routes";

export function generateMetadata(): Promise<Metadata> {
  return metadataFor(routes.search);
}

export default function Page() {
  return <SearchPage lang="en" />;
}
