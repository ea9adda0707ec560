import type { Browser, Page } from "playwright-core";
import { startTrace, stopTrace } from "../triage/trace";
import { arm, idle, longTasks, sample } from "./pageScript";
import { step, within } from "./watchdog";

/** One measured interaction. */
export interface Measured {
  /** Input event to the painted frame that shows its effect (wall clock, ms). */
  wallMs: number;
  /** Main-thread CPU time over the same interval (from a Chrome trace), when traced. */
  cpuMs: number | null;
  /** Long tasks that started after that frame, within FOLLOW_UP_MS (autosave, deferred work). */
  laterMs: number;
}

/** Long enough for the autosave's debounce (300 ms) and its write to have run. */
const FOLLOW_UP_MS = 1500;

export interface Driver {
  page: Page;
  /** Trace each interaction for its CPU time (off under CPU throttling: thread time lies). */
  trace: Browser | null;
  /** Run the sampling profiler over each interaction (--profile), and only over it. */
  profile?: { start(): Promise<void>; stop(): Promise<void> };
}

async function measure(
  driver: Driver,
  kind: "click" | "key",
  act: () => Promise<void>,
): Promise<Measured> {
  const { page, trace } = driver;
  step(`measuring a ${kind === "click" ? "click" : "key press"}`, 3 * 60_000);
  await within(60_000, "waiting for the page to be idle", idle(page));
  if (trace) await startTrace(trace, page);
  await driver.profile?.start();
  const before = await arm(page, kind);
  await act();
  const got = await within(
    90_000,
    "waiting for the interaction's painted frame",
    sample(page, before),
  );
  await driver.profile?.stop();
  const wallMs = got.end - got.start;
  const cpuMs = trace
    ? (await stopTrace(trace, kind === "click" ? "mousedown" : "keydown", wallMs, "last")).cpu
    : null;
  await page.waitForTimeout(FOLLOW_UP_MS);
  const laterMs = (await longTasks(page))
    .filter(([start]) => start >= got.end && start < got.end + FOLLOW_UP_MS)
    .reduce((sum, [start, end]) => sum + (end - start), 0);
  return { wallMs, cpuMs, laterMs };
}

export function pressKey(driver: Driver, key: string): Promise<Measured> {
  return measure(driver, "key", () => driver.page.keyboard.press(key));
}

export function clickAt(driver: Driver, point: { x: number; y: number }): Promise<Measured> {
  return measure(driver, "click", async () => {
    await driver.page.mouse.move(point.x, point.y);
    await driver.page.mouse.down();
    await driver.page.mouse.up();
  });
}

const nodeSelector = (id: string) => `.react-flow__node[data-id="${id.replace(/"/g, '\\"')}"]`;

/**
 * Processes, data stores and entities on screen whose centre hits the node itself (no edge,
 * label or child over it), nearest the middle of the canvas first.
 */
export async function clickableNodes(
  page: Page,
): Promise<Array<{ id: string; x: number; y: number }>> {
  return page.evaluate(`(() => {
    const pane = document.querySelector(".react-flow__pane")?.getBoundingClientRect();
    if (!pane) return [];
    const mid = { x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 };
    const found = [];
    for (const el of document.querySelectorAll(".react-flow__node")) {
      if (el.classList.contains("react-flow__node-trustBoundary")) continue;
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2, y = r.top + r.height / 2;
      if (x < pane.left + 20 || x > pane.right - 20 || y < pane.top + 20 || y > pane.bottom - 20) continue;
      const hit = document.elementFromPoint(x, y)?.closest(".react-flow__node");
      if (hit !== el) continue;
      found.push({ id: el.dataset.id, x, y, d: Math.hypot(x - mid.x, y - mid.y) });
    }
    return found.sort((a, b) => a.d - b.d).map(({ id, x, y }) => ({ id, x, y }));
  })()`) as Promise<Array<{ id: string; x: number; y: number }>>;
}

/** A point of the pane with nothing drawn on it (clicking it clears the selection). */
export async function emptyPanePoint(page: Page): Promise<{ x: number; y: number }> {
  const point = (await page.evaluate(`(() => {
    const pane = document.querySelector(".react-flow__pane");
    if (!pane) return null;
    const r = pane.getBoundingClientRect();
    for (let fy = 0.1; fy < 0.95; fy += 0.05) {
      for (let fx = 0.1; fx < 0.95; fx += 0.05) {
        const x = r.left + r.width * fx, y = r.top + r.height * fy;
        if (document.elementFromPoint(x, y) === pane) return { x, y };
      }
    }
    return null;
  })()`)) as { x: number; y: number } | null;
  if (!point) throw new Error("no empty point on the canvas to click");
  return point;
}

export async function isSelected(page: Page, id: string): Promise<boolean> {
  return page.locator(nodeSelector(id)).evaluate((el) => el.classList.contains("selected"));
}

export async function canUndo(page: Page): Promise<boolean> {
  return page.getByRole("button", { name: "Undo", exact: true }).isEnabled();
}

/** The inspector's Name field (the selected element's name). */
export function nameField(page: Page) {
  return page
    .getByRole("region", { name: "Inspector", exact: true })
    .getByRole("textbox", { name: "Name", exact: true });
}
