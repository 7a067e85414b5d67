// One place that decides which Chromium the tests and scripts drive: Debian's /usr/bin/chromium where it
// exists (no browser download needed), otherwise Playwright's own browser.
import { existsSync } from "node:fs";

export const SYSTEM_CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function browserLaunchOptions() {
  if (!existsSync(SYSTEM_CHROMIUM)) return {};
  return {
    executablePath: SYSTEM_CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  };
}
