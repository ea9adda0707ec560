import { defineConfig, devices } from "@playwright/test";
import { chromiumExecutable, CHROMIUM_ARGS } from "./e2e/support/browser";

/**
 * End-to-end tests run against the built app (`vite preview`), in Debian's Chromium or the
 * browser named by CHROMIUM_PATH — Playwright's own browser download is not needed.
 */
const PORT = Number(process.env.E2E_PORT ?? 4173);
/** The build to serve (`vite build --outDir <dir>`); defaults to `dist`. */
const OUT_DIR = process.env.E2E_OUT_DIR ?? "dist";

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices["Desktop Chrome"],
    viewport: { width: 1600, height: 1000 },
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
    actionTimeout: 10_000,
    trace: "retain-on-failure",
    // The built app registers a service worker; a spec that tests it allows it (offline.spec).
    // Elsewhere it would precache the build in every fresh context and answer requests
    // the specs watch or route.
    serviceWorkers: "block",
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${OUT_DIR}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
