import type { Metadata } from "next";
import { CitationList } from "@/components/quote/citation-list";
import { JsonLd } from "@/components/seo/json-ld";
import { InternalLinks, ReferencePage } from "@/components/site/simple-page";
import { CaseNames } from "@/components/ui/case-names";
import { META, QUOTE_MARKS } from "@/components/ui/styles";
import { getContent } from "@/lib/content";
import { formatDate } from "@/lib/format";
import { linkLabel } from "@/lib/site/model";
import { metadataFor } from "@/lib/metadata";
import { CorrectionsNotice } from "@/components/article/corrections-notice";
import { routes } from "@/lib/routes";
import { RATING_LABELS, claimReview } from "@/lib/structured-data";

const RATING_TONE: Record<keyof typeof RATING_LABELS, string> = {
  supported: "text-good",
  imprecise: "text-warn",
  misleading: "text-warn",
  unverifiable: "text-warn",
  inaccurate: "text-bad",
};

export function generateMetadata(): Promise<Metadata> {
  return metadataFor(routes.factCheck);
}

export default async function FactCheckPage() {
  const content = await getContent();
  const { claims, sources, site, articles } = content;
  // The article this project started from (site.yaml's factCheckOf); its claims are the ones reviewed here.
  const reviewed = sources.get(site.factCheckOf)!;
  const published = articles
    .map((a) => a.updated)
    .sort()
    .at(-1)!;
  const tally = Object.entries(RATING_LABELS)
    .map(([rating, label]) => [label, claims.filter((c) => c.rating === rating).length] as const)
    .filter(([, n]) => n > 0);
  return (
    <ReferencePage
      kicker="Fact check"
      title="Fact check: early coverage of the ruling"
      intro={
        <>
          <p>
            This project began from an article by {reviewed.publisher} on the June 2018 ruling (
            <a href={reviewed.url}>the original</a>). Like some early coverage, it mixed up two cases and two women, and
            described a narrowing of asylum law as a ban. Below, each of its factual claims is quoted and checked
            against the record, with our rating and our sources. The aim is to set the record straight, not to score
            points: several of its claims hold up.
          </p>
          <p className="font-sans text-ui">
            {claims.length} claims reviewed: {tally.map(([label, n]) => `${n} ${label.toLowerCase()}`).join(", ")}.
          </p>
          <CorrectionsNotice corrections={site.pageCorrections.filter((c) => c.page === routes.factCheck)} />
        </>
      }
    >
      <ol className="mt-8 grid gap-6">
        {claims.map((c) => (
          <li key={c.id} id={c.id} className="target-mark rounded-md border border-rule px-[1.1rem] py-4">
            <JsonLd data={claimReview(c, reviewed, site, published)} />
            <blockquote cite={reviewed.url} className="claim-text">
              <p className={`text-lg italic ${QUOTE_MARKS}`}>{c.claim}</p>
            </blockquote>
            <p className={META}>
              — {reviewed.publisher}
              {reviewed.date ? `, ${formatDate(reviewed.date)}` : ""}
            </p>
            <p className="mt-[0.6rem]">
              <span
                className={`inline-block rounded-[3px] border border-current px-2 py-px font-sans text-2xs font-bold tracking-[0.03em] uppercase ${RATING_TONE[c.rating]}`}
              >
                {RATING_LABELS[c.rating]}
              </span>{" "}
              <strong>
                <CaseNames text={c.summary} />
              </strong>
            </p>
            <p>
              <CaseNames text={c.explanation} />
            </p>
            <p className={META}>
              <CitationList ids={c.sources} sources={sources} />
            </p>
            <InternalLinks
              label="More"
              links={c.links.map((href) => ({ href, text: linkLabel(content.model, href) }))}
            />
          </li>
        ))}
      </ol>
    </ReferencePage>
  );
}
