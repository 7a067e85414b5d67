import type { SiteData, Source } from "@/lib/content";
import { formatDate } from "@/lib/format";
import { routes } from "@/lib/routes";
import { CitationList } from "@/components/quote/citation-list";
import { CaseNames } from "@/components/ui/case-names";
import { ReportedBadge } from "./reported-badge";

type Props = { status: SiteData["statusToday"]; sources: Map<string, Source> };

/** Where the two precedents stand today, dated, with what is only reported marked as reported. */
export function StatusToday({ status, sources }: Props) {
  return (
    <section className="status-today" aria-labelledby="status-today-title">
      <h2 id="status-today-title">
        Where things stand
      </h2>
      <StatusDates status={status} />
      <p className="status-latest">
        <strong>Latest development we found:</strong>{" "}
        {status.latestDevelopment.status === "reported" ? <ReportedBadge /> : null}{" "}
        <CaseNames text={status.latestDevelopment.text} />
        <span className="status-sources">
          {" "}
          <CitationList ids={status.latestDevelopment.sources} sources={sources} />.
        </span>
      </p>
      <ul>
        {status.items.map((item) => (
          <li key={item.precedent}>
            <strong>
              <CaseNames text={item.precedent} />:
            </strong>{" "}
            {item.status === "reported" ? <ReportedBadge /> : null}{" "}
            <CaseNames text={item.text} />
            <span className="status-sources">
              {" "}
              <CitationList ids={item.sources} sources={sources} />.
            </span>
          </li>
        ))}
      </ul>
      <p className="status-more">
        <a href={routes.article("what-happened-next")}>What happened after 2018</a> ·{" "}
        <a href={routes.timeline}>Timeline</a>
      </p>
    </section>
  );
}

/**
 * The two dates, with their two meanings: when we last reviewed the status against our sources, and the date of
 * the newest development any of those sources shows. Neither says the law was re-verified from primary documents.
 */
function StatusDates({ status }: { status: SiteData["statusToday"] }) {
  const latest = status.latestDevelopment;
  return (
    <p className="status-date">
      Last reviewed <time dateTime={status.reviewed}>{formatDate(status.reviewed)}</time> · latest development
      found: <time dateTime={latest.date}>{formatDate(latest.date)}</time>
      {latest.status === "reported" ? " (reported)" : ""}
    </p>
  );
}

/** The one-line, dated status at the top of every page. */
export function StatusStrip({ status }: { status: SiteData["statusToday"] }) {
  return (
    <aside className="status-strip" aria-label="Where things stand">
      <p>
        <span className="status-strip-label">Status:</span> <CaseNames text={status.summary} />{" "}
        <a href={`${routes.home}#status-today-title`}>Details</a>
      </p>
      <StatusDates status={status} />
    </aside>
  );
}
