import { getContent } from "@/lib/content";
import { atomFeed } from "@/lib/feed";

export const dynamic = "force-static";

export async function GET() {
  const { site, articles } = await getContent();
  return new Response(atomFeed(site, articles), { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
}
