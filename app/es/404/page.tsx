import type { Metadata } from "next";
import { NotFoundPage } from "@/components/pages/not-found-page";
import { getContent } from "@/lib/content";
import { ui } from "@/lib/i18n/strings";

export async function generateMetadata(): Promise<Metadata> {
  const { site } = await getContent("es");
  return { title: { absolute: `${ui("es").model.notFound.title} · ${site.name}` }, robots: { index: false } };
}

export default function Page() {
  return <NotFoundPage lang="es" />;
}
