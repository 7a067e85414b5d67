import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { StatusStrip } from "@/components/site/status-today";
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

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { site, articles, model } = await getContent();
  return (
    <html lang="en" className="bg-paper text-ink">
      <body className="flex min-h-screen flex-col font-serif">
        <a
          href="#main"
          className="skip-link absolute -top-12 left-2 z-50 bg-ink px-3 py-2 font-sans text-paper focus:top-2 print:hidden"
        >
          Skip to content
        </a>
        <SiteHeader siteName={site.name} articles={articles} />
        <StatusStrip status={site.statusToday} />
        <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
          {children}
        </main>
        <SiteFooter site={site} articles={articles} reference={model.footer} />
      </body>
    </html>
  );
}
