import { describe, expect, it } from "vitest";
import { createLlmInferencePipelineSample } from "../../domain/samples/llmInferencePipeline";
import type { DfdElement, Point } from "../../domain/schema";
import { flowNameElementId } from "./edges/flowName";
import { createEdgeDeriver } from "./deriveEdges";

const doc = createLlmInferencePipelineSample("derive-edges");
const noPositions = new Map<string, Point>();

describe("createEdgeDeriver", () => {
  it("offers only a selected flow's ends for reconnecting", () => {
    const derive = createEdgeDeriver();
    const flow = doc.flows[0]!;
    const edges = derive(doc, new Set([flow.id]), noPositions);
    expect(edges.filter((e) => e.reconnectable).map((e) => e.id)).toEqual([flow.id]);
    expect(edges.find((e) => e.id === flow.id)?.selected).toBe(true);
  });

  it("keeps the array and every edge while nothing they show changed", () => {
    const derive = createEdgeDeriver();
    const first = derive(doc, new Set(), noPositions);
    expect(derive({ elements: doc.elements, flows: doc.flows }, new Set(), noPositions)).toBe(
      first,
    );
    const flow = doc.flows[1]!;
    const next = derive(doc, new Set([flow.id]), noPositions);
    expect(next.filter((e, i) => e !== first[i]).map((e) => e.id)).toEqual([flow.id]);
  });

  it("hands React Flow the same edges when an end is renamed: flows are named by FlowEdge", () => {
    const derive = createEdgeDeriver();
    const flow = doc.flows[0]!;
    const source = doc.elements.find((e) => e.id === flow.source)!;
    const first = derive(doc, new Set(), noPositions);
    const renamed = {
      elements: doc.elements.map((e) =>
        e === source ? ({ ...e, name: "Renamed end" } as DfdElement) : e,
      ),
      flows: doc.flows,
    };
    expect(derive(renamed, new Set(), noPositions)).toBe(first);
    const edge = first.find((e) => e.id === flow.id)!;
    expect(edge.domAttributes?.["aria-labelledby"]).toBe(flowNameElementId(flow.id));
    expect(edge.ariaLabel).toBeNull();
  });
});
