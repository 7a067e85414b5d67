import type { Content } from "@/lib/content";
import type { FigureId } from "@/lib/figures/ids";
import { CasePathFigure } from "./case-path";
import { PrecedentChartFigure } from "./precedent-chart";

/** A data figure by id (`<Figure id="…" />` in an article, `figure:` on a glossary term, or a page). */
export function Figure({ id, content }: { id: FigureId; content: Pick<Content, "figures" | "model"> }) {
  switch (id) {
    case "precedent-chart":
      return <PrecedentChartFigure chart={content.figures.precedentChart} model={content.model} />;
    case "case-path":
      return <CasePathFigure paths={content.figures.casePaths} model={content.model} />;
  }
}
