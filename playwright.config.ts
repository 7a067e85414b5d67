import { defineConfig } from "@playwright/test";
import { browserLaunchOptions } from "./scripts/browser.mjs";

const PORT = Number(process.env.E2E_PORT ?? 4173);
const HOSTILE_PORT = PORT + 1;

// Runs against static exports. The site: E2E_DIR (the README's test command builds one into .e2e-out/, made for
// this port, so the site in out/ is never replaced by a build whose URLs point at the test server), or out/. The
// hostile-input build (.hostile-out/, from tests/hostile/make-fixture.mjs, made for a deployment origin) is served
// beside it for the "hostile" project.
const DIR = process.env.E2E_DIR ?? "out";
export default defineConfig({
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  // Several tests walk every page of a kind (all quote pages, every page's metadata); on a busy 2-core
  // CI machine that can exceed the 30 s default. This is a hang guard, not a speed assertion.
  timeout: 120_000,
  reporter: [["list"]],
  use: { browserName: "chromium", launchOptions: browserLaunchOptions() },
  projects: [
    { name: "site", testDir: "tests/e2e", use: { baseURL: `http://127.0.0.1:${PORT}` } },
    { name: "hostile", testDir: "tests/hostile", use: { baseURL: `http://127.0.0.1:${HOSTILE_PORT}` } },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs --port ${PORT} --dir ${DIR}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node scripts/serve.mjs --port ${HOSTILE_PORT} --dir .hostile-out`,
      url: `http://127.0.0.1:${HOSTILE_PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
