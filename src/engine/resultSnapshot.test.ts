import { describe, expect, it } from "vitest";
import { CORPUS, loadCorpusModel } from "../corpus";
import { createLlmInferencePipelineSample } from "../domain/samples/llmInferencePipeline";
import type { ThreatModel } from "../domain/schema";
import { evaluate } from "./evaluate";
import { fingerprint } from "./testing/fingerprint";
import { randomEdit } from "./testing/randomEdits";
import { randomModel, randomPropertyEdit, seededRandom } from "./testing/randomModel";

/**
 * The engine's complete output (every finding with its id, aliases, categories, references,
 * texts and scores; every question; both indexes) on the corpus, the sample and the benchmark's
 * models, pinned by snapshot. A refactoring for speed must leave all of it unchanged. A rule
 * change that is meant to change results refreshes the snapshots:
 * `npx vitest run src/engine/resultSnapshot.test.ts -u`, and the diff names what changed.
 */

const snapshotOf = (name: string) => `./__snapshots__/results/${name}.txt`;

describe("evaluation results stay exactly as pinned", () => {
  it.each(CORPUS.map((entry) => entry.id))("corpus model %s", async (id) => {
    const model = await loadCorpusModel(id);
    await expect(fingerprint(evaluate(model))).toMatchFileSnapshot(snapshotOf(`corpus-${id}`));
  });

  it("the sample", async () => {
    const model = createLlmInferencePipelineSample("sample");
    await expect(fingerprint(evaluate(model))).toMatchFileSnapshot(snapshotOf("sample"));
  });

  it.each([200, 1000])("the benchmark's generated model of %i elements", async (size) => {
    const model = randomModel(size, 42);
    await expect(fingerprint(evaluate(model))).toMatchFileSnapshot(snapshotOf(`random-${size}`));
  });

  it("the benchmark's model after 100 property edits", async () => {
    const random = seededRandom(7);
    let model = randomModel(200, 42);
    for (let i = 0; i < 100; i++) model = randomPropertyEdit(model, random);
    await expect(fingerprint(evaluate(model))).toMatchFileSnapshot(snapshotOf("random-200-edited"));
  });

  it("a generated model after 150 edits of every kind", async () => {
    const random = seededRandom(11);
    let model: ThreatModel = randomModel(120, 3);
    for (let i = 0; i < 150; i++) model = randomEdit(model, random).model;
    await expect(fingerprint(evaluate(model))).toMatchFileSnapshot(
      snapshotOf("random-120-reshaped"),
    );
  });
});
