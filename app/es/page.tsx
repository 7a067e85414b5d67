import type { Metadata } from "next";
import { HomePage } from "@/components/pages/home-page";
import { metadataFor } from "@/lib/metadata";
import { routesFor } from "@/lib/routes";

export function generateMetadata(): Promise<Metadata> {
  return metadataFor(routesFor("es").home);
}

export default function Page() {
  return <HomePage lang="es" />;
}
