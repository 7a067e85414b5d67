import type { Metadata } from "next";
import { CorrectionsPage } from "@/components/pages/corrections-page";
import { metadataFor } from "@/lib/metadata";
import { routesFor } from "@/lib/routes";

export function generateMetadata(): Promise<Metadata> {
  return metadataFor(routesFor("es").corrections);
}

export default function Page() {
  return <CorrectionsPage lang="es" />;
}
