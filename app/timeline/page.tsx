import type { Metadata } from "next";
import { TimelinePage } from "@/components/pages/timeline-page";
import { metadataFor } from "@/lib/metadata";
import { routes } from "@/lib/routes";

export function generateMetadata(): Promise<Metadata> {
  return metadataFor(routes.timeline);
}

export default function Page() {
  return <TimelinePage lang="en" />;
}
