import type { Metadata } from "next";
import { MethodsPage } from "@/components/pages/methods-page";
import { metadataFor } from "@/lib/metadata";
import { routesFor } from "@/lib/routes";

export function generateMetadata(): Promise<Metadata> {
  return metadataFor(routesFor("es").methods);
}

export default function Page() {
  return <MethodsPage lang="es" />;
}
