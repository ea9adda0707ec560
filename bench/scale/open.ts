import type { Browser, BrowserContext, Page } from "playwright-core";
import type { ThreatModel } from "../../src/domain/schema";
import { SEED_PATH } from "./build";
import { installPageScript, longTasks, pageNow, shownAt } from "./pageScript";
import { currentStep, step, within } from "./watchdog";

/** From PRODUCT.md's viewport of the other benches and the e2e suite. */
export const WINDOW = { width: 1600, height: 1000 } as const;

/**
 * "Interactive": the model is on screen (title, nodes, findings) and, from then, the main thread
 * goes QUIET_MS without a long task (>= 50 ms): the end of the last long task before such a gap,
 * or the moment it showed if none came after. Lighthouse's TTI waits 5 s; 1 s is enough here,
 * where nothing but the app runs and the network is local.
 */
export const QUIET_MS = 1000;

export interface OpenTiming {
  /** Navigation start to the first painted frame showing the model with its findings. */
  shownMs: number;
  /** Navigation start to interactive (see QUIET_MS). */
  interactiveMs: number;
  /** Long tasks until interactive, summed (ms): how long input would have waited in all. */
  longTaskMs: number;
  longestTaskMs: number;
}

export interface OpenedModel {
  page: Page;
  context: BrowserContext;
  /** First visit of the app in this browser profile (HTTP and code caches cold). */
  cold: OpenTiming;
  /** The same model reopened by a reload (caches warm). */
  warm: OpenTiming;
  /** Errors the page threw (the run fails on any). */
  errors: string[];
  close(): Promise<void>;
}

/**
 * A fresh browser profile whose IndexedDB holds `model` as the last opened one; then the app is
 * visited (the model opens from storage) and reloaded, each open timed until interactive.
 */
export async function openFromStorage(
  browser: Browser,
  url: string,
  model: ThreatModel,
): Promise<OpenedModel> {
  const context = await browser.newContext({ viewport: WINDOW, deviceScaleFactor: 1 });
  const errors: string[] = [];
  const name = `"${model.name}" (${model.elements.length} elements)`;
  try {
    step(`storing ${name} in IndexedDB`);
    const seeder = await context.newPage();
    seeder.on("pageerror", (error) => errors.push(`seed page: ${error.message}`));
    await seeder.goto(`${url}${SEED_PATH}`);
    await seeder.waitForFunction(() => typeof window.__seed === "function");
    await within(
      120_000,
      `storing ${name} ${errors.join("; ")}`,
      seeder.evaluate((m) => window.__seed!(m), model),
    );
    await seeder.close();
    const page = await context.newPage();
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("crash", () => errors.push(`the page crashed while ${currentStep()}`));
    await installPageScript(page, { name: model.name });
    step(`opening ${name} (first visit)`);
    await page.goto(`${url}/`);
    const cold = await untilInteractive(page, errors);
    step(`opening ${name} (reload)`);
    await page.reload();
    const warm = await untilInteractive(page, errors);
    return { page, context, cold, warm, errors, close: () => context.close() };
  } catch (error) {
    await context.close();
    throw error;
  }
}

export async function untilInteractive(page: Page, errors: string[]): Promise<OpenTiming> {
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (Date.now() > deadline) {
      throw new Error(`the model never became interactive ${errors.join("; ")}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Each question to the page is bounded too: the deadline above is checked between them.
    const ask = <T>(what: string, answer: Promise<T>) =>
      within(60_000, `${what} while opening ${errors.join("; ")}`, answer);
    const shown = await ask("asking whether the model is shown", shownAt(page));
    if (shown === null) continue;
    const tasks = await ask("reading long tasks", longTasks(page));
    const at = interactiveAt(shown, tasks);
    if ((await ask("reading the page clock", pageNow(page))) < at + QUIET_MS) continue;
    const before = tasks.filter(([start]) => start < at);
    return {
      shownMs: shown,
      interactiveMs: at,
      longTaskMs: before.reduce((sum, [start, end]) => sum + (end - start), 0),
      longestTaskMs: Math.max(0, ...before.map(([start, end]) => end - start)),
    };
  }
}

/** The first moment from `shown` on that is followed by QUIET_MS without a long task. */
export function interactiveAt(shown: number, tasks: ReadonlyArray<readonly [number, number]>) {
  let at = shown;
  for (const [start, end] of [...tasks].sort((a, b) => a[0] - b[0])) {
    if (end <= at) continue;
    if (start >= at + QUIET_MS) break;
    at = end;
  }
  return at;
}
