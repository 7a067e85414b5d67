import type { Metadata } from "next";
import { getArticles } from "@/lib/content";
import { routes } from "@/lib/routes";
import { CaseNames } from "@/components/ui/case-names";
import { DISPLAY_TITLE, KICKER } from "@/components/ui/styles";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

export default async function NotFound() {
  const articles = await getArticles();
  return (
    <div className="not-found mx-auto max-w-[46rem] px-4 pt-8 leading-[1.6] [&>p]:mt-4">
      <p className={KICKER}>Error 404</p>
      <h1 className={DISPLAY_TITLE}>We could not find that page</h1>
      <p>
        The address may be mistyped, or the page may have moved. Section links keep working when a heading changes, but
        a whole page can still be renamed.
      </p>
      <h2 className="mt-10 mb-4 text-3xl font-bold">Start from one of our articles</h2>
      <ol className="list-decimal pl-6 leading-[1.8]">
        {articles.map((a) => (
          <li key={a.slug}>
            <a href={routes.article(a.slug)}>
              <CaseNames text={a.title} />
            </a>
          </li>
        ))}
      </ol>
      <p>
        <a href={routes.home}>Go to the home page</a>
      </p>
    </div>
  );
}
