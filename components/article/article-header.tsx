import { anchors } from "@/lib/routes";
import type { Article } from "@/lib/content";
import { formatDate, type Lang } from "@/lib/i18n";
import { ui } from "@/lib/i18n/strings";
import { CaseNames } from "@/components/ui/case-names";
import { DEK, DISPLAY_TITLE, KICKER } from "@/components/ui/styles";

type Props = { article: Article; position: number; total: number; lang: Lang };

export function ArticleHeader({ article, position, total, lang }: Props) {
  const t = ui(lang).article.header;
  return (
    <header>
      <p className={KICKER}>{t.part(position, total)}</p>
      <h1 id={anchors.article.top} className={DISPLAY_TITLE}>
        <CaseNames text={article.title} />
      </h1>
      <p className={DEK}>
        <CaseNames text={article.dek} />
      </p>
      <p className="mt-3 font-sans text-sm text-muted">
        {t.published} <time dateTime={article.published}>{formatDate(article.published, lang)}</time>
        {article.updated !== article.published ? (
          <>
            {" "}
            · {t.updated} <time dateTime={article.updated}>{formatDate(article.updated, lang)}</time>
          </>
        ) : null}
      </p>
    </header>
  );
}
