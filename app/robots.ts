import type { MetadataRoute } from "next";
import { routes } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site-config";

export const dynamic = "force-static";

export default function robots(): MetadataRoute.Robots {
  return {
    // The embeddable cards are copies of the quote pages; search engines should index the pages.
    rules: { userAgent: "*", allow: "/", disallow: ["/embed/quotes/"] },
    sitemap: absoluteUrl(routes.sitemap),
  };
}
