/**
 * Cuts a built page into the parts the search indexes, one per search record of the site model
 * (SitePage.search). It reads the exported HTML, so a result holds exactly the words a reader sees, and it walks
 * the page in reading order:
 *  - a heading whose id is a record's anchor starts that record; it runs to the next heading of any level;
 *  - any other element whose id is a record's anchor is that record, whole;
 *  - a record with no anchor is the page from its top to its first heading below the title;
 *  - what repeats on every page or is not the page's own text is left out: the header, status strip and footer
 *    (outside <main>), navigation, the quote sidebar (<aside>), data figures (their words are the timeline's),
 *    and anything marked data-pagefind-ignore (citation lists, corrections notices, share controls).
 */
import { parseHTML } from "linkedom";
import type { SearchRecord } from "../site/model";

const BLOCK = new Set([
  "ADDRESS",
  "BLOCKQUOTE",
  "DD",
  "DIV",
  "DL",
  "DT",
  "FIGCAPTION",
  "FIGURE",
  "FOOTER",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "LI",
  "OL",
  "P",
  "SECTION",
  "TABLE",
  "TD",
  "TH",
  "TR",
  "UL",
  "BR",
  "ARTICLE",
]);
const SKIP = new Set(["ASIDE", "NAV", "SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT", "SVG", "BUTTON"]);

type Node = { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<Node> };
type Element = Node & { id: string; hasAttribute(name: string): boolean; getAttribute(name: string): string | null };

const PAGE = "\u0000page";

/** A run of a record's text: heading text (searched with a heading's weight) or body text. */
export type TextBlock = { heading: boolean; text: string };

const OPEN = "\u0001";
const CLOSE = "\u0002";

/** The text of each record, in blocks. */
export function extractRecords(html: string, records: SearchRecord[]): Map<SearchRecord, TextBlock[]> {
  const { document } = parseHTML(html);
  const main = document.querySelector("main") as unknown as Element | null;
  if (!main) throw new Error("page has no <main>");
  const byAnchor = new Map(records.map((r) => [r.anchor ?? PAGE, r]));
  const parts = new Map<string, string[]>([...byAnchor.keys()].map((k) => [k, []]));

  // `entry`: inside an element that is a record by itself, whose headings belong to it.
  const walk = (node: Node, current: string | null, entry = false): string | null => {
    if (node.nodeType === 3) {
      if (current) parts.get(current)!.push(node.textContent ?? "");
      return current;
    }
    if (node.nodeType !== 1) return current;
    const el = node as Element;
    const tag = el.nodeName.toUpperCase();
    if (
      SKIP.has(tag) ||
      el.hasAttribute("data-pagefind-ignore") ||
      (tag === "FIGURE" && el.hasAttribute("data-figure"))
    )
      return current;
    const isHeading = /^H[1-6]$/.test(tag);
    const own = el.id && byAnchor.has(el.id) ? el.id : null;
    let inner = current;
    if (isHeading && !entry) inner = own ?? (tag === "H1" ? current : null);
    else if (own) inner = own;
    const inEntry = entry || (!isHeading && own !== null);
    const block = BLOCK.has(tag);
    if (block && inner) parts.get(inner)!.push(isHeading ? OPEN : " ");
    for (const child of Array.from(el.childNodes)) inner = walk(child, inner, inEntry);
    if (block && inner) parts.get(inner)!.push(isHeading ? CLOSE : " ");
    // A heading changes the record for what follows it; any other element's record ends with it.
    return isHeading && !entry ? inner : current;
  };
  walk(main, byAnchor.has(PAGE) ? PAGE : null);

  const out = new Map<SearchRecord, TextBlock[]>();
  for (const [key, record] of byAnchor) {
    const blocks: TextBlock[] = [];
    for (const run of parts.get(key)!.join("").split(OPEN)) {
      const [head, rest] = run.includes(CLOSE) ? run.split(CLOSE, 2) : [null, run];
      for (const [heading, text] of [
        [true, head],
        [false, rest],
      ] as const) {
        const clean = (text ?? "")
          .replace(/[\u0001\u0002]/g, "")
          .replace(/\s+/g, " ")
          .trim();
        if (clean) blocks.push({ heading, text: clean });
      }
    }
    if (blocks.length === 0)
      throw new Error(`search record ${record.anchor ?? "(page)"} ("${record.title}") found no text on the page`);
    out.set(record, blocks);
  }
  return out;
}
