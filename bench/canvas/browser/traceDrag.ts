import type { Browser, Page } from "playwright-core";
import type { Rect } from "../pages/benchApi";
import type { Offset } from "./dragPath";
import { whenIdle } from "./openPage";

/** Renderer timeline categories: tasks, input dispatch, script, style, layout, paint. */
const CATEGORIES = [
  "toplevel",
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "v8.execute",
  "blink.user_timing",
];

/** What records the drag (a Chrome trace, a CPU profile): started after mousedown's hover. */
export interface Recorder<R> {
  start(): Promise<void>;
  stop(): Promise<R>;
}

export interface DragRecording<R> {
  recorded: R;
  /** Node box before the drag, while still held at the end, and after the drop. */
  before: Rect;
  held: Rect;
  dropped: Rect;
  positionBefore: { x: number; y: number };
  positionAfter: { x: number; y: number };
}

export function traceRecorder(browser: Browser, page: Page): Recorder<Buffer> {
  return {
    start: () => browser.startTracing(page, { categories: CATEGORIES }),
    stop: () => browser.stopTracing(),
  };
}

/**
 * Presses on the node's centre, makes every move of the path (each awaited, so moves arrive as
 * fast as the renderer takes them: about one per frame, like a real drag), stops recording
 * while the button is still held, then drops.
 */
export async function recordDrag<R>(
  page: Page,
  target: { id: string; x: number; y: number },
  path: Offset[],
  recorder: Recorder<R>,
): Promise<DragRecording<R>> {
  const probe = () => readNode(page, target.id);
  const start = await probe();
  await page.mouse.move(target.x, target.y);
  await whenIdle(page);
  await recorder.start();
  let recorded: R;
  try {
    await page.mouse.down();
    for (const { dx, dy } of path) await page.mouse.move(target.x + dx, target.y + dy);
    await page.waitForTimeout(100);
  } finally {
    recorded = await recorder.stop();
  }
  const held = await probe();
  await page.mouse.up();
  await whenIdle(page);
  const end = await probe();
  return {
    recorded,
    before: start.rect,
    held: held.rect,
    dropped: end.rect,
    positionBefore: start.position,
    positionAfter: end.position,
  };
}

async function readNode(page: Page, id: string) {
  const found = await page.evaluate((nodeId) => {
    const bench = window.__bench!;
    return { rect: bench.nodeRect(nodeId), position: bench.positionOf(nodeId) };
  }, id);
  if (!found.rect || !found.position) throw new Error(`node ${id} is not on the page`);
  return { rect: found.rect, position: found.position };
}
