import { anchors } from "@/lib/routes";
import type { Article } from "@/lib/content";
import { formatDate } from "@/lib/format";
import { CaseNames } from "@/components/ui/case-names";
import { DEK, DISPLAY_TITLE, KICKER } from "@/components/ui/styles";

export function ArticleHeader({ article, position, total }: { article: Article; position: number; total: number }) {
  return (
    <header>
      <p className={KICKER}>
        Part {position} of {total}
      </p>
      <h1 id={anchors.article.top} className={DISPLAY_TITLE}>
        <CaseNames text={article.title} />
      </h1>
      <p className={DEK}>
        <CaseNames text={article.dek} />
      </p>
      <p className="mt-3 font-sans text-sm text-muted">
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
