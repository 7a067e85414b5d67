import type { ReactNode } from "react";
import type { Lang } from "@/lib/i18n";
import { ui } from "@/lib/i18n/strings";

/**
 * The frame of a data figure: a titled <figure> whose caption names and describes it, the drawing (inline SVG,
 * real text, no script), a key, and the same facts as a list in a <details> ("Show the data as text"), which is
 * open in print. `not-prose` keeps the article typography out; `@container` lets the drawing pick its layout
 * from the space it has, not from the window.
 */
export function FigureFrame({
  id,
  title,
  description,
  children,
  legend,
  data,
  lang,
}: {
  id: string;
  title: string;
  description: ReactNode;
  children: ReactNode;
  legend?: ReactNode;
  data: ReactNode;
  lang: Lang;
}) {
  return (
    <figure
      id={id}
      data-figure={id}
      className="data-figure not-prose @container my-8 border-y border-rule bg-paper py-3 font-sans text-ink sm:rounded-md sm:border sm:p-4 print:break-inside-avoid-page print:border-0 print:p-0"
      aria-labelledby={`${id}-caption`}
    >
      <figcaption id={`${id}-caption`} className="mb-3">
        <span className="block text-lg leading-snug font-bold">{title}</span>
        <span className="mt-1 block text-sm leading-normal text-muted">{description}</span>
      </figcaption>
      {children}
      {legend}
      <details className="figure-data mt-3 border-t border-rule pt-2 text-sm leading-normal">
        <summary className="cursor-pointer py-1 font-semibold text-accent print:hidden">
          {ui(lang).figures.frame.showData}
          <span className="sr-only">: {title}</span>
        </summary>
        {data}
      </details>
    </figure>
  );
}

/** One entry of a figure's key: a small drawing (hidden from screen readers) and its meaning in words. */
export function KeyItem({ swatch, children }: { swatch: ReactNode; children: ReactNode }) {
  return (
    <li className="flex items-start gap-2">
      <svg viewBox="0 0 24 16" width="24" height="16" aria-hidden="true" className="mt-0.5 shrink-0">
        {swatch}
      </svg>
      <span>{children}</span>
    </li>
  );
}

export const KEY_LIST = "mt-3 grid gap-x-5 gap-y-1.5 text-xs leading-snug text-muted @min-[36rem]:grid-cols-2";
