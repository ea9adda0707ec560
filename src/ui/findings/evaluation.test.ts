import { beforeAll, describe, expect, it } from "vitest";
import { createLlmInferencePipelineSample } from "../../domain/samples/llmInferencePipeline";
import { engineLoaded, evaluationOf, useEngineStatus } from "./evaluation";

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
});
