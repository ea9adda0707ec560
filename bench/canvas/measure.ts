import type { Browser } from "playwright-core";
import type { PageKind } from "./browser/openPage";
import type { RunOptions, SizeCase } from "./config";
import { log } from "./log";
import { prepareSize } from "./prepare";
import { summarise, type SizeSummary } from "./report/summary";
import { runCase, type CaseResult } from "./runCase";

/** Interleaved rounds of one size: bare then app, app then bare, ... each on a fresh page. */
export async function measureSize(
  browser: Browser,
  url: string,
  size: SizeCase,
  options: RunOptions,
): Promise<SizeSummary> {
  const prepared = await prepareSize(browser, url, size, options.moves);
  const v = prepared.viewport;
  log(
    `${size.label}: ${prepared.model.elements.length} elements, ${prepared.model.flows.length} flows; ` +
      `canvas ${prepared.canvasSize.width}x${prepared.canvasSize.height} at zoom ${v.zoom.toFixed(3)}; ` +
      `dragging ${prepared.targetId}`,
  );
  const pairs: Array<{ bare: CaseResult; app: CaseResult }> = [];
  for (let round = 1; round <= options.rounds; round++) {
    // Alternate which page goes first, so a drift in machine load does not favour one.
    const order: PageKind[] = round % 2 ? ["bare", "app"] : ["app", "bare"];
    const results: Partial<Record<PageKind, CaseResult>> = {};
    for (const kind of order) {
      const keepTrace = options.keepTraces
        ? `trace-${size.label.replace("/", "-")}-${kind}-${round}.json`
        : null;
      const result = await runCase(browser, url, prepared, kind, {
        warmup: options.warmup,
        keepTrace,
      });
      results[kind] = result;
      const mean = result.moves.reduce((a, m) => a + m.cpu, 0) / result.moves.length;
      log(
        `  round ${round} ${kind.padEnd(4)}: ${result.moves.length} moves, mean ${mean.toFixed(2)} ms CPU`,
      );
    }
    pairs.push({ bare: results.bare!, app: results.app! });
  }
  return summarise(size, pairs);
}
