import type { Lang } from "@/lib/i18n";
import { ui } from "@/lib/i18n/strings";

/**
 * The small standalone scripts that enhance a page's server-rendered HTML (public/js/<name>.js), loaded only
 * on the pages that use them. Each page is complete without them.
 *
 * They are left out of `next dev`: there the React runtime hydrates the page, and a script that adds nodes
 * before hydration would make React discard them. The built site ships no runtime (scripts/strip-runtime.mjs),
 * so there they run alone.
 *
 * The scripts hold no reader-facing words: the messages a page's scripts show come with the page, in its
 * language, as one JSON data block (`<script type="application/json" id="page-strings">`, read with
 * `JSON.parse(document.getElementById("page-strings").textContent)`). A data block is not executed, so the
 * content security policy has nothing to allow. One PageScripts per page may load a worded script.
 */
export const FEATURE_SCRIPTS = ["section-links", "toc", "terms", "copy-buttons", "search", "lang-switch"] as const;
export type FeatureScript = (typeof FEATURE_SCRIPTS)[number];

type Messages = ReturnType<typeof ui>["article"]["scripts"];

/** The messages each worded script reads from #page-strings (keys of `ui(lang).article.scripts`). */
const MESSAGES = {
  "section-links": ["copied", "linkCopied", "shareSection", "copySection", "linkCopyFailed"],
  "copy-buttons": ["copied", "copyFailed"],
} as const satisfies Partial<Record<FeatureScript, readonly (keyof Messages)[]>>;
type WordedScript = keyof typeof MESSAGES;

/** A page that loads a worded script must say its language; the others may. */
type Props<F extends FeatureScript> = { features: F[] } & ([Extract<F, WordedScript>] extends [never]
  ? { lang?: Lang }
  : { lang: Lang });

export function PageScripts<F extends FeatureScript>({ features, lang }: Props<F>) {
  const keys = new Set<keyof Messages>(
    features.flatMap((name) => (name in MESSAGES ? MESSAGES[name as WordedScript] : [])),
  );
  const all = lang && keys.size > 0 ? ui(lang).article.scripts : null;
  const messages = all ? Object.fromEntries([...keys].map((k) => [k, all[k]])) : null;
  return (
    <>
      {messages ? (
        <script
          type="application/json"
          id="page-strings"
          dangerouslySetInnerHTML={{ __html: JSON.stringify(messages).replace(/</g, "\\u003c") }}
        />
      ) : null}
      {process.env.NODE_ENV !== "production"
        ? null
        : features.map((name) => (
            // A module script is deferred by definition; the rule only knows classic scripts.
            // eslint-disable-next-line @next/next/no-sync-scripts
            <script key={name} type="module" src={`/js/${name}.js`} />
          ))}
    </>
  );
}
