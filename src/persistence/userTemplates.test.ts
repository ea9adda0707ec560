import { afterEach, describe, expect, it } from "vitest";
import { createLlmInferencePipelineSample } from "../domain/samples/llmInferencePipeline";
import type { ThreatModel } from "../domain/schema";
import type { ThreatCanvasDb } from "./db";
import { ModelRepository } from "./modelRepository";
import { freshStorage, openTab } from "./testSupport";
import { CURRENT_SCHEMA_VERSION } from "../domain/schema";
import v1Pipeline from "../domain/migrations/fixtures/v1-llm-pipeline.json";
import { isReadable, readTemplateRow, UserTemplates } from "./userTemplates";

const opened: ThreatCanvasDb[] = [];

function setup() {
  const db = openTab(freshStorage());
  opened.push(db);
  const repository = new ModelRepository(db);
  return { db, repository, templates: new UserTemplates(repository) };
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** The sample as a team left it after a review: decisions on it. */
function reviewed(): ThreatModel {
  const sample = createLlmInferencePipelineSample("reviewed");
  return {
    ...sample,
    triage: {
      "SOME-RULE@api-gateway": {
        ...Object.values(sample.triage)[0],
        status: "accepted",
        justification: "Team decision",
      },
    } as ThreatModel["triage"],
  };
}

describe("UserTemplates", () => {
  it("stores a model's design as a template, without its decisions, and lists it", async () => {
    const { templates, repository } = setup();
    const result = await templates.save(
      reviewed(),
      { name: "  Our inference stack ", description: "As reviewed in March" },
      { id: "template_1", now: "2026-03-01T10:00:00.000Z" },
    );
    expect(result.ok).toBe(true);
    const { templates: listed, unreadable } = await templates.list();
    expect(unreadable).toEqual([]);
    expect(listed).toHaveLength(1);
    const [template] = listed;
    expect(template!.id).toBe("template_1");
    expect(template!.model.name).toBe("Our inference stack");
    expect(template!.model.description).toBe("As reviewed in March");
    expect(template!.model.triage).toEqual({});
    expect(template!.model.decisionLog).toEqual([]);
    expect(template!.model.elements).toEqual(createLlmInferencePipelineSample("x").elements);
    // The model it was made from is a model of its own: the list of models does not change.
    expect(await repository.listModels()).toEqual([]);
  });

  it("lists the newest first and forgets a removed one", async () => {
    const { templates } = setup();
    const model = createLlmInferencePipelineSample("m");
    await templates.save(
      model,
      { name: "Old", description: "" },
      { id: "t_old", now: "2026-01-01T00:00:00.000Z" },
    );
    await templates.save(
      model,
      { name: "New", description: "" },
      { id: "t_new", now: "2026-02-01T00:00:00.000Z" },
    );
    expect((await templates.list()).templates.map((t) => t.model.name)).toEqual(["New", "Old"]);
    await templates.remove("t_new");
    expect((await templates.list()).templates.map((t) => t.model.name)).toEqual(["Old"]);
  });

  it.each([
    [{ name: "   ", description: "" }, /^name: give the template a name$/],
    [{ name: "x".repeat(201), description: "" }, /^name: is longer than 200 characters$/],
    [{ name: "Fine", description: "d".repeat(2001) }, /^description: is longer than 2000/],
  ])("refuses bad details, naming the field, and stores nothing (%#)", async (details, error) => {
    const { templates } = setup();
    const result = await templates.save(createLlmInferencePipelineSample("m"), details);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(error);
    expect((await templates.list()).templates).toEqual([]);
  });

  it("lists a stored row that is no longer a valid model as unreadable, with the field", async () => {
    const { templates, repository } = setup();
    const bad = { ...createLlmInferencePipelineSample("m"), flows: [{ id: "f", source: "ghost" }] };
    await repository.putMetaRow("template:broken", { savedAt: "2026-01-01", model: bad });
    await repository.putMetaRow("template:not-a-row", "just text");
    const { templates: listed, unreadable } = await templates.list();
    expect(listed).toEqual([]);
    expect(unreadable.map((u) => u.id).sort()).toEqual(["broken", "not-a-row"]);
    expect(unreadable.find((u) => u.id === "broken")!.errors[0]).toMatch(/^model\.flows/);
  });
});

describe("readTemplateRow", () => {
  it("brings a model stored by an older version up to date", () => {
    const entry = readTemplateRow("template:t", { savedAt: "2026-01-01", model: v1Pipeline });
    expect(isReadable(entry)).toBe(true);
    if (isReadable(entry)) {
      expect(entry.model.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
      expect(entry.model.elements.length).toBe(v1Pipeline.elements.length);
    }
  });
});
