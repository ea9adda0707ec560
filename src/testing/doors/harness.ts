import fc from "fast-check";
import { parseThreatModelJson } from "../../domain/document";
import type { Door, DoorOutcome } from "./doors";

/**
 * The laws every door obeys, for any input:
 * 1. it never throws;
 * 2. a rejection says why, and every line names the field (or is about the whole file);
 * 3. a rejection leaves the model open in the editor as it was;
 * 4. an accepted input yields a document the loader accepts again, unchanged (idempotent).
 */

const STEP = String.raw`(?:\.[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])`;
const HEAD = String.raw`(?:[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])`;
const FIELD_LINE = new RegExp(`^${HEAD}${STEP}*…?: \\S`);
/** Lines about the whole input, which has no field to name. */
const WHOLE_INPUT = [
  /^not valid JSON: /,
  /^a threat model must be a JSON object$/,
  /^… and \d+ more problems$/,
];

export function namesAField(line: string): boolean {
  return FIELD_LINE.test(line) || WHOLE_INPUT.some((pattern) => pattern.test(line));
}

/** -0 and 0 are one number to JSON: compare documents as JSON would see them. */
function canonical(value: unknown): unknown {
  if (Object.is(value, -0)) return 0;
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

/** The problems with one outcome; empty when every law holds. */
export function lawsBroken<Input>(
  door: Door<Input>,
  input: Input,
  outcome: DoorOutcome & { openModel?: { before: unknown; after: unknown } },
): string[] {
  const problems: string[] = [];
  if (outcome.ok === "skipped") return problems;
  if (outcome.ok === false) {
    if (outcome.errors.length === 0) problems.push("rejected without saying why");
    for (const line of door.errorsNameFields === false ? [] : outcome.errors) {
      if (!namesAField(line))
        problems.push(`error names no field: ${JSON.stringify(line.slice(0, 120))}`);
    }
    if (outcome.openModel && outcome.openModel.before !== outcome.openModel.after) {
      problems.push("the open model changed although the input was rejected");
    }
  } else {
    let text: string;
    try {
      text = JSON.stringify(outcome.model);
    } catch (error) {
      return [`accepted, but cannot be written as JSON: ${(error as Error).message}`];
    }
    const again = parseThreatModelJson(text);
    if (!again.ok) problems.push(`accepted, but the loader refuses it: ${again.errors.join("; ")}`);
    else {
      const first = JSON.stringify(canonical(outcome.model));
      const second = JSON.stringify(canonical(again.value));
      if (first !== second) problems.push("accepted, but a round trip through JSON changes it");
      const third = parseThreatModelJson(second);
      if (!third.ok || JSON.stringify(canonical(third.value)) !== second)
        problems.push("loading is not idempotent");
    }
  }
  problems.push(...(door.invariants?.(input, outcome) ?? []));
  return problems;
}

export interface DoorRun {
  door: string;
  runs: number;
  accepted: number;
  rejected: number;
  skipped: number;
  ms: number;
}

/** Runs `runs` inputs through `door`; throws fast-check's report (seed, shrunk input) on failure. */
export async function runDoor(door: Door, runs: number, seed?: number): Promise<DoorRun> {
  const stats: DoorRun = { door: door.name, runs: 0, accepted: 0, rejected: 0, skipped: 0, ms: 0 };
  const started = performance.now();
  await door.setUp?.();
  try {
    await fc.assert(
      fc.asyncProperty(door.inputs, async (input) => {
        let outcome: Awaited<ReturnType<Door["open"]>>;
        try {
          outcome = await door.open(input);
        } catch (error) {
          throw new Error(`${door.name} threw: ${(error as Error)?.stack ?? String(error)}`);
        }
        const problems = lawsBroken(door, input, outcome);
        if (problems.length > 0) throw new Error(`${door.name}: ${problems.join("\n")}`);
        stats.runs++;
        if (outcome.ok === "skipped") stats.skipped++;
        else if (outcome.ok) stats.accepted++;
        else stats.rejected++;
      }),
      { numRuns: runs, ...(seed === undefined ? {} : { seed }), endOnFailure: true },
    );
  } finally {
    await door.tearDown?.();
  }
  stats.ms = performance.now() - started;
  return stats;
}
