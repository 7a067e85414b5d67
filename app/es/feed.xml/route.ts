import { feedResponse } from "@/lib/feed-route";

export const dynamic = "force-static";

export function GET() {
  return feedResponse("es");
}
