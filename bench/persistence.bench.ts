import { cpus, loadavg } from "node:os";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { build } from "vite";
import { launchBrowser } from "./canvas/browser/launch";
import { measure, memoryStorage, printRows, type Row } from "./persistence/measure";

/**
 * `npm run bench:persistence`: the cost of keeping data safe at 1,000 and 5,000 elements, in
 * Node and in headless Chromium (with its real localStorage). Prints figures; asserts nothing.
 * `--node` skips the browser.
 */
const SIZES = [1000, 5000];

async function inBrowser(): Promise<Row[]> {
  const outDir = resolve("bench/.out/persistence");
  await build({
    logLevel: "warn",
    configFile: false,
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      lib: {
        entry: resolve("bench/persistence/browserEntry.ts"),
        formats: ["iife"],
        name: "bench",
        fileName: () => "bench.js",
      },
    },
  });
  const script = await readFile(resolve(outDir, "bench.js"), "utf8");
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    // localStorage needs an origin: a data URL has none, so serve a blank page from a route.
    await page.route("http://bench.local/", (route) =>
      route.fulfill({ contentType: "text/html", body: "<!doctype html><title>bench</title>" }),
    );
    await page.goto("http://bench.local/");
    await page.addScriptTag({ content: script });
    return await page.evaluate(
      (sizes) =>
        (window as unknown as { __measure: (s: number[], st: Storage) => Row[] }).__measure(
          sizes,
          localStorage,
        ),
      SIZES,
    );
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  console.log(
    `[bench:persistence] ${cpus().length} cores, load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
  printRows("Node (in-memory draft storage)", measure(SIZES, memoryStorage()));
  if (!process.argv.includes("--node")) printRows("Chromium (localStorage)", await inBrowser());
}

main().catch((error: unknown) => {
  console.error(
    `[bench:persistence] FAILED: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
