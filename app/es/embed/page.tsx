import type { Metadata } from "next";
import { EmbedPage } from "@/components/pages/embed-page";
import { metadataFor } from "@/lib/metadata";
import { routesFor } from "@/lib/routes";

export function generateMetadata(): Promise<Metadata> {
  return metadataFor(routesFor("es").embedPreview);
}

export default function Page() {
  return <EmbedPage lang="es" />;
}
