import { ImageResponse } from "next/og";
import { PAGE_IMAGE, PageImage } from "@/components/seo/page-image";
import { cardFonts } from "@/lib/card-font";
import { getContent } from "@/lib/content";

// Link-preview images for the articles and the site's other pages, written as out/og/<name>.png.
export const dynamic = "force-static";
export const dynamicParams = false;

async function images() {
  const { site, articles } = await getContent();
  const list: Record<string, { kicker: string; title: string; summary: string }> = {
    home: { kicker: "A sourced explainer", title: site.tagline, summary: site.description },
    quotes: { kicker: "The registry", title: "All quotes", summary: "Every quotation on the site, in the speaker's exact words, with its source." },
    embed: { kicker: "For publishers", title: "Embed a sourced quote", summary: "Attributed quote cards that link back to their sources." },
    timeline: { kicker: "Reference", title: "Timeline", summary: "From the 1985 definition of a particular social group to the reported 2025 reinstatement and after." },
    glossary: { kicker: "Reference", title: "Glossary", summary: "The legal terms of the asylum rulings, in plain English." },
    sources: { kicker: "Reference", title: "Sources", summary: "Every decision, speech, statement and report this explainer relies on." },
    "fact-check": { kicker: "Fact check", title: "Early coverage of the ruling, checked", summary: "The claims of an article on the 2018 ruling, one by one, against the record." },
    corrections: { kicker: "Standards", title: "Corrections and clarifications", summary: "Every change of fact, dated." },
    methods: { kicker: "Standards", title: "How we checked", summary: "What confirmed, partly confirmed and reported mean, and how every quotation is checked." },
  };
  articles.forEach((a, i) => (list[a.slug] = { kicker: `Part ${i + 1} of ${articles.length}`, title: a.title, summary: a.dek }));
  return { site, list };
}

export async function generateStaticParams() {
  return Object.keys((await images()).list).map((name) => ({ file: `${name}.png` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { site, list } = await images();
  const entry = list[(await params).file.replace(/\.png$/, "")];
  if (!entry) return new Response("Not found", { status: 404 });
  return new ImageResponse(<PageImage {...entry} siteName={site.name} />, { ...PAGE_IMAGE, fonts: cardFonts() });
}
