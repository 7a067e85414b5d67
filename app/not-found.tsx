import type { Metadata } from "next";
import { NotFoundPage } from "@/components/pages/not-found-page";
import { ui } from "@/lib/i18n/strings";

export const metadata: Metadata = { title: ui("en").model.notFound.title, robots: { index: false } };

export default function NotFound() {
  return <NotFoundPage lang="en" />;
}
