import { getContent } from "./content";
import { atomFeed } from "./feed";
import type { Lang } from "./i18n";
import { pageFor } from "./site/model";

/** The Atom feed of an edition (/feed.xml, /es/feed.xml). */
export async function feedResponse(lang: Lang) {
  const { site, articles, model } = await getContent(lang);
  return new Response(
    atomFeed(site, articles, (path) => pageFor(model, path).title, lang),
    { headers: { "content-type": "application/atom+xml; charset=utf-8" } },
  );
}
