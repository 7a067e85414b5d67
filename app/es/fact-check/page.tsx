import type { Metadata } from "next";
import { FactCheckPage } from "@/components/pages/fact-check-page";
import { metadataFor } from "@/lib/metadata";
import { routesFor } from "@/lib/routes";

export function generateMetadata(): Promise<Metadata> {
  return metadataFor(routesFor("es").factCheck);
}

export default function Page() {
  return <FactCheckPage lang="es" />;
}
