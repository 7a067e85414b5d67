import type { Metadata } from "next";
import { Citation } from "@/components/quote/citation";
import { ReferencePage, SourceRefs } from "@/components/site/simple-page";
import { CaseNames } from "@/components/ui/case-names";
import { getContent } from "@/lib/content";
import { formatDate } from "@/lib/format";
import { internalLinkLabel } from "@/lib/link-labels";
import { pageMetadata } from "@/lib/metadata";
import { routes } from "@/lib/routes";

export async function generateMetadata(): Promise<Metadata> {
  const { site } = await getContent();
  return pageMetadata({
    title: "Timeline",
    description: "Every dated event from the 1985 definition of a particular social group to the reported 2025 reinstatement of Matter of A-B-, each with its source.",
    path: routes.timeline,
    siteName: site.name,
    image: { path: routes.pageImage("timeline"), width: 1200, height: 630, alt: `Timeline: ${site.name}` },
  });
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
          discuss it; events known only from secondary reports are marked <span className="reported-badge">Reported</span>.
          Every event has its own link.
        </p>
      }
    >
      <ol className="timeline-list">
        {timeline.map((e) => (
          <li key={e.id} id={e.id} className="timeline-event target-mark">
            <p className="timeline-date">
              <time dateTime={e.date}>{formatDate(e.date)}</time>
              {e.status === "reported" ? <span className="reported-badge">Reported</span> : null}
            </p>
            <h2>
              <CaseNames text={e.title} />{" "}
              <a href={`#${e.id}`} className="heading-anchor" aria-label={`Link to this event: ${e.title}`}>
                #
              </a>
            </h2>
            <p>
              <CaseNames text={e.text} />
            </p>
            <p className="timeline-meta">
              <SourceRefs ids={e.sources}>{(id) => <Citation source={sources.get(id)!} />}</SourceRefs>
            </p>
            {e.links.length > 0 ? (
              <p className="timeline-meta">
                Discussed in:{" "}
                {e.links.map((href, i) => (
                  <span key={href}>
                    {i > 0 ? "; " : null}
                    <a href={href}>
                      <CaseNames text={internalLinkLabel(content, href)} />
                    </a>
                  </span>
                ))}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </ReferencePage>
  );
}
