/**
 * `npm run fuzz:doors -- [--runs N] [--seed S]`: the door property tests (src/testing/doors) at
 * nightly size, N generated and mutated documents per door (default 20,000). Prints, per door,
 * how many inputs were accepted and rejected and how long it took; exits 1 on the first broken
 * law, with fast-check's seed and shrunk input to replay it.
 */
import "../src/testing/doors/builtinDoors";
import { doors } from "../src/testing/doors/doors";
import { runDoor, type DoorRun } from "../src/testing/doors/harness";

function option(name: string): number | undefined {
  const args = process.argv.slice(2);
  const at = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (at === -1) return undefined;
  const raw = args[at]!.includes("=") ? args[at]!.split("=")[1] : args[at + 1];
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`fuzz:doors: ${name} needs a whole number, got ${JSON.stringify(raw)}`);
    process.exit(2);
  }
  return value;
}

const runs = option("--runs") ?? 20_000;
const seed = option("--seed") ?? Date.now() % 2 ** 31;
console.log(`fuzz:doors: ${runs.toLocaleString("en-US")} inputs per door, seed ${seed}\n`);

const results: DoorRun[] = [];
let failed = false;
for (const [index, door] of doors().entries()) {
  try {
    // Each door its own stream of documents; replay one with --seed (the door's index is added).
    const run = await runDoor(door, runs, seed + index);
    results.push(run);
    console.log(
      `${door.name.padEnd(48)} ${String(run.runs).padStart(7)} inputs  ` +
        `${String(run.accepted).padStart(6)} accepted  ${String(run.rejected).padStart(6)} rejected  ` +
        `${String(run.skipped).padStart(5)} skipped  ${(run.ms / 1000).toFixed(1).padStart(6)} s`,
    );
  } catch (error) {
    failed = true;
    console.error(`\n${door.name}: FAILED\n${(error as Error).message}\n`);
  }
}
const total = results.reduce((n, r) => n + r.runs, 0);
const seconds = results.reduce((n, r) => n + r.ms, 0) / 1000;
console.log(
  `\n${total.toLocaleString("en-US")} inputs in ${seconds.toFixed(1)} s${failed ? "; FAILED" : ""}`,
);
process.exit(failed ? 1 : 0);
