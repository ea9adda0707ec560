/**
 * Canvas drag benchmark: main-thread time per pointer move while dragging a node, in the real
 * app and in a bare React Flow page with the same graph, side by side, in the same run.
 * A measurement, not a test: over budget prints OVER and still exits 0. It exits 1 only when it
 * could not measure (build failed, page broken, or the drag did not move the node).
 */
import { readOptions } from "./args";
import { launchBrowser } from "./browser/launch";
import { buildPages } from "./build/buildPages";
import { servePages } from "./build/serve";
import { log, machineLoad } from "./log";
import { measureSize } from "./measure";
import { prepareSize } from "./prepare";
import { profileCase } from "./profile/profileCase";
import { printReport } from "./report/print";
import type { SizeSummary } from "./report/summary";

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  const started = performance.now();
  if (options.skipBuild) log("--skip-build: using the pages last built in bench/.out");
  else {
    log(`building the app and bare pages (vite${options.profile ? ", unminified" : ""})...`);
    await buildPages({ minify: !options.profile });
  }
  const server = await servePages();
  const browser = await launchBrowser();
  log(`Chromium ${browser.version()}, serving ${server.url}; ${machineLoad()}`);
  try {
    if (options.profile) {
      for (const size of options.sizes) {
        const prepared = await prepareSize(browser, server.url, size, options.moves);
        for (const kind of ["bare", "app"] as const) {
          console.log(await profileCase(browser, server.url, prepared, kind, 25));
          console.log("");
        }
      }
      return;
    }
    const summaries: SizeSummary[] = [];
    for (const size of options.sizes) {
      summaries.push(await measureSize(browser, server.url, size, options));
    }
    printReport(summaries, options.moves - options.warmup - 1, options.rounds);
    log(`${machineLoad()} now; done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`[bench:canvas] FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
