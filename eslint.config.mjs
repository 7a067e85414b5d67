// ESLint: Next's recommended rules (React, hooks, accessibility, Core Web Vitals) and TypeScript's, run with
// zero warnings allowed (`npm run lint`). Formatting is Prettier's job, not ESLint's.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      "out/**",
      ".e2e-out/**",
      ".hostile-out/**",
      ".hostile-content/**",
      ".next-*/**",
      "reports/**",
      "test-results/**",
      ".tmp/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
