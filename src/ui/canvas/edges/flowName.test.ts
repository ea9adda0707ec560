import { describe, expect, it } from "vitest";
import { createLlmInferencePipelineSample } from "../../../domain/samples/llmInferencePipeline";
import { elementNamesById, flowNameElementId } from "./flowName";

describe("flow names", () => {
  const doc = createLlmInferencePipelineSample("flow-names");

  it("make the names map again when a name changes, not when an element only moves", () => {
    const first = elementNamesById(doc.elements);
    const [head, ...rest] = doc.elements;
    const moved = [{ ...head!, position: { x: head!.position.x + 10, y: 0 } }, ...rest];
    expect(elementNamesById(moved)).toBe(first);
    const renamed = [{ ...head!, name: "Renamed" }, ...rest];
    const again = elementNamesById(renamed);
    expect(again).not.toBe(first);
    expect(again.get(head!.id)).toBe("Renamed");
  });

  it("give name elements ids with no white space, one per flow", () => {
    const id = flowNameElementId('a flow "id"\twith\nspaces');
    expect(id).not.toMatch(/\s/);
    expect(flowNameElementId("f1")).not.toBe(flowNameElementId("f2"));
  });
});
