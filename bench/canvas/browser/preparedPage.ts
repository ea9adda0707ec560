import type { Browser, Page } from "playwright-core";
import { reachOf } from "./dragPath";
import { openBenchPage, type PageKind } from "./openPage";
import type { PreparedSize } from "../prepare";

export interface Grab {
  id: string;
  x: number;
  y: number;
}

/**
 * Opens a fresh page of `kind` at the size's viewport (the bare page in a box the size of the
 * app's canvas), checks the viewport really is the same, finds the drag node, runs `use`, and
 * closes the page.
 */
export async function withPreparedPage<T>(
  browser: Browser,
  baseUrl: string,
  prepared: PreparedSize,
  kind: PageKind,
  use: (page: Page, target: Grab) => Promise<T>,
  beforeLoad?: (page: Page) => Promise<void>,
): Promise<T> {
  const label = `${prepared.size.label} ${kind}`;
  const { page, close } = await openBenchPage(
    browser,
    baseUrl,
    kind,
    {
      model: prepared.model,
      viewport: prepared.viewport,
      canvasSize: kind === "bare" ? prepared.canvasSize : null,
    },
    beforeLoad,
  );
  try {
    const viewport = await page.evaluate(() => window.__bench!.viewport());
    const want = prepared.viewport;
    if (
      !viewport ||
      Math.abs(viewport.zoom - want.zoom) > 1e-4 ||
      Math.abs(viewport.x - want.x) > 0.5 ||
      Math.abs(viewport.y - want.y) > 0.5
    ) {
      throw new Error(
        `${label}: viewport ${JSON.stringify(viewport)}, expected ${JSON.stringify(want)}`,
      );
    }
    const [target] = await page.evaluate(([id, reach]) => window.__bench!.grabbable([id], reach), [
      prepared.targetId,
      reachOf(prepared.path),
    ] as const);
    if (!target) throw new Error(`${label}: node ${prepared.targetId} cannot be grabbed`);
    return await use(page, target);
  } finally {
    await close();
  }
}
