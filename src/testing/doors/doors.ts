import type fc from "fast-check";
import type { ThreatModel } from "../../domain/schema";

/**
 * Every door through which outside data reaches a model: a file, an old file, a database row,
 * the CLI, and later importers of other tools' formats and pasted documents. A door registers
 * how its inputs look (generated from valid documents, then mutated) and how it opens them; the
 * harness (harness.ts) holds every door to the same laws.
 */

export type DoorOutcome =
  | { ok: true; model: ThreatModel }
  | { ok: false; errors: string[] }
  /** The test could not hand this input to the door at all (e.g. not storable): not a run. */
  | { ok: "skipped"; reason: string };

export interface OpenModelWitness {
  /** The model open in the editor before and after the door refused the input. */
  before: unknown;
  after: unknown;
}

export interface Door<Input = unknown> {
  name: string;
  /** Inputs as the door receives them: generated documents, most of them mutated. */
  inputs: fc.Arbitrary<Input>;
  /** Never throws (the harness counts a throw as a failure). */
  open(input: Input): Promise<DoorOutcome & { openModel?: OpenModelWitness }>;
  /** Runs in each CI run; `npm run fuzz:doors -- --runs N` runs N per door. */
  ciRuns: number;
  /**
   * False for a door whose refusal is one sentence for a person (the editor's "cannot be
   * opened" notice) built from the field-naming lines of another door, which checks those.
   */
  errorsNameFields?: boolean;
  /** Door-specific laws: problems found in one accepted or rejected input. */
  invariants?(input: Input, outcome: DoorOutcome): string[];
  /** Set up before the first run and tear down after the last (a database, a session). */
  setUp?(): Promise<void>;
  tearDown?(): Promise<void>;
}

const registry: Door[] = [];

export function registerDoor<Input>(door: Door<Input>): void {
  if (registry.some((d) => d.name === door.name))
    throw new Error(`${door.name} is registered twice`);
  registry.push(door as Door);
}

export function doors(): readonly Door[] {
  return registry;
}
