import type { Metadata } from "next";
import { GlossaryPage } from "@/components/pages/glossary-page";
import { metadataFor } from "@/lib/metadata";
import { routes } from "@/lib/routes";

export function generateMetadata(): Promise<Metadata> {
  return metadataFor(routes.glossary);
}

export default function Page() {
  return <GlossaryPage lang="en" />;
}
