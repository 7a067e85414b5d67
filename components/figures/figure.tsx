import type { Content } from "@/lib/content";
import type { FigureId } from "@/lib/figures/ids";
import type { Lang } from "@/lib/i18n";
import { CasePathFigure } from "./case-path";
import { PrecedentChartFigure } from "./precedent-chart";

/**
 * A data figure by id (`<Figure id="…" />` in an article, `figure:` on a glossary term, or a page), drawn from an
 * edition's content in that edition's words: `lang` defaults to the content's own (`content.lang`).
 */
export function Figure({
  id,
  content,
  lang = content.lang,
}: {
  id: FigureId;
  content: Pick<Content, "figures" | "model" | "lang">;
  lang?: Lang;
}) {
  switch (id) {
    case "precedent-chart":
      return <PrecedentChartFigure chart={content.figures.precedentChart} model={content.model} lang={lang} />;
    case "case-path":
      return <CasePathFigure paths={content.figures.casePaths} model={content.model} lang={lang} />;
  }
}
