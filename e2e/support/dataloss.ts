import { expect, type BrowserContext, type Page } from "@playwright/test";
import { canvas, allFlows, allNodes, clickNode, node } from "./canvas";
import { saveStatus } from "./app";
import { commitText, textField } from "./inspector";

/**
 * Helpers of the data-loss runs (issue 11, item 14): what a page shows, ways for a page to go
 * (reload, close, a renderer crash that runs no handler at all), and what reopens.
 */

/** A node's accessible name ("Process: API gateway") once the element is called `name`. */
export const renamed = (label: string, name: string): string => label.replace(/: .*$/, `: ${name}`);

/** Rename an element through the inspector (commit with Enter), as a user does. */
export async function rename(page: Page, label: string, name: string): Promise<void> {
  await clickNode(page, node(page, label));
  await commitText(textField(page, "Name"), name);
  await expect(node(page, renamed(label, name))).toBeVisible();
}

/** What the diagram shows: every node's and flow's accessible name, sorted. */
export interface Screen {
  nodes: string[];
  flows: string[];
}

export async function screenOf(page: Page): Promise<Screen> {
  const labels = (locator: ReturnType<typeof allNodes>) =>
    locator.evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? "").sort());
  return { nodes: await labels(allNodes(page)), flows: await labels(allFlows(page)) };
}

/** Wait until the page shows exactly `expected` (recovery may apply a moment after opening). */
export async function expectScreen(page: Page, expected: Screen, message?: string): Promise<void> {
  await expect.poll(() => screenOf(page), { message, timeout: 15_000 }).toEqual(expected);
}

/**
 * Kill the page's renderer, as a crash or an out-of-memory kill does: no pagehide, no
 * visibilitychange, nothing asynchronous finishes (a save in flight is lost).
 */
export async function crash(page: Page): Promise<void> {
  const crashed = page.waitForEvent("crash");
  await page.goto("chrome://crash").catch(() => undefined);
  await crashed;
}

/** Open the app in a new page of the same browser (same storage) and wait for the diagram. */
export async function reopen(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto("/");
  await expect(canvas(page)).toBeVisible();
  return page;
}

/** Wait until nothing is left unsaved. */
export async function settled(page: Page): Promise<void> {
  await expect(saveStatus(page)).toHaveText("Saved", { timeout: 15_000 });
}

/** Make IndexedDB writes fail (quota) while `__failWrites` is true; add before the app loads. */
export async function installWriteFailures(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __failWrites: boolean };
    w.__failWrites = false;
    for (const method of ["put", "add"] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (
        this: IDBObjectStore,
        ...args: Parameters<typeof original>
      ) {
        if (w.__failWrites)
          throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
        return original.apply(this, args);
      } as typeof original;
    }
  });
}

export async function failWrites(page: Page, on: boolean): Promise<void> {
  await page.evaluate((value) => {
    (window as unknown as { __failWrites: boolean }).__failWrites = value;
  }, on);
}

/** Replace a stored document by `doc`, bypassing the app (what an older, buggier version wrote). */
export async function writeStoredDocument(page: Page, id: string, doc: unknown): Promise<void> {
  await page.evaluate(
    async ([modelId, value]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open("threatcanvas");
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction("documents", "readwrite");
        tx.objectStore("documents").put({ id: modelId, doc: value });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    [id, doc] as const,
  );
}
