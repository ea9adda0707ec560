import { beforeAll, describe, expect, it } from "vitest";
import { createLlmInferencePipelineSample } from "../../domain/samples/llmInferencePipeline";
import { evaluate } from "../../engine/evaluate";
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
    const copied = { ...doc, elements: doc.elements.slice() };
    expect(evaluationOf(copied)).toBe(first);
    const renamed = {
      ...doc,
      elements: doc.elements.map((e, i) => (i === 0 ? { ...e, name: `${e.name} 2` } : e)),
    };
    expect(evaluationOf(renamed)).not.toBe(first);
  });

  it("reuses the result when only layout changed (a move, a resize), not after", () => {
    const doc = createLlmInferencePipelineSample();
    const first = evaluationOf(doc);
    const at = doc.elements.findIndex((e) => e.type === "process");
    const moved = {
      ...doc,
      elements: doc.elements.map((e, i) =>
        i === at ? { ...e, position: { x: e.position.x + 1, y: e.position.y } } : e,
      ),
    };
    expect(evaluationOf(moved)).toBe(first);
    // The next real edit is evaluated against what is on screen, the moved element included.
    const renamed = {
      ...moved,
      elements: moved.elements.map((e, i) => (i === at ? { ...e, name: "Renamed" } : e)),
    };
    const after = evaluationOf(renamed);
    expect(after).not.toBe(first);
    expect(after.findings).toEqual(evaluate(renamed).findings);
  });
});
