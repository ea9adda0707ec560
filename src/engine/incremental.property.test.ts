import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createLlmInferencePipelineSample } from "../domain/samples/llmInferencePipeline";
import type { ThreatModel } from "../domain/schema";
import { evaluate } from "./evaluate";
import { createEvaluator } from "./incremental";
import { comparable } from "./testing/fingerprint";
import { applyEdit, EDIT_KINDS } from "./testing/randomEdits";
import { randomModel, seededRandom } from "./testing/randomModel";

/**
 * The law of the incremental evaluator: whatever sequence of edits it is shown, and whichever of
 * the versions in between it is asked about, its result is the full evaluation of the version it
 * is given.
 */

const RUNS = Number(process.env.ENGINE_PROPERTY_RUNS ?? 150);
/** The machine is shared: a few thousand evaluations can take well over Vitest's default 5 s. */
const TIMEOUT_MS = 180_000;

const startModels: fc.Arbitrary<ThreatModel> = fc.oneof(
  fc
    .record({ size: fc.integer({ min: 2, max: 80 }), seed: fc.integer({ min: 1, max: 1_000_000 }) })
    .map(({ size, seed }) => randomModel(size, seed)),
  fc.constant(null).map(() => createLlmInferencePipelineSample("sample")),
);

const edits = fc.array(
  fc.record({
    kind: fc.constantFrom(...EDIT_KINDS),
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    /** Whether the evaluator is asked about the version this edit makes. */
    evaluated: fc.boolean(),
  }),
  { minLength: 1, maxLength: 30 },
);

describe("createEvaluator, whatever the edits", () => {
  it(
    "gives the full evaluation of every version it is asked about",
    () => {
      fc.assert(
        fc.property(startModels, edits, (start, steps) => {
          const evaluator = createEvaluator();
          let model = start;
          expect(comparable(evaluator.evaluate(model))).toEqual(comparable(evaluate(model)));
          for (const [index, step] of steps.entries()) {
            model = applyEdit(model, step.kind, seededRandom(step.seed));
            const last = index === steps.length - 1;
            if (!step.evaluated && !last) continue;
            expect({ index, ...comparable(evaluator.evaluate(model)) }).toEqual({
              index,
              ...comparable(evaluate(model)),
            });
          }
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    "gives the full evaluation when shown an earlier version again (undo)",
    () => {
      fc.assert(
        fc.property(startModels, edits, fc.nat(), (start, steps, back) => {
          const versions = [start];
          for (const step of steps) {
            versions.push(applyEdit(versions.at(-1)!, step.kind, seededRandom(step.seed)));
          }
          const evaluator = createEvaluator();
          for (const version of versions) evaluator.evaluate(version);
          const earlier = versions[back % versions.length]!;
          expect(comparable(evaluator.evaluate(earlier))).toEqual(comparable(evaluate(earlier)));
        }),
        { numRuns: RUNS / 3 },
      );
    },
    TIMEOUT_MS,
  );
});
