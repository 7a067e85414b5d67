import { SiteFrame } from "@/components/layout/site-frame";
import { ReferencePage } from "@/components/site/simple-page";
import { CaseNames } from "@/components/ui/case-names";
import { BULLETS, META, SECTION_TITLE } from "@/components/ui/styles";
import { getContent, type Content, type Source } from "@/lib/content";
import { sourceBacklinks, type Backlink } from "@/lib/content/backlinks";
import { formatDate, localePath, type Lang } from "@/lib/i18n";
import { ui } from "@/lib/i18n/strings";
import { anchors, routesFor, sourceAnchor } from "@/lib/routes";
import { linkLabel, pageFor } from "@/lib/site/model";

/**
 * What cites each source, in an edition's terms. lib/content/backlinks.ts gives English paths and labels; a
 * translated edition links to its own pages and labels each place as the site model does ("Cronología: …").
 */
function backlinksFor(content: Content, lang: Lang): Map<string, Backlink[]> {
  const all = sourceBacklinks(content);
  if (lang === "en") return all;
  const t = ui(lang).reference.sources;
  const local = (b: Backlink): Backlink => {
    const href = localePath(lang, b.href);
    const page = content.model.byPath.get(href.split("#")[0]);
    return { href, label: page?.kind === "article" ? t.article(page.label) : linkLabel(content.model, href) };
  };
  return new Map([...all].map(([id, list]) => [id, list.map(local)]));
}

/** Every source of an edition, oldest first, primary apart from secondary, each with what cites it. */
export async function SourcesPage({ lang }: { lang: Lang }) {
  const content = await getContent(lang);
  const routes = routesFor(lang);
  const t = ui(lang).reference;
  const { citation } = ui(lang).site;
  const backlinks = backlinksFor(content, lang);
  const all = [...content.sources.values()].sort(
    (a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999") || a.publisher.localeCompare(b.publisher),
  );
  const groups: [string, string, Source[]][] = [
    [anchors.sources.primary, t.sources.primaryGroup, all.filter((s) => s.primary)],
    [anchors.sources.secondary, t.sources.secondaryGroup, all.filter((s) => !s.primary)],
  ];
  const kinds: Record<Source["kind"], string> = t.sources.kinds;
  return (
    <SiteFrame path={routes.sources}>
      <ReferencePage
        kicker={t.kickers.reference}
        title={pageFor(content.model, routes.sources).title}
        intro={<p>{t.sources.intro(all.length)}</p>}
      >
        {groups.map(([id, label, list]) => (
          <section key={id} aria-labelledby={id}>
            <h2 id={id} className={SECTION_TITLE}>
              {label} ({list.length})
            </h2>
            <ol className="mt-8 grid gap-6">
              {list.map((s) => (
                <li key={s.id} id={sourceAnchor(s.id)} className="source-entry target-mark">
                  <p className="font-semibold">
                    <a
                      href={s.url}
                      rel="noopener noreferrer"
                      className="source-link"
                      // A published title stays as published (in English); the titles we supply are translated.
                      lang={lang === "en" || s.titleSupplied ? undefined : "en"}
                    >
                      {s.titleSupplied ? `[${s.title}]` : <CaseNames text={s.title} />}
                    </a>
                  </p>
                  <p className={META}>
                    {s.publisher} ·{" "}
                    {s.date ? <time dateTime={s.date}>{formatDate(s.date, lang)}</time> : citation.undated} ·{" "}
                    {kinds[s.kind]} · {s.primary ? t.sources.primary : t.sources.secondary}
                    {s.via ? ` · ${citation.via(s.via)}` : ""}
                    {s.archiveUrl ? (
                      <>
                        {" "}
                        · <a href={s.archiveUrl}>{t.sources.archived}</a>
                      </>
                    ) : null}
                  </p>
                  {s.notes ? <p className={META}>{s.notes}</p> : null}
                  <details className="source-backlinks mt-1.5 font-sans text-xs" data-pagefind-ignore>
                    <summary className="cursor-pointer text-accent">
                      {t.sources.citedIn(backlinks.get(s.id)!.length)}
                    </summary>
                    <ul className={`mt-[0.3rem] ${BULLETS}`}>
                      {backlinks.get(s.id)!.map((b) => (
                        <li key={b.href}>
                          <a href={b.href}>
                            <CaseNames text={b.label} />
                          </a>
                        </li>
                      ))}
                    </ul>
                  </details>
                </li>
              ))}
            </ol>
          </section>
        ))}
      </ReferencePage>
    </SiteFrame>
  );
}
