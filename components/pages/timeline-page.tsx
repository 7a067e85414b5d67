import { Figure } from "@/components/figures/figure";
import { SiteFrame } from "@/components/layout/site-frame";
import { CitationList } from "@/components/quote/citation-list";
import { ReportedBadge } from "@/components/site/reported-badge";
import { InternalLinks, ReferencePage } from "@/components/site/simple-page";
import { CaseNames } from "@/components/ui/case-names";
import { META } from "@/components/ui/styles";
import { getContent } from "@/lib/content";
import { formatDate, localePath, type Lang } from "@/lib/i18n";
import { ui } from "@/lib/i18n/strings";
import { routesFor } from "@/lib/routes";
import { linkLabel, pageFor } from "@/lib/site/model";

/** A date heading an event: "Julio de 2021" (Spanish months are otherwise lowercase; English dates are unchanged). */
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The timeline of an edition: every dated event, with its sources and the article sections that discuss it. */
export async function TimelinePage({ lang }: { lang: Lang }) {
  const content = await getContent(lang);
  const { timeline, sources, model } = content;
  const routes = routesFor(lang);
  const t = ui(lang).reference;
  return (
    <SiteFrame path={routes.timeline}>
      <ReferencePage
        kicker={t.kickers.reference}
        title={pageFor(model, routes.timeline).title}
        intro={
          <p>
            {t.timeline.intro.before(timeline.length)}
            <ReportedBadge lang={lang} />
            {t.timeline.intro.after}
          </p>
        }
      >
        <Figure id="precedent-chart" content={content} lang={lang} />
        <ol className="mt-8 grid gap-6">
          {timeline.map((e) => (
            <li key={e.id} id={e.id} className="timeline-event target-mark border-l-3 border-rule pl-4">
              <p className="font-sans text-sm font-bold text-accent">
                <time dateTime={e.date}>{capitalize(formatDate(e.date, lang))}</time>
                {e.status === "reported" ? <ReportedBadge lang={lang} /> : null}
              </p>
              <h2 className="mt-[0.2rem] mb-[0.4rem] text-xl font-bold">
                <CaseNames text={e.title} />{" "}
                <a
                  href={`#${e.id}`}
                  className="heading-anchor text-sm print:hidden"
                  data-pagefind-ignore
                  aria-label={t.timeline.eventLink(e.title)}
                >
                  #
                </a>
              </h2>
              <p>
                <CaseNames text={e.text} />
              </p>
              <p className={META}>
                <CitationList ids={e.sources} sources={sources} lang={lang} />
              </p>
              <InternalLinks
                label={t.timeline.discussedIn}
                links={e.links.map((href) => ({
                  href: localePath(lang, href),
                  text: linkLabel(model, localePath(lang, href)),
                }))}
              />
            </li>
          ))}
        </ol>
      </ReferencePage>
    </SiteFrame>
  );
}
