import type { NextConfig } from "next";

const config: NextConfig = {
  // Fully static: every route is prerendered into out/ and served by any static host.
  output: "export",
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
};

export default config;
