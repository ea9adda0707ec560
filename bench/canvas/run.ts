/**
 * Canvas drag benchmark: main-thread time per pointer move while dragging a node, in the real
 * app and in a bare React Flow page with the same graph, side by side, in the same run.
 * A measurement, not a test: over budget prints OVER and still exits 0. It exits 1 only when it
 * could not measure (build failed, page broken, or the drag did not move the node).
 */
import { cpus, loadavg } from "node:os";
import type { Browser } from "playwright-core";
import { readOptions } from "./args";
import { launchBrowser } from "./browser/launch";
import type { PageKind } from "./browser/openPage";
import { buildPages } from "./build/buildPages";
import { servePages } from "./build/serve";
import type { RunOptions } from "./config";
import { prepareSize } from "./prepare";
import { summarise, type SizeSummary } from "./report/summary";
import { formatBreakdown, formatRounds, formatTable } from "./report/table";
import { runCase, type CaseResult } from "./runCase";

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  const started = performance.now();
  if (options.skipBuild) log("--skip-build: using the pages last built in bench/.out");
  else {
    log("building the app and bare pages (vite)...");
    await buildPages();
  }
  const server = await servePages();
  const browser = await launchBrowser();
  log(`Chromium ${browser.version()}, serving ${server.url}`);
  log(
    `load average ${loadavg()
      .map((n) => n.toFixed(1))
      .join(" ")} on ${cpus().length} cores`,
  );
  try {
    const summaries: SizeSummary[] = [];
    for (const size of options.sizes)
      summaries.push(await measureSize(browser, server.url, size, options));
    const measured = options.moves - options.warmup - 1;
    console.log("");
    console.log(
      `Main-thread CPU time per pointer move (ms), ${measured} measured moves per drag, median of ` +
        `${options.rounds} interleaved rounds; ratio = app p95 / bare p95 within a round, median of rounds.`,
    );
    console.log(formatTable(summaries));
    console.log("");
    console.log("Median CPU ms per move by kind of work; wall-clock busy ms of the same tasks:");
    console.log(formatBreakdown(summaries));
    console.log("");
    console.log(formatRounds(summaries));
    log(
      `load average now ${loadavg()
        .map((n) => n.toFixed(1))
        .join(" ")} on ${cpus().length} cores`,
    );
    log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await browser.close();
    await server.close();
  }
}

async function measureSize(
  browser: Browser,
  url: string,
  size: RunOptions["sizes"][number],
  options: RunOptions,
): Promise<SizeSummary> {
  const prepared = await prepareSize(browser, url, size, options.moves);
  const v = prepared.viewport;
  log(
    `${size.label}: ${prepared.model.elements.length} elements, ${prepared.model.flows.length} flows; ` +
      `canvas ${prepared.canvasSize.width}x${prepared.canvasSize.height} at zoom ${v.zoom.toFixed(3)}; dragging ${prepared.targetId}`,
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
      results[kind] = await runCase(browser, url, prepared, kind, {
        warmup: options.warmup,
        keepTrace,
      });
      const cpu = results[kind].moves.map((m) => m.cpu);
      const mean = cpu.reduce((a, b) => a + b, 0) / cpu.length;
      log(
        `  round ${round} ${kind.padEnd(4)}: ${cpu.length} moves, mean ${mean.toFixed(2)} ms CPU`,
      );
    }
    pairs.push({ bare: results.bare!, app: results.app! });
  }
  return summarise(size, pairs);
}

function log(message: string): void {
  console.error(`[bench:canvas] ${message}`);
}

main().catch((error: unknown) => {
  console.error(`[bench:canvas] FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
