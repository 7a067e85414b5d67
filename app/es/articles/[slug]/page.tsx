import type { Metadata } from "next";
import { ArticlePage } from "@/components/pages/article-page";
import { getArticle, getArticles } from "@/lib/content";
import { metadataFor } from "@/lib/metadata";
import { routesFor } from "@/lib/routes";

type Params = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

// The editions share their slugs.
export async function generateStaticParams() {
  return (await getArticles()).map((a) => ({ slug: a.slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const article = await getArticle((await params).slug, "es");
  return metadataFor(routesFor("es").article(article.slug), {
    article: { published: article.published, modified: article.updated },
  });
}

export default async function Page({ params }: Params) {
  return <ArticlePage lang="es" slug={(await params).slug} />;
}
