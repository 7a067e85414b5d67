import type { Metadata } from "next";
import { FactCheckPage } from "@/components/pages/fact-check-page";
import { metadataFor } from "@/lib/metadata";
import { routes } from "@/lib/routes";

export function generateMetadata(): Promise<Metadata> {
  return metadataFor(routes.factCheck);
}

export default function Page() {
  return <FactCheckPage lang="en" />;
}
