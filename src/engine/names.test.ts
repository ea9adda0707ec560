import { describe, expect, it } from "vitest";
import { createLlmInferencePipelineSample } from "../domain/samples/llmInferencePipeline";
import { leavesBaseLevel } from "../domain/text/bidi";
import { evaluate } from "./evaluate";
import { createEvaluator } from "./incremental";
import type { Finding } from "./types";

const RLO = "\u202e";

/** Every sentence of a finding, and each with our own words after it. */
function sentencesOf(finding: Finding): string[] {
  return [
    finding.title,
    finding.description,
    ...finding.mitigations,
    ...finding.questions.map((q) => q.text),
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
      expect(result.findings.length).toBeGreaterThan(20);
      const withNames = result.findings.flatMap(sentencesOf).filter((s) => s.includes(RLO));
      expect(withNames.length).toBeGreaterThan(20);
      for (const sentence of withNames) expect(leavesBaseLevel(sentence), sentence).toBe(true);
    }
  });

  it("leave left-to-right names exactly as typed", () => {
    const result = evaluate(createLlmInferencePipelineSample("sample"));
    const sentences = result.findings.flatMap(sentencesOf);
    expect(sentences.some((s) => /[\u2066-\u2069]/.test(s))).toBe(false);
  });
});
