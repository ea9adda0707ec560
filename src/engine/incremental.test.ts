import { describe, expect, it } from "vitest";
import { createLlmInferencePipelineSample } from "../domain/samples/llmInferencePipeline";
import type { ThreatModel } from "../domain/schema";
import { evaluate } from "./evaluate";
import { createEvaluator } from "./incremental";
import { comparable } from "./testing/fingerprint";
import { randomEdit } from "./testing/randomEdits";
import { randomModel, seededRandom } from "./testing/randomModel";

function checkEditChain(start: ThreatModel, seed: number, steps: number): void {
  const random = seededRandom(seed);
  const evaluator = createEvaluator();
  let model = start;
  expect(comparable(evaluator.evaluate(model))).toEqual(comparable(evaluate(model)));
  for (let step = 0; step < steps; step++) {
    const edit = randomEdit(model, random);
    model = edit.model;
    const incremental = evaluator.evaluate(model);
    const full = evaluate(model);
    // A readable failure: which edit broke it.
    expect({ step, kind: edit.kind, ...comparable(incremental) }).toEqual({
      step,
      kind: edit.kind,
      ...comparable(full),
    });
  }
}

describe("createEvaluator", () => {
  it("matches a full evaluation across random edits of a random model", () => {
    checkEditChain(randomModel(120, 3), 11, 200);
  }, 60_000);

  it("matches a full evaluation across random edits of the sample", () => {
    checkEditChain(createLlmInferencePipelineSample("sample"), 5, 150);
  }, 60_000);

  it("matches on a model with deep boundary nesting and dense flows", () => {
    checkEditChain(randomModel(60, 9), 21, 200);
  }, 60_000);

  it("matches when flows the engine leaves out (an end that is a boundary or missing) come first", () => {
    const model = randomModel(120, 5);
    const boundary = model.elements.find((e) => e.type === "trustBoundary")!;
    const node = model.elements.find((e) => e.type === "process")!;
    const skipped = [
      { ...model.flows[0]!, id: "to-boundary", source: node.id, target: boundary.id },
      { ...model.flows[0]!, id: "dangling", source: node.id, target: "gone" },
    ];
    checkEditChain({ ...model, flows: [...skipped, ...model.flows] }, 13, 120);
  }, 60_000);

  it("re-points reach facts it keeps to the new version's elements (renamed entity, same graph)", () => {
    const model = randomModel(200, 8);
    const evaluator = createEvaluator();
    const first = evaluator.evaluate(model);
    const asked = first.questions.find((q) => q.fact === "audience")!;
    const index = model.elements.findIndex((e) => e.id === asked.subjectId);
    const edited = {
      ...model,
      elements: model.elements.map((e, i) => (i === index ? { ...e, name: "Renamed caller" } : e)),
    };
    const second = evaluator.evaluate(edited);
    expect(comparable(second)).toEqual(comparable(evaluate(edited)));
    expect(second.questions.find((q) => q.id === asked.id)?.text).toContain("Renamed caller");
  });

  it("returns the same result object when nothing changed, and reuses unchanged findings", () => {
    const evaluator = createEvaluator();
    const model = randomModel(400, 4);
    const first = evaluator.evaluate(model);
    expect(evaluator.evaluate({ ...model })).toBe(first);
    const far = model.elements.findIndex((e) => e.type === "process");
    const element = model.elements[far]!;
    const edited = {
      ...model,
      elements: model.elements.map((e) => (e === element ? { ...e, name: "New name" } : e)),
    };
    const second = evaluator.evaluate(edited);
    const untouched = second.findings.filter((f) => !f.targetIds.includes(element.id));
    const reused = untouched.filter((f) => first.findings.includes(f));
    expect(reused.length).toBeGreaterThan(untouched.length / 2);
    expect(comparable(second)).toEqual(comparable(evaluate(edited)));
  });
});
