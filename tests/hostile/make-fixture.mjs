#!/usr/bin/env node
// Makes the hostile-input content folder (.hostile-content/) for the test build: the base test fixture
// (tests/fixtures/content) plus a quote, a source and article text full of markup, entities, both kinds of
// quotation marks, a javascript: URL, right-to-left text and an 80-character unbroken string. The test command
// builds the site from it (CONTENT_DIR) and tests/hostile/hostile.spec.ts checks every output.
import { appendFileSync, cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { HOSTILE } from "./strings.mjs";

const dest = path.resolve(process.argv[2] ?? ".hostile-content");
rmSync(dest, { recursive: true, force: true });
cpSync(path.resolve("tests/fixtures/content"), dest, { recursive: true });
const y = (s) => JSON.stringify(s); // a JSON string is a valid double-quoted YAML scalar

appendFileSync(
  path.join(dest, "sources.yaml"),
  `- id: hostile-source
  kind: news
  publisher: ${y(HOSTILE.publisher)}
  title: ${y(HOSTILE.sourceTitle)}
  date: "2018-06-12"
  url: ${y(HOSTILE.sourceUrl)}
  primary: false
`,
);
appendFileSync(
  path.join(dest, "quotes.yaml"),
  `- id: hostile-quote
  text: ${y(HOSTILE.quote)}
  speaker: ${y(HOSTILE.speaker)}
  role: ${y(HOSTILE.role)}
  date: "2018-06-12"
  sourceId: hostile-source
  context: ${y(HOSTILE.context)}
  stance: neutral
  verification: confirmed
  translations:
    es:
      text: ${y(HOSTILE.quote)}
      role: ${y(HOSTILE.role)}
      context: ${y(HOSTILE.context)}
`,
);
// The Spanish edition gets the same hostile source, quote and article text.
appendFileSync(path.join(dest, "es", "sources.yaml"), "- id: hostile-source\n");
for (const beta of [path.join(dest, "articles", "beta.mdx"), path.join(dest, "es", "articles", "beta.mdx")])
  writeFileSync(
    beta,
    readFileSync(beta, "utf8")
      .replace(/^title: .*$/m, `title: ${y(HOSTILE.articleTitle)}`)
      .replace(
        /\n*$/,
        `\n\n## Hostile input {/*hostile-input*/}\n\n${HOSTILE.articleMdx}\n\n<Quote id="hostile-quote" />\n`,
      ),
  );
console.log(`Hostile content written to ${path.relative(process.cwd(), dest)}/`);
