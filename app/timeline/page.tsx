import type { Metadata } from "next";
import { Figure } from "@/components/figures/figure";
import { CitationList } from "@/components/quote/citation-list";
import { ReportedBadge } from "@/components/site/reported-badge";
import { InternalLinks, ReferencePage } from "@/components/site/simple-page";
import { CaseNames } from "@/components/ui/case-names";
import { META } from "@/components/ui/styles";
import { getContent } from "@/lib/content";
import { formatDate } from "@/lib/format";
import { linkLabel } from "@/lib/site/model";
import { metadataFor } from "@/lib/metadata";
import { routes } from "@/lib/routes";

export function generateMetadata(): Promise<Metadata> {
  return metadataFor(routes.timeline);
}

export default async function TimelinePage() {
  const content = await getContent();
  const { timeline, sources } = content;
  return (
    <ReferencePage
      kicker="Reference"
      title="Timeline"
      intro={
        <p>
          {timeline.length} dated events, from 1985 to today. Each links to its sources and to the article sections that
          discuss it; events known only from secondary reports are marked <ReportedBadge />. Every event has its own
          link.
        </p>
      }
    >
      <Figure id="precedent-chart" content={content} />
      <ol className="mt-8 grid gap-6">
        {timeline.map((e) => (
          <li key={e.id} id={e.id} className="timeline-event target-mark border-l-3 border-rule pl-4">
            <p className="font-sans text-sm font-bold text-accent">
              <time dateTime={e.date}>{formatDate(e.date)}</time>
              {e.status === "reported" ? <ReportedBadge /> : null}
            </p>
            <h2 className="mt-[0.2rem] mb-[0.4rem] text-xl font-bold">
              <CaseNames text={e.title} />{" "}
              <a
                href={`#${e.id}`}
                className="heading-anchor text-sm print:hidden"
                data-pagefind-ignore
                aria-label={`Link to this event: ${e.title}`}
              >
                #
              </a>
            </h2>
            <p>
              <CaseNames text={e.text} />
            </p>
            <p className={META}>
              <CitationList ids={e.sources} sources={sources} />
            </p>
            <InternalLinks
              label="Discussed in"
              links={e.links.map((href) => ({ href, text: linkLabel(content.model, href) }))}
            />
          </li>
        ))}
      </ol>
    </ReferencePage>
  );
}
