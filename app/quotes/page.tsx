import type { Metadata } from "next";
import { QuoteIndexPage } from "@/components/pages/quote-index-page";
import { metadataFor } from "@/lib/metadata";
import { routes } from "@/lib/routes";

export function generateMetadata(): Promise<Metadata> {
  return metadataFor(routes.quotes);
}

export default function Page() {
  return <QuoteIndexPage lang="en" />;
}
