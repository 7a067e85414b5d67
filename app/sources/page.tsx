import type { Metadata } from "next";
import { SourcesPage } from "@/components/pages/sources-page";
import { metadataFor } from "@/lib/metadata";
import { routes } from "@/lib/routes";

export function generateMetadata(): Promise<Metadata> {
  return metadataFor(routes.sources);
}

export default function Page() {
  return <SourcesPage lang="en" />;
}
