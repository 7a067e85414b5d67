import { SiteFrame } from "@/components/layout/site-frame";
import { ReferencePage } from "@/components/site/simple-page";
import { CaseNames } from "@/components/ui/case-names";
import { getContent } from "@/lib/content";
import { formatDate, localePath, type Lang } from "@/lib/i18n";
import { ui } from "@/lib/i18n/strings";
import { anchors, routesFor } from "@/lib/routes";
import { pageFor } from "@/lib/site/model";

/** Every correction and clarification of an edition, newest first, each linked to where it is shown. */
export async function CorrectionsPage({ lang }: { lang: Lang }) {
  const { articles, site, model } = await getContent(lang);
  const routes = routesFor(lang);
  const t = ui(lang).reference.corrections;
  // Articles' corrections and those of other pages (site.yaml, English paths), newest first.
  const all = [
    ...articles.flatMap((a) => a.corrections.map((c) => ({ ...c, href: routes.article(a.slug), title: a.title }))),
    ...site.pageCorrections.map((c) => {
      const href = localePath(lang, c.page);
      return { ...c, href, title: pageFor(model, href).title };
    }),
  ].sort((x, y) => y.date.localeCompare(x.date));
  return (
    <SiteFrame path={routes.corrections}>
      <ReferencePage
        kicker={ui(lang).reference.kickers.standards}
        title={pageFor(model, routes.corrections).title}
        intro={
          <p>
            {t.intro.before}
            <a href={routes.feed}>{t.intro.feed}</a>
            {t.intro.after}
          </p>
        }
      >
        {all.length === 0 ? (
          <p className="no-corrections">{t.none}</p>
        ) : (
          <ol className="corrections-list mt-8 grid gap-6">
            {all.map((c, i) => (
              <li key={`${c.href}-${c.date}-${i}`}>
                <p>
                  <time dateTime={c.date}>{formatDate(c.date, lang)}</time> ·{" "}
                  {c.type === "correction" ? t.correction : t.clarification} ·{" "}
                  <a href={`${c.href}#${anchors.article.corrections}`}>
                    <CaseNames text={c.title} />
                  </a>
                </p>
                <p>{c.text}</p>
              </li>
            ))}
          </ol>
        )}
      </ReferencePage>
    </SiteFrame>
  );
}
