import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser } from "playwright-core";
import { reachOf } from "./browser/dragPath";
import { openBenchPage, type PageKind } from "./browser/openPage";
import { traceDrag } from "./browser/traceDrag";
import { verifyDrag } from "./browser/verifyDrag";
import { OUT_DIR } from "./build/paths";
import type { PreparedSize } from "./prepare";
import { movesFromTrace, type MoveCost } from "./trace/moveWindows";

export interface CaseResult {
  kind: PageKind;
  /** Per-move costs, warm-up left out. */
  moves: MoveCost[];
  sent: number;
  dispatched: number;
}

/** One measured drag: fresh page, same viewport, same node, same path; verified. */
export async function runCase(
  browser: Browser,
  baseUrl: string,
  prepared: PreparedSize,
  kind: PageKind,
  options: { warmup: number; keepTrace: string | null },
): Promise<CaseResult> {
  const label = `${prepared.size.label} ${kind}`;
  const { page, close } = await openBenchPage(browser, baseUrl, kind, {
    model: prepared.model,
    viewport: prepared.viewport,
    canvasSize: kind === "bare" ? prepared.canvasSize : null,
  });
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
    const recording = await traceDrag(browser, page, target, prepared.path);
    verifyDrag(label, recording, prepared.path, want.zoom);
    if (options.keepTrace)
      writeFileSync(resolve(OUT_DIR, "..", options.keepTrace), recording.trace);
    const { moves, dispatched } = movesFromTrace(recording.trace);
    return { kind, moves: moves.slice(options.warmup), sent: prepared.path.length, dispatched };
  } finally {
    await close();
  }
}
