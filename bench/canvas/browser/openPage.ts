import type { Browser, BrowserContext, Page } from "playwright-core";
import { WINDOW } from "../config";
import type { BenchInput } from "../pages/benchApi";

export type PageKind = "app" | "bare";

export interface OpenPage {
  page: Page;
  close(): Promise<void>;
}

/** A fresh context and page (no cache, no state), with the model injected before any script. */
export async function openBenchPage(
  browser: Browser,
  baseUrl: string,
  kind: PageKind,
  input: BenchInput,
  beforeLoad?: (page: Page) => Promise<void>,
): Promise<OpenPage> {
  const context: BrowserContext = await browser.newContext({
    viewport: WINDOW,
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.addInitScript((value) => {
    window.__BENCH_INPUT__ = value;
  }, input);
  await beforeLoad?.(page);
  await page.goto(`${baseUrl}/${kind}.html`);
  try {
    await page.waitForFunction(() => window.__bench?.ready() === true, undefined, {
      timeout: 120_000,
      polling: 100,
    });
  } catch (error) {
    throw new Error(`${kind} page never rendered the model: ${errors.join("; ") || String(error)}`);
  }
  await whenIdle(page);
  return { page, close: () => context.close() };
}

/** Resolves when the page's main thread has had an idle period (after load, after a drop). */
export async function whenIdle(page: Page): Promise<void> {
  for (let i = 0; i < 2; i++) {
    await page.evaluate(
      () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 3000 })),
    );
  }
}
