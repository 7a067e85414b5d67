// Removes the Next.js/React client runtime from a static export. Every page here is rendered on the server
// and needs no client-side React: what a reader's browser runs is only our own small feature scripts
// (public/js/*.js). Next 16 has no setting that turns the runtime off for an App Router page, so this runs
// after `next build` (see README, "Architecture notes").
//
// It relies on the exact shape of Next 16's exported markup, so it is strict both ways: a page that lacks the
// runtime markup it expects, or keeps any script it does not know after stripping, stops the build with a
// message naming the file. A Next upgrade that changes the markup therefore fails loudly instead of shipping
// a half-stripped page (tests/unit/strip-runtime.test.ts checks both directions).

/** The markup this step removes, each with a name for error messages. */
const RUNTIME = [
  // <script src="/_next/static/chunks/….js" async=""></script> (and the noModule polyfill script)
  { name: "runtime chunk scripts", re: /<script src="\/_next\/static\/[^"]+\.js"[^>]*><\/script>/g, required: true },
  // <link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/….js"/>
  {
    name: "script preloads",
    re: /<link rel="preload" as="script"[^>]*href="\/_next\/[^"]+"[^>]*\/>/g,
    required: false,
  },
  // The inline flight data: (self.__next_f=self.__next_f||[]).push([0]) and self.__next_f.push([1,"…"])
  { name: "inline flight data", re: /<script>\(?self\.__next_f(?:=|\.push\()[\s\S]*?<\/script>/g, required: true },
  // <script id="_R_">(globalThis["TURBOPACK"] || …).push({…})</script>: the bootstrap of the chunk loader
  { name: "chunk loader bootstrap", re: /<script id="_R_">[\s\S]*?<\/script>/g, required: true },
  // The empty, hidden outlet where streamed metadata would go: <div hidden=""><!--$--><!--/$--></div>
  { name: "metadata outlet", re: /<div hidden=""><!--\$--><!--\/\$--><\/div>/g, required: false },
  // React's hydration markers: Suspense boundaries and text-node separators. Without hydration they are
  // only bytes; removing them leaves the same DOM text.
  { name: "hydration markers", re: /<!--\/?\$-->|<!-- -->/g, required: false },
];

/** Scripts a page may keep: structured data, our own feature scripts, and the partner embed script. */
const ALLOWED_SCRIPT = [
  /^<script type="application\/ld\+json">/,
  // The interface words the feature scripts show, in the page's language (components/site/page-scripts.tsx).
  /^<script type="application\/json" id="page-strings">/,
  /^<script type="module" src="\/js\/[a-z0-9-]+\.js"><\/script>$/,
  /^<script async(?:="")? src="[^"]*\/embed\.js"><\/script>$/,
];

export class RuntimeMarkupError extends Error {}

/**
 * Strips the runtime from one exported page. `file` names the page in error messages.
 * Throws RuntimeMarkupError when the page does not look like Next 16's export, or still has a script we do not
 * know after stripping.
 */
export function stripPage(html, file) {
  let out = html;
  const removed = {};
  for (const { name, re, required } of RUNTIME) {
    const count = (out.match(re) ?? []).length;
    if (required && count === 0)
      throw new RuntimeMarkupError(
        `${file}: expected Next's ${name} and found none. Next's exported markup has changed: ` +
          `update scripts/lib/strip-runtime.mjs (and its test) before shipping.`,
      );
    removed[name] = count;
    out = out.replace(re, "");
  }
  for (const tag of out.match(/<script\b[^>]*>(?:<\/script>)?/g) ?? [])
    if (!ALLOWED_SCRIPT.some((re) => re.test(tag)))
      throw new RuntimeMarkupError(
        `${file}: a script this step does not know survived stripping: ${tag.slice(0, 160)}`,
      );
  const leftover = out.match(/\/_next\/static\/[^"'\s]+\.js/);
  if (leftover) throw new RuntimeMarkupError(`${file}: still refers to a runtime file: ${leftover[0]}`);
  if (/__next_f|TURBOPACK/.test(out)) throw new RuntimeMarkupError(`${file}: runtime code survived stripping`);
  return { html: out, removed };
}

/**
 * Whether an exported file is an RSC payload (the page again, for client navigation), which we do not ship:
 * `x.txt` beside `x.html`, `index.txt`, and every `__next.*.txt` segment file. robots.txt is not one.
 */
export function isPayloadFile(relPath, exists) {
  const base = relPath.split("/").at(-1);
  if (!base.endsWith(".txt")) return false;
  if (base.startsWith("__next.")) return true;
  return exists(relPath.replace(/\.txt$/, ".html"));
}
