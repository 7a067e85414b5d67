// Runs before the framework build (`npm run build`): loads and checks all content, and on any problem prints
// the list of problems as the build's last lines and exits 1, so a content error never ends in a framework
// stack trace. Run alone: `npx tsx scripts/check-content.ts`.
import path from "node:path";
import { ContentError } from "../lib/content/errors";
import { loadContent } from "../lib/content/load";

const root = path.resolve(process.env.CONTENT_DIR ?? "content");
try {
  const c = await loadContent(root);
  console.log(
    `Content check passed: ${c.articles.length} articles, ${c.quotes.size} quotes, ${c.sources.size} sources, ` +
      `${c.timeline.length} events, ${c.glossary.size} terms, ${c.claims.length} claims, ${c.model.pages.length} pages.`,
  );
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(`\n${error.message}\n`);
  process.exit(1);
}
