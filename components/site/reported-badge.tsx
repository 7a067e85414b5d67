import type { Lang } from "@/lib/i18n";
import { ui } from "@/lib/i18n/strings";
import { routesFor } from "@/lib/routes";

/** The "Reported" mark on events and status lines known only from secondary sources; links to what it means. */
export function ReportedBadge({ lang }: { lang: Lang }) {
  const t = ui(lang).site;
  return (
    <a
      href={routesFor(lang).methodsSection("reported")}
      className="reported-badge mx-[0.35em] inline-block rounded-[3px] border border-warn px-[0.4em] align-[0.1em] font-sans text-2xs font-bold tracking-[0.03em] text-warn uppercase"
      title={t.reportedTitle}
    >
      {t.badges.reported}
    </a>
  );
}
