import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants";

export default function config(phase: string): NextConfig {
  const base: NextConfig = {
    images: { unoptimized: true },
    poweredByHeader: false,
    reactStrictMode: true,
  };
  if (phase === PHASE_DEVELOPMENT_SERVER)
    return {
      ...base,
      // `next dev` serves the quote cards where the built site does: /embed/quotes/<id>/ is the card's
      // directory index, written by the route app/embed/quotes/[id]/index.html. Keep the trailing slash.
      // Several dev servers can run side by side, each with its own build folder (NEXT_DEV_DIR=.next-a).
      ...(process.env.NEXT_DEV_DIR ? { distDir: process.env.NEXT_DEV_DIR } : {}),
      skipTrailingSlashRedirect: true,
      async rewrites() {
        return ["", "/es"].map((prefix) => ({
          source: `${prefix}/embed/quotes/:id/`,
          destination: `${prefix}/embed/quotes/:id/index.html`,
        }));
      },
    };
  return {
    ...base,
    // Fully static: every route is prerendered and served by any static host. The export goes to out/, or to
    // SITE_OUT when set (the test command builds into .e2e-out/, so it never replaces the site in out/).
    output: "export",
    ...(process.env.SITE_OUT ? { distDir: process.env.SITE_OUT } : {}),
  };
}
