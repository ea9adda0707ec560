import { describe, expect, it } from "vitest";
import { createLlmInferencePipelineSample } from "../../../domain/samples/llmInferencePipeline";
import { elementNamesById, flowNameElementId } from "./flowName";

describe("flow names", () => {
  const doc = createLlmInferencePipelineSample("flow-names");

  it("make the names map once per elements list", () => {
    expect(elementNamesById(doc.elements)).toBe(elementNamesById(doc.elements));
    expect(elementNamesById([...doc.elements])).not.toBe(elementNamesById(doc.elements));
  });

  it("give name elements ids with no white space, one per flow", () => {
    const id = flowNameElementId('a flow "id"\twith\nspaces');
    expect(id).not.toMatch(/\s/);
    expect(flowNameElementId("f1")).not.toBe(flowNameElementId("f2"));
  });
});
