import type { Metadata } from "next";
import { getArticles } from "@/lib/content";
import { routes } from "@/lib/routes";
import { CaseNames } from "@/components/ui/case-names";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

export default async function NotFound() {
  const articles = await getArticles();
  return (
    <div className="not-found">
      <p className="kicker">Error 404</p>
      <h1>We could not find that page</h1>
      <p>
        The address may be mistyped, or the page may have moved. Section links keep working when a heading
        changes, but a whole page can still be renamed.
      </p>
      <h2>Start from one of our articles</h2>
      <ol>
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
