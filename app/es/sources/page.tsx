import type { Metadata } from "next";
import { SourcesPage } from "@/components/pages/sources-page";
import { metadataFor } from "@/lib/metadata";
import { routesFor } from "@/lib/routes";

export function generateMetadata(): Promise<Metadata> {
  return metadataFor(routesFor("es").sources);
}

export default function Page() {
  return <SourcesPage lang="es" />;
}
