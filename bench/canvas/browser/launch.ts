import { chromium, type Browser } from "playwright-core";
import { CHROMIUM_ARGS, chromiumExecutable } from "../../../e2e/support/browser";

/** Headless system Chromium with the e2e flags (Playwright cannot download browsers here). */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumExecutable();
  if (!executablePath) throw new Error("no Chromium found: set CHROMIUM_PATH");
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
