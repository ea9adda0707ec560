import { spawnSync } from "node:child_process";

/**
 * `npm run soak:dataloss -- --runs 20 [--grep "killed"] [--skip-build]`: repeats the data-loss
 * runs of e2e/dataloss.spec.ts and e2e/dataloss-tabs.spec.ts (issue 11, item 14) and prints,
 * per run kind, how many runs were made and how many lost something (a failed comparison of
 * what was on screen with what opened again). Slow (about four minutes per round); not part of
 * the normal suite, which runs each once. Serves the build on E2E_PORT (default 4173) like the
 * e2e suite; exits 1 when anything was lost.
 */

interface Options {
  runs: number;
  grep: string | null;
  build: boolean;
}

function readOptions(argv: string[]): Options {
  const options: Options = { runs: 5, grep: null, build: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--runs") options.runs = Math.max(1, Number(argv[++i]) || 1);
    else if (arg === "--grep") options.grep = argv[++i] ?? null;
    else if (arg === "--skip-build") options.build = false;
    else throw new Error(`unknown option ${arg}; use --runs N, --grep TEXT, --skip-build`);
  }
  return options;
}

interface JsonResult {
  status: "passed" | "failed" | "timedOut" | "skipped" | "interrupted";
  error?: { message?: string };
}
interface JsonSpec {
  title: string;
  tests: Array<{ results: JsonResult[] }>;
}
interface JsonSuite {
  title: string;
  specs?: JsonSpec[];
  suites?: JsonSuite[];
}

function* specsOf(suite: JsonSuite, path: string[] = []): Generator<[string, JsonSpec]> {
  const here = suite.title && !suite.title.endsWith(".ts") ? [...path, suite.title] : path;
  for (const spec of suite.specs ?? []) yield [[...here, spec.title].join(" › "), spec];
  for (const child of suite.suites ?? []) yield* specsOf(child, here);
}

function main(): void {
  const options = readOptions(process.argv.slice(2));
  const outDir = process.env.E2E_OUT_DIR ?? "dist";
  if (options.build) {
    const built = spawnSync("npx", ["vite", "build", "--outDir", outDir], { stdio: "inherit" });
    if (built.status !== 0) process.exit(1);
  }
  const args = [
    "playwright",
    "test",
    "e2e/dataloss.spec.ts",
    "e2e/dataloss-tabs.spec.ts",
    `--repeat-each=${options.runs}`,
    "--workers=1",
    "--retries=0",
    "--reporter=json",
    ...(options.grep ? ["--grep", options.grep] : []),
  ];
  console.log(`[soak:dataloss] ${options.runs} round(s) of the data-loss runs…`);
  const run = spawnSync("npx", args, {
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, E2E_OUT_DIR: outDir },
  });
  let report: { suites: JsonSuite[] };
  try {
    report = JSON.parse(run.stdout) as { suites: JsonSuite[] };
  } catch {
    console.error(run.stdout.slice(-2000), run.stderr.slice(-2000));
    console.error("[soak:dataloss] FAILED: no report from Playwright");
    process.exit(1);
  }
  const rows = new Map<string, { runs: number; losses: number; first: string | null }>();
  for (const suite of report.suites) {
    for (const [title, spec] of specsOf(suite)) {
      const row = rows.get(title) ?? { runs: 0, losses: 0, first: null };
      for (const test of spec.tests) {
        for (const result of test.results) {
          if (result.status === "skipped") continue;
          row.runs += 1;
          if (result.status !== "passed") {
            row.losses += 1;
            row.first ??= (result.error?.message ?? result.status).split("\n")[0]!.slice(0, 160);
          }
        }
      }
      rows.set(title, row);
    }
  }
  const width = Math.max(...[...rows.keys()].map((t) => t.length), 10);
  console.log(`\n${"run".padEnd(width)}  ${"runs".padStart(5)}  ${"losses".padStart(6)}`);
  let runs = 0;
  let losses = 0;
  for (const [title, row] of rows) {
    runs += row.runs;
    losses += row.losses;
    console.log(
      `${title.padEnd(width)}  ${String(row.runs).padStart(5)}  ${String(row.losses).padStart(6)}`,
    );
    if (row.first) console.log(`${" ".repeat(4)}first loss: ${row.first}`);
  }
  console.log(
    `${"total".padEnd(width)}  ${String(runs).padStart(5)}  ${String(losses).padStart(6)}`,
  );
  process.exit(losses > 0 ? 1 : 0);
}

main();
