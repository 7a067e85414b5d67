import type { Metadata } from "next";
import { SearchPage } from "@/components/search/search-page";
import { metadataFor } from "@/lib/metadata";
import { routesFor } from "@/lib/routes";

export function generateMetadata(): Promise<Metadata> {
  return metadataFor(routesFor("es").search);
}

export default function Page() {
  return <SearchPage lang="es" />;
}
