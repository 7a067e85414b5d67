import type { Metadata } from "next";
import { QuoteIndexPage } from "@/components/pages/quote-index-page";
import { metadataFor } from "@/lib/metadata";
import { routesFor } from "@/lib/routes";

export function generateMetadata(): Promise<Metadata> {
  return metadataFor(routesFor("es").quotes);
}

export default function Page() {
  return <QuoteIndexPage lang="es" />;
}
