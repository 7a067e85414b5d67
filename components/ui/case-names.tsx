import { Fragment } from "react";

// Case names in plain-text fields (titles, deks, summaries) are set in italics, as in the prose:
// "Matter of A-B-", "Matter of A-R-C-G- et al.", "Matter of Acosta", "Grace v. Barr".
const CASE_NAME =
  /(Matter of (?:[A-Z](?:-[A-Z])*-(?: et al\.)?|[A-Z][a-z]+(?:-[A-Z][a-z]+)?)|[A-Z][a-z]+ v\. [A-Z][a-z]+)/g;

export function CaseNames({ text }: { text: string }) {
  const parts = text.split(CASE_NAME);
  return <>{parts.map((part, i) => (i % 2 === 1 ? <i key={i}>{part}</i> : <Fragment key={i}>{part}</Fragment>))}</>;
}
