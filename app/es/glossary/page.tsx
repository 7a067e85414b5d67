import type { Metadata } from "next";
import { GlossaryPage } from "@/components/pages/glossary-page";
import { metadataFor } from "@/lib/metadata";
import { routesFor } from "@/lib/routes";

export function generateMetadata(): Promise<Metadata> {
  return metadataFor(routesFor("es").glossary);
}

export default function Page() {
  return <GlossaryPage lang="es" />;
}
