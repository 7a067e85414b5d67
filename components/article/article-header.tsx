import type { Article } from "@/lib/content";
import { formatDate } from "@/lib/format";
import { CaseNames } from "@/components/ui/case-names";

export function ArticleHeader({ article, position, total }: { article: Article; position: number; total: number }) {
  return (
    <header className="article-header">
      <p className="kicker">
        Part {position} of {total}
      </p>
      <h1 id="top">
        <CaseNames text={article.title} />
      </h1>
      <p className="dek">
        <CaseNames text={article.dek} />
      </p>
      <p className="article-dates">
        Published <time dateTime={article.published}>{formatDate(article.published)}</time>
        {article.updated !== article.published ? (
          <>
            {" "}
            · Updated <time dateTime={article.updated}>{formatDate(article.updated)}</time>
          </>
        ) : null}
      </p>
    </header>
  );
}
