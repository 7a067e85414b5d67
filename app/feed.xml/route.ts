import { getContent } from "@/lib/content";
import { atomFeed } from "@/lib/feed";
import { pageFor } from "@/lib/site/model";

export const dynamic = "force-static";

export async function GET() {
  const { site, articles, model } = await getContent();
  return new Response(
    atomFeed(site, articles, (path) => pageFor(model, path).title),
    { headers: { "content-type": "application/atom+xml; charset=utf-8" } },
  );
}
