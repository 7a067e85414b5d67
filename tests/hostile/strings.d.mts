// Types for tests/hostile/strings.mjs.
export const HOSTILE: Record<
  | "LONG"
  | "RTL"
  | "quote"
  | "speaker"
  | "role"
  | "publisher"
  | "sourceTitle"
  | "sourceUrl"
  | "context"
  | "articleTitle"
  | "articleMdx"
  | "articleText",
  string
>;
