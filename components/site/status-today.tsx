import type { SiteData, Source } from "@/lib/content";
import { formatDate, type Lang } from "@/lib/i18n";
import { ui } from "@/lib/i18n/strings";
import { anchors, routesFor } from "@/lib/routes";
import { CitationList } from "@/components/quote/citation-list";
import { CaseNames } from "@/components/ui/case-names";
import { ReportedBadge } from "./reported-badge";

type Props = {
  status: SiteData["statusToday"];
  sources: Map<string, Source>;
  /** The article that carries the story forward (the last in reading order), linked under the status. */
  latest?: { slug: string; navTitle: string };
  lang: Lang;
};

/** Where the two precedents stand today, dated, with what is only reported marked as reported. */
export function StatusToday({ status, sources, latest, lang }: Props) {
  const t = ui(lang).site.status;
  const routes = routesFor(lang);
  return (
    <section
      className="mt-7 mb-2 rounded-md border border-l-4 border-rule border-l-accent px-[1.1rem] py-4 font-sans text-ui leading-[1.55]"
      aria-labelledby={anchors.home.status}
    >
      <h2 id={anchors.home.status} className="mb-2 text-base font-bold">
        {t.title}
      </h2>
      <StatusDates status={status} lang={lang} className="-mt-[0.3rem] mb-[0.6rem]" />
      <p className="mb-[0.6rem]">
        <strong>{t.latest}</strong>{" "}
        {status.latestDevelopment.status === "reported" ? <ReportedBadge lang={lang} /> : null}{" "}
        <CaseNames text={status.latestDevelopment.text} />
        <span className="text-[0.85em] text-muted">
          {" "}
          <CitationList ids={status.latestDevelopment.sources} sources={sources} lang={lang} />.
        </span>
      </p>
      <ul className="grid gap-[0.6rem]">
        {status.items.map((item) => (
          <li key={item.precedent}>
            <strong>
              <CaseNames text={item.precedent} />:
            </strong>{" "}
            {item.status === "reported" ? <ReportedBadge lang={lang} /> : null} <CaseNames text={item.text} />
            <span className="text-[0.85em] text-muted">
              {" "}
              <CitationList ids={item.sources} sources={sources} lang={lang} />.
            </span>
          </li>
        ))}
      </ul>
      <p className="mt-[0.6rem]">
        {latest ? (
          <>
            <a href={routes.article(latest.slug)}>{latest.navTitle}</a> ·{" "}
          </>
        ) : null}
        <a href={routes.timeline}>{t.timeline}</a>
      </p>
    </section>
  );
}

/**
 * The two dates, with their two meanings: when we last reviewed the status against our sources, and the date of
 * the newest development any of those sources shows. Neither says the law was re-verified from primary documents.
 */
function StatusDates({ status, className, lang }: { status: SiteData["statusToday"]; className: string; lang: Lang }) {
  const latest = status.latestDevelopment;
  const t = ui(lang).site.status;
  return (
    <p className={`font-normal text-muted ${className}`}>
      {t.reviewed} <time dateTime={status.reviewed}>{formatDate(status.reviewed, lang)}</time> · {t.latestFound}{" "}
      <time dateTime={latest.date}>{formatDate(latest.date, lang)}</time>
      {latest.status === "reported" ? t.reported : ""}
    </p>
  );
}

/** The one-line, dated status at the top of every page. */
export function StatusStrip({ status, lang }: { status: SiteData["statusToday"]; lang: Lang }) {
  const t = ui(lang).site.status;
  return (
    <aside
      className="status-strip border-b border-rule bg-panel font-sans text-xs leading-[1.45] [&>p]:mx-auto [&>p]:max-w-7xl [&>p]:px-4"
      aria-label={t.title}
    >
      <p className="pt-[0.45rem] pb-[0.1rem]">
        <span className="font-bold">{t.strip}</span> <CaseNames text={status.summary} />{" "}
        <a href={`${routesFor(lang).home}#${anchors.home.status}`}>{t.details}</a>
      </p>
      <StatusDates status={status} lang={lang} className="pb-[0.45rem] text-[0.92em]" />
    </aside>
  );
}
