import { describe, expect, it } from "vitest";
import { createLlmInferencePipelineSample } from "./samples/llmInferencePipeline";
import { instantiateTemplate } from "./templates";

describe("instantiateTemplate", () => {
  it("copies the diagram under a new id and time, with no decisions and no stored view", () => {
    const template = {
      ...createLlmInferencePipelineSample("tpl"),
      viewport: { x: 10, y: 20, zoom: 2 },
      triage: { "R@api-gateway": { status: "accepted" } },
    } as unknown as ReturnType<typeof createLlmInferencePipelineSample>;
    const copy = instantiateTemplate(template, { id: "m2", now: "2026-01-01T00:00:00.000Z" });
    expect(copy.id).toBe("m2");
    expect(copy.createdAt).toBe("2026-01-01T00:00:00.000Z");
    expect(copy.viewport).toBeNull();
    expect(copy.triage).toEqual({});
    expect(copy.decisionLog).toEqual([]);
    expect(copy.elements).toEqual(template.elements);
    expect(copy.flows).toEqual(template.flows);
    expect(template.id).toBe("tpl");
  });
});
