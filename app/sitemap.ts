import type { MetadataRoute } from "next";
import { getContent } from "@/lib/content";
import { routes } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site-config";

export const dynamic = "force-static";

/** Every page, with the date its content last changed (the latest article update it depends on). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { articles, quotes, appearances, methods } = await getContent();
  const latest = articles.map((a) => a.updated).sort().at(-1)!;
  const updatedOf = new Map(articles.map((a) => [a.slug, a.updated]));
  return [
    { url: absoluteUrl(routes.home), lastModified: latest },
    ...articles.map((a) => ({ url: absoluteUrl(routes.article(a.slug)), lastModified: a.updated })),
    { url: absoluteUrl(routes.quotes), lastModified: latest },
    ...[...quotes.keys()].map((id) => ({
      url: absoluteUrl(routes.quote(id)),
      lastModified:
        (appearances.get(id) ?? []).map((s) => updatedOf.get(s.slug)!).sort().at(-1) ?? latest,
    })),
    { url: absoluteUrl(routes.embedPreview), lastModified: latest },
    ...[routes.timeline, routes.glossary, routes.sources, routes.factCheck, routes.corrections].map((p) => ({
      url: absoluteUrl(p),
      lastModified: latest,
    })),
    { url: absoluteUrl(routes.methods), lastModified: methods.updated },
  ];
}
