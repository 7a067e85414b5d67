import type { Metadata } from "next";
import { getContent } from "./content";
import { routes } from "./routes";
import { absoluteUrl } from "./site-config";

type Image = { path: string; width: number; height: number; alt: string };

type PageMeta = {
  /** The page's own title (the layout adds " · Site name"); null for the home page. */
  title: string | null;
  description: string;
  path: string;
  siteName: string;
  image: Image;
  article?: { published: string; modified: string };
  /** Extra <link rel="alternate"> types for this page (e.g. oEmbed). */
  alternates?: Record<string, string>;
};

/**
 * Every page's metadata, built one way: canonical URL, Open Graph and X card with an absolute image URL,
 * and the feed link (Next replaces, not merges, a layout's `alternates`, so each page carries the feed).
 */
export function pageMetadata({ title, description, path, siteName, image, article, alternates }: PageMeta): Metadata {
  const url = absoluteUrl(path);
  const images = [{ url: absoluteUrl(image.path), width: image.width, height: image.height, alt: image.alt }];
  const ogTitle = title ?? siteName;
  return {
    ...(title ? { title } : {}),
    description,
    alternates: {
      canonical: url,
      types: { "application/atom+xml": absoluteUrl(routes.feed), ...alternates },
    },
    openGraph: {
      title: ogTitle,
      description,
      url,
      siteName,
      locale: "en_US",
      images,
      ...(article
        ? { type: "article", publishedTime: article.published, modifiedTime: article.modified }
        : { type: "website" }),
    },
    twitter: { card: "summary_large_image", title: ogTitle, description, images },
  };
}

/** Metadata for a site page with its own link-preview image at routes.pageImage(imageName). */
export async function sitePageMetadata(page: { title: string; description: string; path: string; imageName: string }) {
  const { site } = await getContent();
  return pageMetadata({
    title: page.title,
    description: page.description,
    path: page.path,
    siteName: site.name,
    image: { path: routes.pageImage(page.imageName), width: 1200, height: 630, alt: `${page.title}: ${site.name}` },
  });
}
