import { describe, expect, it } from "vitest";
import { createLlmInferencePipelineSample } from "./samples/llmInferencePipeline";
import { instantiateTemplate, templateOf } from "./templates";

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

describe("templateOf", () => {
  it("keeps the design under the template's name, never the team's decisions", () => {
    const model = {
      ...createLlmInferencePipelineSample("mine"),
      viewport: { x: 1, y: 2, zoom: 1.5 },
      triage: { "R@api-gateway": { status: "accepted" } },
    } as unknown as ReturnType<typeof createLlmInferencePipelineSample>;
    const template = templateOf(
      model,
      { name: "Our stack", description: "Reviewed in March" },
      { id: "template_1", now: "2026-03-01T00:00:00.000Z" },
    );
    expect(template.id).toBe("template_1");
    expect(template.name).toBe("Our stack");
    expect(template.description).toBe("Reviewed in March");
    expect(template.triage).toEqual({});
    expect(template.viewport).toBeNull();
    expect(template.elements).toEqual(model.elements);
    // A model started from it is named after the template and has a new id of its own.
    const started = instantiateTemplate(template, { id: "m3" });
    expect(started.name).toBe("Our stack");
    expect(started.id).toBe("m3");
  });
});
