import type { Metadata } from "next";
import { EmbedPage } from "@/components/pages/embed-page";
import { metadataFor } from "@/lib/metadata";
import { routes } from "@/lib/routes";

export function generateMetadata(): Promise<Metadata> {
  return metadataFor(routes.embedPreview);
}

export default function Page() {
  return <EmbedPage lang="en" />;
}
