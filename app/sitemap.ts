import type { MetadataRoute } from "next";
import { getContent } from "@/lib/content";
import { LOCALES, LANGS } from "@/lib/i18n";
import { absoluteUrl } from "@/lib/site-config";

export const dynamic = "force-static";

/**
 * Every page of the site model that has a date, with the date its content last changed and, for a page that
 * exists in both editions, its alternates (hreflang), the same ones the page's own <head> lists.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { model } = await getContent();
  return model.pages.flatMap((p) => {
    if (!p.lastModified) return [];
    const languages: Record<string, string> = Object.fromEntries(
      LANGS.filter((l) => p.alternates[l]).map((l) => [LOCALES[l].hreflang, absoluteUrl(p.alternates[l]!)]),
    );
    if (p.alternates.en) languages["x-default"] = absoluteUrl(p.alternates.en);
    return [
      {
        url: absoluteUrl(p.path),
        lastModified: p.lastModified,
        ...(Object.keys(languages).length > 2 ? { alternates: { languages } } : {}),
      },
    ];
  });
}
