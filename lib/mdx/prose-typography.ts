/**
 * Typographic quotes and apostrophes in our own prose, never in anyone's quoted words.
 *
 * The typography itself is remark-smartypants (retext-smartypants underneath). It reads a paragraph's text
 * across emphasis, links and glossary terms, so `"*Matter of A-B-*"` gets a matching pair of curly quotes.
 * But it walks the whole tree, including the text inside `<Q>`, at any depth. So before it runs, every
 * `<Q>`/`<Quote>` subtree is swapped for a stand-in, and swapped back afterwards:
 *  - inline: an `inlineCode` node, which remark-smartypants reads as opaque letters and never rewrites, so the
 *    sentence around the quotation keeps its shape (`<Q id>…</Q>'s` still gets an apostrophe, not an
 *    opening quote);
 *  - block: an empty paragraph (a paragraph break, which is what a block element is to the prose).
 * Detaching the subtrees outright would also skip them, but would glue the words either side together and
 * change how the quotes around them pair up; visiting text nodes one at a time would lose the pairing across
 * emphasis. The stand-ins never reach the output: the original nodes, untouched, go back in place.
 *
 * Configuration, chosen on purpose:
 *  - quotes: on, the default curly marks (“ ” ‘ ’), as before;
 *  - dashes: off. Writers type the dash they mean (– for ranges and votes, — for breaks), and `--` is left as
 *    typed: retext-smartypants would make `--` an em dash, which is wrong for a 2--1 vote or a page range;
 *  - ellipses: off. An ellipsis in this project marks a cut, so `...` stays exactly as the writer typed it;
 *  - backticks: off. Backticks are code in Markdown; ``` `` ``` in text should not become a quote mark.
 */
import type { Parent, Root, RootContent } from "mdast";
import smartypants from "remark-smartypants";
import { unified } from "unified";
import { SKIP, visit } from "unist-util-visit";

/** The components whose words come from the quote registry and must render exactly as recorded. */
export const QUOTE_COMPONENTS: ReadonlySet<string> = new Set(["Q", "Quote"]);

const typography = unified()
  .use(smartypants, { quotes: true, dashes: false, ellipses: false, backticks: false })
  .freeze();

export function isQuoteElement(node: { type: string; name?: unknown }): boolean {
  return (
    (node.type === "mdxJsxTextElement" || node.type === "mdxJsxFlowElement") &&
    typeof node.name === "string" &&
    QUOTE_COMPONENTS.has(node.name)
  );
}

/** Curls quotes and apostrophes in every text node of `tree` except those inside `<Q>`/`<Quote>`. */
export function proseTypography(tree: Root): void {
  const held: { parent: Parent; index: number; node: RootContent }[] = [];
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined || !isQuoteElement(node)) return;
    const standIn =
      node.type === "mdxJsxTextElement"
        ? { type: "inlineCode" as const, value: "Q" }
        : { type: "paragraph" as const, children: [] };
    held.push({ parent, index, node: node as RootContent });
    (parent.children as RootContent[])[index] = standIn;
    return SKIP;
  });
  typography.runSync(tree);
  for (const { parent, index, node } of held) (parent.children as RootContent[])[index] = node;
}
