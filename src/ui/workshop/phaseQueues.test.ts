import { describe, expect, it } from "vitest";
import { setStatus } from "../../domain/triage/status";
import { editTriage } from "../../domain/triage/fields";
import { createLlmInferencePipelineSample } from "../../domain/samples/llmInferencePipeline";
import type { ThreatModel } from "../../domain/schema";
import { evaluate } from "../../engine/evaluate";
import { effectiveFindings } from "../../engine/risk/effective";
import { ALL_RULES } from "../../engine/rules";
import { SEVERITY_RANK } from "../findings/severity";
import { clampIndex, planQueue, scoringQueue } from "./phaseQueues";

const sample = createLlmInferencePipelineSample("m1");
const findings = evaluate(sample, { rules: ALL_RULES }).findings;
const by = { by: "Ann", at: "2026-06-01T10:00:00.000Z" };

function must(result: { ok: true; doc: ThreatModel } | { ok: false; error: string }): ThreatModel {
  if (!result.ok) throw new Error(result.error);
  return result.doc;
}

describe("the scoring and mitigation phases' queues", () => {
  it("go most severe first, by the engine's figures", () => {
    const queue = scoringQueue(sample, findings);
    expect(queue.length).toBeGreaterThan(5);
    for (let i = 1; i < queue.length; i++) {
      const [a, b] = [queue[i - 1]!, queue[i]!];
      expect(
        SEVERITY_RANK[a.severity] > SEVERITY_RANK[b.severity] ||
          (a.severity === b.severity && a.score >= b.score),
      ).toBe(true);
    }
  });

  it("keep their order while the room scores (a lowered finding does not jump away)", () => {
    const before = scoringQueue(sample, findings).map((f) => f.id);
    const top = scoringQueue(sample, findings)[0]!;
    const scored = must(editTriage(sample, top, { likelihood: 1, impact: 1 }, by));
    const after = scoringQueue(scored, effectiveFindings(scored, findings)).map((f) => f.id);
    expect(after).toEqual(before);
  });

  it("leave out what does not apply; the plan holds only what is still at risk", () => {
    const [first, second] = scoringQueue(sample, findings);
    let doc = must(
      setStatus(sample, first!, { status: "notApplicable", justification: "Not built" }, by),
    );
    doc = must(
      setStatus(doc, second!, { status: "mitigated", justification: "Quota per key" }, by),
    );
    const scoring = scoringQueue(doc, findings).map((f) => f.id);
    expect(scoring).not.toContain(first!.id);
    expect(scoring).toContain(second!.id);
    const plan = planQueue(doc, findings).map((f) => f.id);
    expect(plan).not.toContain(first!.id);
    expect(plan).not.toContain(second!.id);
    expect(plan.every((id) => scoring.includes(id))).toBe(true);
    expect(plan.length).toBeLessThan(scoring.length);
  });

  it("keep a position inside the queue", () => {
    expect(clampIndex(5, 3)).toBe(2);
    expect(clampIndex(-1, 3)).toBe(0);
    expect(clampIndex(4, 0)).toBe(0);
  });
});
