import { describe, expect, it } from "vitest";
import { createLlmInferencePipelineSample } from "../domain/samples/llmInferencePipeline";
import { leavesBaseLevel } from "../domain/text/bidi";
import { evaluate } from "./evaluate";
import { createEvaluator } from "./incremental";
import type { EvaluationResult } from "./types";

const RLO = "\u202e";

/** Every sentence of a result (findings, questions and what depends on them). */
function sentencesOf(result: EvaluationResult): string[] {
  return [
    ...result.findings.flatMap((f) => [f.title, f.description, ...f.mitigations]),
    ...result.questions.flatMap((q) => [q.text, ...q.dependents.map((d) => d.title)]),
  ];
}

function hostileSample() {
  const sample = createLlmInferencePipelineSample("sample");
  return {
    ...sample,
    elements: sample.elements.map((e, i) => ({
      ...e,
      name: i % 2 ? `${RLO}${e.name}` : `${e.name} \u2069${RLO}שרת`,
    })),
    flows: sample.flows.map((f, i) => ({ ...f, label: i % 3 ? f.label : `${RLO}${f.label}` })),
  };
}

describe("names in the engine's sentences", () => {
  it("are isolated, so an override in a name never reverses the words after it", () => {
    const model = hostileSample();
    for (const result of [evaluate(model), createEvaluator().evaluate(model)]) {
      expect(result.findings.length).toBeGreaterThan(10);
      const withNames = sentencesOf(result).filter((s) => s.includes(RLO));
      expect(withNames.length).toBeGreaterThan(20);
      for (const sentence of withNames) expect(leavesBaseLevel(sentence), sentence).toBe(true);
    }
  });

  it("leave left-to-right names exactly as typed", () => {
    const result = evaluate(createLlmInferencePipelineSample("sample"));
    const sentences = sentencesOf(result);
    expect(sentences.some((s) => /[\u2066-\u2069]/.test(s))).toBe(false);
  });

  it("keep replacement patterns ($&, $1, $$) in a typed name as typed", () => {
    const name = "Cost $& Co $1 $$";
    const sample = createLlmInferencePipelineSample("sample");
    const model = { ...sample, elements: sample.elements.map((e) => ({ ...e, name })) };
    for (const result of [evaluate(model), createEvaluator().evaluate(model)]) {
      const questions = result.questions.filter((q) => q.subjectKind === "element");
      expect(questions.length).toBeGreaterThan(5);
      for (const question of questions) expect(question.text, question.text).toContain(name);
      const named = sentencesOf(result).filter((s) => s.includes("Cost "));
      expect(named.length).toBeGreaterThan(20);
      for (const sentence of named) expect(sentence, sentence).toContain(name);
    }
  });
});
