/** One problem in one content file, located as precisely as we can: file, record and field (or line). */
export type ContentIssue = {
  file: string;
  record?: string;
  field?: string;
  line?: number | null;
  message: string;
};

export function formatIssue(issue: ContentIssue): string {
  const where = [
    issue.line ? `${issue.file}:${issue.line}` : issue.file,
    issue.record,
    issue.field ? `field "${issue.field}"` : undefined,
  ]
    .filter(Boolean)
    .join(" › ");
  return `${where}: ${issue.message}`;
}

/** Thrown by the loader; the build stops and prints every issue found, not only the first. */
export class ContentError extends Error {
  readonly issues: ContentIssue[];
  constructor(issues: ContentIssue[]) {
    const lines = issues.map((i) => `  - ${formatIssue(i)}`).join("\n");
    super(`Content check failed (${issues.length} problem${issues.length === 1 ? "" : "s"}):\n${lines}`);
    this.name = "ContentError";
    this.issues = issues;
  }
}
