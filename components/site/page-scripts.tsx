/**
 * The small standalone scripts that enhance a page's server-rendered HTML (public/js/<name>.js), loaded only
 * on the pages that use them. Each page is complete without them.
 *
 * They are left out of `next dev`: there the React runtime hydrates the page, and a script that adds nodes
 * before hydration would make React discard them. The built site ships no runtime (scripts/strip-runtime.mjs),
 * so there they run alone.
 */
export const FEATURE_SCRIPTS = ["section-links", "toc", "terms", "copy-buttons", "search"] as const;
export type FeatureScript = (typeof FEATURE_SCRIPTS)[number];

export function PageScripts({ features }: { features: FeatureScript[] }) {
  if (process.env.NODE_ENV !== "production") return null;
  return (
    <>
      {features.map((name) => (
        // A module script is deferred by definition; the rule only knows classic scripts.
        // eslint-disable-next-line @next/next/no-sync-scripts
        <script key={name} type="module" src={`/js/${name}.js`} />
      ))}
    </>
  );
}
