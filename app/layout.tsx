import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { getContent } from "@/lib/content";
import { designTokens } from "@/lib/design-tokens";
import { SITE_URL } from "@/lib/site-config";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { site } = await getContent();
  return {
    metadataBase: new URL(`${SITE_URL}/`),
    title: { default: site.name, template: `%s · ${site.name}` },
    description: site.description,
    applicationName: site.name,
  };
}

// The browser chrome takes the page's paper colour, from the design tokens (app/tokens.css).
const { light, dark } = designTokens();
export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: light.paper },
    { media: "(prefers-color-scheme: dark)", color: dark.paper },
  ],
};

/**
 * The document around every page. Each page draws its own frame (components/layout/site-frame.tsx) in its own
 * language; the export's last step writes each page's `lang` from the site model (scripts/after-export.ts), since
 * one root layout serves both editions.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className="bg-paper text-ink">
      <body className="flex min-h-screen flex-col font-serif">{children}</body>
    </html>
  );
}
