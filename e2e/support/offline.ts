import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { Locator, Page } from "@playwright/test";

/** The service worker in the built app: waiting for it, reading its cache, its update notice. */

/** The build being served (the same directory playwright.config.ts serves). */
export const BUILD_DIR = process.env.E2E_OUT_DIR ?? "dist";

/** Until a service worker controls the page (it installs after the first visit's load). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 30_000,
  });
}

/** Paths (with a leading "/") in each of our precache caches, by cache name. */
export async function precached(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      if (!name.startsWith("threatcanvas-precache-")) continue;
      const requests = await (await caches.open(name)).keys();
      out[name] = requests.map((r) => new URL(r.url).pathname).sort();
    }
    return out;
  });
}

/** Every file of a build a browser may ask for, as the paths it asks by ("/" for index.html). */
export function builtPaths(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"))
    .filter((p) => !p.endsWith(".map") && p !== "sw.js")
    .map((p) => (p === "index.html" ? "/" : `/${p}`))
    .sort();
}

export const updateNotice = (page: Page): Locator =>
  page.getByRole("status", { name: "New version" });
