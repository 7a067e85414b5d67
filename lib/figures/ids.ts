/** The figures an article (`<Figure id="…" />`) or a glossary entry (`figure:`) may place. */
export const FIGURE_IDS = ["precedent-chart", "case-path"] as const;
export type FigureId = (typeof FIGURE_IDS)[number];

export function isFigureId(value: string): value is FigureId {
  return (FIGURE_IDS as readonly string[]).includes(value);
}
