import type { Metadata } from "next";
import { getContent } from "./content";
import { LANGS, LOCALES, type Lang } from "./i18n";
import { routesFor } from "./routes";
import { pageFor, SHARE_IMAGE } from "./site/model";
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
  lang: Lang;
  /** The same page in each edition (hreflang links, both ways, with x-default the English). */
  languages: Partial<Record<Lang, string>>;
};

/**
 * Every page's metadata, built one way: canonical URL, Open Graph and X card with an absolute image URL,
 * and the feed link (Next replaces, not merges, a layout's `alternates`, so each page carries the feed).
 */
export function pageMetadata({
  title,
  description,
  path,
  siteName,
  image,
  article,
  alternates,
  lang,
  languages,
}: PageMeta): Metadata {
  const url = absoluteUrl(path);
  const images = [{ url: absoluteUrl(image.path), width: image.width, height: image.height, alt: image.alt }];
  const ogTitle = title ?? siteName;
  return {
    // Absolute: the root layout's title template is the English site name; each edition names itself.
    title: { absolute: title ? `${title} · ${siteName}` : siteName },
    description,
    alternates: {
      canonical: url,
      types: { "application/atom+xml": absoluteUrl(routesFor(lang).feed), ...alternates },
      ...(Object.keys(languages).length > 1
        ? {
            languages: {
              ...Object.fromEntries(
                LANGS.filter((l) => languages[l]).map((l) => [LOCALES[l].hreflang, absoluteUrl(languages[l]!)]),
              ),
              ...(languages.en ? { "x-default": absoluteUrl(languages.en) } : {}),
            },
          }
        : {}),
    },
    openGraph: {
      title: ogTitle,
      description,
      url,
      siteName,
      locale: LOCALES[lang].og,
      alternateLocale: LANGS.filter((l) => l !== lang && languages[l]).map((l) => LOCALES[l].og),
      images,
      ...(article
        ? { type: "article", publishedTime: article.published, modifiedTime: article.modified }
        : { type: "website" }),
    },
    twitter: { card: "summary_large_image", title: ogTitle, description, images },
  };
}

/**
 * The metadata of the page at `path`, from the site model: its title, description and share image are known
 * there once. A route whose page the model does not know fails the build.
 */
export async function metadataFor(
  path: string,
  extra: Pick<PageMeta, "article" | "alternates"> = {},
): Promise<Metadata> {
  const { model } = await getContent();
  const page = pageFor(model, path);
  const { site } = await getContent(page.lang);
  if (!page.image) throw new Error(`${path} has no share image in the site model`);
  return pageMetadata({
    title: page.kind === "home" ? null : page.title,
    description: page.description,
    path,
    siteName: site.name,
    image: { path: page.image.path, alt: page.image.alt, ...SHARE_IMAGE },
    lang: page.lang,
    languages: page.alternates,
    ...extra,
  });
}
