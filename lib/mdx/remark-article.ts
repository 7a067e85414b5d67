/**
 * One remark pass over an article that does everything the rest of the site relies on:
 *  - takes each h2/h3's explicit id from its trailing `{/*some-id*\/}` comment, removes the comment,
 *    and puts the id on the heading (no slugging: the id survives a change of heading text);
 *  - builds the table of contents from those same ids, so TOC and headings cannot disagree;
 *  - records, in reading order, every quote the body places (`<Quote id>` and `<Q id>`);
 *  - records every link, so the loader can check internal ones;
 *  - checks each `<Figure id>` names a known data figure (lib/figures/ids.ts), placed once;
 *  - curls quotes and apostrophes in our prose (./prose-typography), never inside `<Q>`/`<Quote>`.
 * Problems are collected (not thrown) with their line, so the loader can report all of them at once.
 */
import type { Heading, Link, Root, RootContent } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { isFigureId } from "../figures/ids";
import { proseTypography } from "./prose-typography";

export type TocEntry = { depth: 2 | 3; id: string; text: string };
/**
 * One placement of a quote in the body. `number` is the quote's place in the sidebar (order of first use);
 * `anchor` is the placement's stable element id (`quote-<id>`, then `quote-<id>-2`, … for repeats).
 * Both are written onto the JSX element as props, so the renderer never recomputes them.
 */
export type QuoteUse = {
  id: string;
  inline: boolean;
  words: string | null;
  /** `<Q translation="…">`: our translation of just these words (the Spanish edition requires one). */
  translation: string | null;
  line: number | null;
  number: number;
  anchor: string;
};
export type LinkUse = { url: string; line: number | null };
export type TermUse = { id: string; line: number | null; anchor: string };
export type ArticleProblem = { line: number | null; message: string };

export type ArticleData = {
  toc: TocEntry[];
  quoteUses: QuoteUse[];
  links: LinkUse[];
  termUses: TermUse[];
  /** The data figures the body places with <Figure id>, in order. */
  figures: string[];
  problems: ArticleProblem[];
  /** Words of running text, quoted fragments included, block quotes and headings' ids excluded. */
  wordCount: number;
};

const ID_COMMENT = /^\s*\/\*\s*([^*]*?)\s*\*\/\s*$/;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ALLOWED_JSX = new Set(["Quote", "Q", "Term", "Figure"]);

export function remarkArticle() {
  return (tree: Root, file: VFile) => {
    const data: ArticleData = {
      toc: [],
      quoteUses: [],
      links: [],
      termUses: [],
      figures: [],
      problems: [],
      wordCount: 0,
    };
    const seen = new Map<string, number | null>();
    const problem = (node: { position?: { start: { line: number } } }, message: string) =>
      data.problems.push({ line: node.position?.start.line ?? null, message });

    // First, so headings (and the TOC made from them) are typographic too.
    proseTypography(tree);

    visit(tree, (node) => {
      switch (node.type) {
        case "heading":
          handleHeading(node, data, seen, problem);
          return;
        case "mdxJsxFlowElement":
        case "mdxJsxTextElement":
          handleJsx(node, data, problem);
          return;
        case "link":
          data.links.push({ url: (node as Link).url, line: node.position?.start.line ?? null });
          return;
        case "mdxjsEsm":
          problem(node, "imports and exports are not allowed in articles");
          return;
        case "html":
          problem(node, "raw HTML is not allowed in articles; use Markdown or <Quote>/<Q>");
          return;
      }
    });

    visit(tree, "text", (node) => {
      data.wordCount += node.value.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    });
    file.data.article = data;
  };
}

function handleHeading(
  node: Heading,
  data: ArticleData,
  seen: Map<string, number | null>,
  problem: (n: RootContent, m: string) => void,
) {
  const line = node.position?.start.line ?? null;
  if (node.depth === 1 || node.depth > 3) {
    problem(node, `only ## and ### headings are allowed (found a level-${node.depth} heading)`);
    return;
  }
  const last = node.children.at(-1);
  const match = last && last.type === "mdxTextExpression" ? ID_COMMENT.exec((last as { value: string }).value) : null;
  const text = toString(node).trim();
  if (!match) {
    problem(node, `heading "${text}" has no explicit id; end it with {/*some-id*/}`);
    return;
  }
  const id = match[1];
  if (!KEBAB.test(id)) {
    problem(node, `heading id "${id}" must be kebab-case`);
    return;
  }
  if (seen.has(id)) {
    problem(node, `heading id "${id}" is used twice (first on line ${seen.get(id)})`);
    return;
  }
  seen.set(id, line);
  node.children.pop();
  // Drop the space that separated the heading text from its id comment.
  const tail = node.children.at(-1);
  if (tail && tail.type === "text") tail.value = tail.value.replace(/\s+$/, "");
  const headingText = toString(node).trim();
  node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id } };
  data.toc.push({ depth: node.depth as 2 | 3, id, text: headingText });
}

function handleJsx(
  node: MdxJsxFlowElement | MdxJsxTextElement,
  data: ArticleData,
  problem: (n: RootContent, m: string) => void,
) {
  const name = node.name ?? "";
  if (!ALLOWED_JSX.has(name)) {
    problem(
      node,
      `<${name || "fragment"}> is not an allowed component (use <Quote id>, <Q id>, <Term id> or <Figure id>)`,
    );
    return;
  }
  const idAttr = node.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === "id");
  const id = idAttr && typeof idAttr.value === "string" ? idAttr.value : null;
  if (!id) {
    problem(node, `<${name}> needs a literal id="…" attribute`);
    return;
  }
  if (name === "Figure") {
    if (!isFigureId(id)) problem(node, `<Figure id="${id}"> is not a known figure (known: precedent-chart, case-path)`);
    else if (node.children.length > 0) problem(node, `<Figure id="${id}" /> takes no children`);
    else if (data.figures.includes(id)) problem(node, `<Figure id="${id}"> is placed twice`);
    else data.figures.push(id);
    return;
  }
  if (name === "Term") {
    if (!toString(node).trim()) problem(node, `<Term id="${id}"> must wrap the words it defines`);
    else {
      const n = data.termUses.filter((u) => u.id === id).length;
      const anchor = n === 0 ? `term-${id}` : `term-${id}-${n + 1}`;
      node.attributes.push({ type: "mdxJsxAttribute", name: "anchor", value: anchor });
      data.termUses.push({ id, line: node.position?.start.line ?? null, anchor });
    }
    return;
  }
  const inline = name === "Q";
  if (inline && !quotedWordsOnly(node, id, problem)) return;
  const words = inline ? toString(node) : null;
  if (inline && !words?.trim()) {
    problem(node, `<Q id="${id}"> must wrap the quoted words`);
    return;
  }
  if (inline && words !== words?.trim()) {
    problem(node, `<Q id="${id}"> must start and end with the quoted words, not a space`);
    return;
  }
  if (!inline && node.children.length > 0) {
    problem(node, `<Quote id="${id}" /> takes no children; its words come from the registry`);
    return;
  }
  const firstUse = data.quoteUses.find((u) => u.id === id);
  const number = firstUse ? firstUse.number : new Set(data.quoteUses.map((u) => u.id)).size + 1;
  const repeat = data.quoteUses.filter((u) => u.id === id).length;
  const anchor = repeat === 0 ? `quote-${id}` : `quote-${id}-${repeat + 1}`;
  node.attributes.push(
    { type: "mdxJsxAttribute", name: "anchor", value: anchor },
    { type: "mdxJsxAttribute", name: "number", value: String(number) },
  );
  const translationAttr = node.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === "translation");
  const translation = translationAttr && typeof translationAttr.value === "string" ? translationAttr.value : null;
  data.quoteUses.push({ id, inline, words, translation, line: node.position?.start.line ?? null, number, anchor });
}

/** What may be inside `<Q>`: words, and emphasis the source itself has. Nothing else adds or hides text. */
const Q_CONTENT = new Set(["text", "emphasis", "strong", "paragraph"]);

/**
 * Makes the words of a `<Q>` render exactly as its record has them, or reports why they cannot.
 * What the `<q>` element shows is the concatenation of these text nodes, so the loader's verbatim check on
 * `toString(node)` is a check on the rendered words only if nothing else is inside: links, code, line breaks,
 * expressions and components (a <Term> brings its definition along) are rejected. A line break in the MDX
 * source is layout, not words: it becomes the single space the record has there.
 */
function quotedWordsOnly(
  node: MdxJsxFlowElement | MdxJsxTextElement,
  id: string,
  problem: (n: RootContent, m: string) => void,
) {
  let ok = true;
  visit(node, (child) => {
    if (child === node) return;
    if (!Q_CONTENT.has(child.type)) {
      const what =
        child.type === "mdxJsxTextElement" || child.type === "mdxJsxFlowElement" ? `<${child.name}>` : child.type;
      problem(
        child as RootContent,
        `<Q id="${id}"> may contain only the quoted words (with *emphasis* the source has); found ${what}`,
      );
      ok = false;
    } else if (child.type === "text") child.value = child.value.replace(/[ \t]*\r?\n[ \t]*/g, " ");
  });
  return ok;
}

declare module "vfile" {
  interface DataMap {
    article: ArticleData;
  }
}
