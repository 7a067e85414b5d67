import type { Metadata } from "next";
import { CorrectionsPage } from "@/components/pages/corrections-page";
import { metadataFor } from "@/lib/metadata";
import { routes } from "@/lib/routes";

export function generateMetadata(): Promise<Metadata> {
  return metadataFor(routes.corrections);
}

export default function Page() {
  return <CorrectionsPage lang="en" />;
}
