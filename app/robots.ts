import type { MetadataRoute } from "next";
import { LANGS, localePath } from "@/lib/i18n";
import { routes } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site-config";

export const dynamic = "force-static";

export default function robots(): MetadataRoute.Robots {
  return {
    // The embeddable cards are copies of the quote pages; search engines should index the pages.
    rules: { userAgent: "*", allow: "/", disallow: LANGS.map((lang) => localePath(lang, "/embed/quotes/")) },
    sitemap: absoluteUrl(routes.sitemap),
  };
}
