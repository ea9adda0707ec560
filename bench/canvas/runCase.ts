import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser } from "playwright-core";
import type { PageKind } from "./browser/openPage";
import { withPreparedPage } from "./browser/preparedPage";
import { recordDrag, traceRecorder } from "./browser/traceDrag";
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
export function runCase(
  browser: Browser,
  baseUrl: string,
  prepared: PreparedSize,
  kind: PageKind,
  options: { warmup: number; keepTrace: string | null },
): Promise<CaseResult> {
  return withPreparedPage(browser, baseUrl, prepared, kind, async (page, target) => {
    const recording = await recordDrag(page, target, prepared.path, traceRecorder(browser, page));
    verifyDrag(`${prepared.size.label} ${kind}`, recording, prepared.path, prepared.viewport.zoom);
    if (options.keepTrace) {
      writeFileSync(resolve(OUT_DIR, "..", options.keepTrace), recording.recorded);
    }
    const { moves, dispatched } = movesFromTrace(recording.recorded);
    return { kind, moves: moves.slice(options.warmup), sent: prepared.path.length, dispatched };
  });
}
