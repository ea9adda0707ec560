import { beforeAll, describe, expect, it } from "vitest";
import { createLlmInferencePipelineSample } from "../../domain/samples/llmInferencePipeline";
import { SEVERITIES } from "../../engine/types";
import { engineLoaded, evaluationOf, summaryOf, useEngineStatus } from "./evaluation";

describe("live evaluation cache", () => {
  beforeAll(() => engineLoaded);

  it("is ready once the engine chunk has loaded", () => {
    expect(useEngineStatus.getState()).toEqual({ ready: true, error: null });
  });

  it("reuses the result while elements and flows are the same objects", () => {
    const doc = createLlmInferencePipelineSample();
    const first = evaluationOf(doc);
    expect(first.findings.length).toBeGreaterThan(0);
    const panned = { ...doc, viewport: { x: 10, y: 20, zoom: 2 }, name: "Renamed" };
    expect(evaluationOf(panned)).toBe(first);
    const edited = { ...doc, elements: doc.elements.slice() };
    expect(evaluationOf(edited)).not.toBe(first);
  });

  it("summarises findings per element and per flow of an interaction", () => {
    const doc = createLlmInferencePipelineSample();
    const { findings } = evaluationOf(doc);
    const server = summaryOf(doc, "inference-server");
    const expected = findings.filter(
      (f) => f.targetIds.length === 1 && f.targetIds[0] === "inference-server",
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(server?.count).toBe(expected.length);
    expect(server?.highest).toBe(
      SEVERITIES.findLast((s) => expected.some((f) => f.severity === s)),
    );
    const flow = summaryOf(doc, "flow-forward");
    expect(flow?.count ?? 0).toBe(
      findings.filter((f) => f.targetIds[1] === "flow-forward").length +
        findings.filter((f) => f.targetIds.length === 1 && f.targetIds[0] === "flow-forward")
          .length,
    );
  });
});
