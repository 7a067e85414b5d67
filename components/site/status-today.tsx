import type { SiteData, Source } from "@/lib/content";
import { formatDate } from "@/lib/format";
import { routes } from "@/lib/routes";
import { CitationList } from "@/components/quote/citation-list";
import { CaseNames } from "@/components/ui/case-names";

type Props = { status: SiteData["statusToday"]; sources: Map<string, Source> };

/** Where the two precedents stand today, dated, with what is only reported marked as reported. */
export function StatusToday({ status, sources }: Props) {
  return (
    <section className="status-today" aria-labelledby="status-today-title">
      <h2 id="status-today-title">
        Where things stand{" "}
        <span className="status-date">
          (checked <time dateTime={status.checked}>{formatDate(status.checked)}</time>)
        </span>
      </h2>
      <ul>
        {status.items.map((item) => (
          <li key={item.precedent}>
            <strong>
              <CaseNames text={item.precedent} />:
            </strong>{" "}
            {item.status === "reported" ? <span className="reported-badge">Reported</span> : null}{" "}
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

/** The one-line, dated status at the top of every page. */
export function StatusStrip({ status }: { status: SiteData["statusToday"] }) {
  return (
    <aside className="status-strip" aria-label="Where things stand">
      <p>
        <span className="status-strip-label">
          Status, <time dateTime={status.checked}>{formatDate(status.checked)}</time>:
        </span>{" "}
        <CaseNames text={status.summary} /> <a href={`${routes.home}#status-today-title`}>Details</a>
      </p>
    </aside>
  );
}
