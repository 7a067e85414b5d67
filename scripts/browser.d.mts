// Types for scripts/browser.mjs, shared by the TypeScript scripts and tests.
import type { LaunchOptions } from "@playwright/test";

export const SYSTEM_CHROMIUM: string;
export function browserLaunchOptions(): LaunchOptions;
