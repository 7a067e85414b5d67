import type { MetadataRoute } from "next";
import { getContent } from "@/lib/content";
import { absoluteUrl } from "@/lib/site-config";

export const dynamic = "force-static";

/** Every page of the site model that has a date, with the date its content last changed. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { model } = await getContent();
  return model.pages.flatMap((p) =>
    p.lastModified ? [{ url: absoluteUrl(p.path), lastModified: p.lastModified }] : [],
  );
}
