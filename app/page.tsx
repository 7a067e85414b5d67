import type { Metadata } from "next";
import { HomePage } from "@/components/pages/home-page";
import { metadataFor } from "@/lib/metadata";
import { routes } from "@/lib/routes";

export function generateMetadata(): Promise<Metadata> {
  return metadataFor(routes.home);
}

export default function Page() {
  return <HomePage lang="en" />;
}
