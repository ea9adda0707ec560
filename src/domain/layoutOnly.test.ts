import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "../engine/evaluate";
import { randomModel } from "../engine/testing/randomModel";
import { differsOnlyInLayout, sameNamesInOrder } from "./layoutOnly";
import { moveElements, resizeElement, updateElement, updateFlow } from "./operations";
import { createLlmInferencePipelineSample } from "./samples/llmInferencePipeline";
import type { DfdElement, ThreatModel } from "./schema";

const sample = createLlmInferencePipelineSample("layout-sample");
const process = sample.elements.find((e) => e.type === "process")!;

function ok(result: { ok: true; doc: ThreatModel } | { ok: false; error: string }): ThreatModel {
  if (!result.ok) throw new Error(result.error);
  return result.doc;
}

describe("differsOnlyInLayout", () => {
  it("holds for the same lists, copies of them, moves, resizes and reattached handles", () => {
    expect(differsOnlyInLayout(sample, sample)).toBe(true);
    expect(
      differsOnlyInLayout(sample, { elements: [...sample.elements], flows: [...sample.flows] }),
    ).toBe(true);
    // One pixel: still inside its boundary (a move that changes membership is not layout alone).
    const nudged = { x: process.position.x + 1, y: process.position.y };
    const moved = ok(moveElements(sample, [{ id: process.id, position: nudged }]));
    expect(differsOnlyInLayout(sample, moved)).toBe(true);
    const resized = ok(resizeElement(sample, process.id, { width: 300, height: 200 }));
    expect(differsOnlyInLayout(sample, resized)).toBe(true);
    const flow = sample.flows[0]!;
    const handles = {
      ...sample,
      flows: sample.flows.map((f) => (f === flow ? { ...f, sourceHandle: "top" } : f)),
    };
    expect(differsOnlyInLayout(sample, handles)).toBe(true);
  });

  it("fails for any other change: a name, a property, a parent, the order, an added item", () => {
    expect(differsOnlyInLayout(sample, ok(updateElement(sample, process.id, { name: "X" })))).toBe(
      false,
    );
    const flow = sample.flows[0]!;
    expect(differsOnlyInLayout(sample, ok(updateFlow(sample, flow.id, { label: "other" })))).toBe(
      false,
    );
    const reparented = {
      ...sample,
      elements: sample.elements.map((e) => (e === process ? { ...e, parentId: null } : e)),
    };
    expect(process.parentId).not.toBeNull();
    expect(differsOnlyInLayout(sample, reparented)).toBe(false);
    expect(
      differsOnlyInLayout(sample, { ...sample, elements: [...sample.elements].reverse() }),
    ).toBe(false);
    expect(differsOnlyInLayout(sample, { ...sample, flows: sample.flows.slice(1) })).toBe(false);
    const extraField = {
      ...sample,
      elements: sample.elements.map((e) => (e === process ? { ...e, note: "kept" } : e)),
    };
    expect(differsOnlyInLayout(sample, extraField)).toBe(false);
  });
});

describe("the engine reads no layout", () => {
  // The law differsOnlyInLayout relies on: moving, resizing and reattaching change no finding.
  it("gives the same evaluation whatever the positions, sizes and handles", () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 40 }), fc.integer({ min: 1, max: 1e6 }), (n, seed) => {
        const model = randomModel(n, seed);
        const shift = (seed % 97) + 1;
        const relaid: ThreatModel = {
          ...model,
          elements: model.elements.map((e) => ({
            ...e,
            position: { x: e.position.y * 3 + shift, y: -e.position.x + shift },
            ...(e.type === "trustBoundary" || e.size
              ? { size: { width: 400 + shift, height: 300 + shift } }
              : {}),
          })),
          flows: model.flows.map((f) => ({ ...f, sourceHandle: "top", targetHandle: "left" })),
        };
        expect(differsOnlyInLayout(model, relaid)).toBe(true);
        expect(evaluate(relaid)).toEqual(evaluate(model));
      }),
      { numRuns: 15 },
    );
  });
});

const named = createLlmInferencePipelineSample("same-names");
const replaced = (index: number, patch: Partial<Pick<DfdElement, "name" | "position">>) =>
  named.elements.map((e, i) => (i === index ? ({ ...e, ...patch } as DfdElement) : e));

describe("sameNamesInOrder", () => {
  it("holds when elements only moved", () => {
    expect(sameNamesInOrder(named.elements, replaced(2, { position: { x: 1, y: 2 } }))).toBe(true);
  });

  it("fails on a rename, a reorder, an element added or removed", () => {
    expect(sameNamesInOrder(named.elements, replaced(2, { name: "Other" }))).toBe(false);
    expect(sameNamesInOrder(named.elements, [...named.elements].reverse())).toBe(false);
    expect(sameNamesInOrder(named.elements, named.elements.slice(1))).toBe(false);
  });
});
