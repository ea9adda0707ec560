import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Log } from "sarif";
import { describe, expect, it } from "vitest";
import { sarifSchemaErrors } from "../io/report/testing/sarifSchema";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

describe("analyze entry point", () => {
  // The one test that runs the real command: argv in, report on stdout, exit code out.
  it("runs as `npx tsx src/cli/analyze.ts` and exits 1 when the gate fails", () => {
    const run = spawnSync(
      "npx",
      [
        "tsx",
        "src/cli/analyze.ts",
        "src/cli/fixtures/llm-inference-pipeline.json",
        "--format",
        "sarif",
        "--fail-on",
        "critical",
      ],
      { cwd: repoRoot, encoding: "utf8", timeout: 60_000 },
    );
    expect(run.error).toBeUndefined();
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/analyze: failed: \d+ findings? at risk at or above critical:/);
    const log = JSON.parse(run.stdout) as Log;
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0]?.results?.length).toBeGreaterThan(0);
  }, 60_000);
});
