import { routes } from "@/lib/routes";

/** The "Reported" mark on events and status lines known only from secondary sources; links to what it means. */
export function ReportedBadge() {
  return (
    <a
      href={routes.methodsSection("reported")}
      className="reported-badge"
      title="Only secondary sources say so; we have not seen the primary document."
    >
      Reported
    </a>
  );
}
