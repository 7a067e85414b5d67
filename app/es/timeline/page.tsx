import type { Metadata } from "next";
import { TimelinePage } from "@/components/pages/timeline-page";
import { metadataFor } from "@/lib/metadata";
import { routesFor } from "@/lib/routes";

export function generateMetadata(): Promise<Metadata> {
  return metadataFor(routesFor("es").timeline);
}

export default function Page() {
  return <TimelinePage lang="es" />;
}
