import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createLlmInferencePipelineSample } from "../../domain/samples/llmInferencePipeline";
import { evaluate } from "../../engine/evaluate";
import { ALL_RULES } from "../../engine/rules";
import { exportOtm, importOtm } from "../otm";
import { kindChangeEntries } from "./kindChanges";
import type { ImportedDiagram, InteropImportResult } from "./types";

function one(result: InteropImportResult): ImportedDiagram {
  if (!result.ok) throw new Error(result.errors.join("\n"));
  return result.diagrams[0]!;
}

const otmExample = () =>
  JSON.parse(
    readFileSync(new URL("../otm/fixtures/otm-0.2.0-example.json", import.meta.url), "utf8"),
  ) as { components: Array<Record<string, unknown>> };

describe("ML kinds that do not fit their element type, on import", () => {
  it("are fitted in another tool's file, each with a line in the report", () => {
    const file = otmExample();
    file.components[0]!.attributes = {
      threatcanvas: { elementType: "externalEntity", mlKind: "llm" },
    };
    file.components[2]!.attributes = {
      threatcanvas: { elementType: "dataStore", mlKind: "monitoring" },
    };
    const d = one(importOtm(file));
    const kindOf = (name: string) => {
      const element = d.model.elements.find((e) => e.name === name)!;
      return element.type === "trustBoundary" ? undefined : element.mlKind;
    };
    expect(kindOf("Web Client")).toBe("third-party-ai-api");
    expect(kindOf("Customer Database")).toBeNull();
    expect(d.report.filter((e) => /ML kind/.test(e.text))).toEqual([
      {
        kind: "approximated",
        item: 'Component "Web Client"',
        text: 'ML kind "llm" does not fit an external entity; changed to "third-party-ai-api"',
      },
      {
        kind: "approximated",
        item: 'Component "Customer Database"',
        text: expect.stringMatching(/^ML kind "monitoring" does not fit a data store; no data/),
      },
    ]);
  });

  it("are fitted in our own document embedded in a file, and reported", () => {
    const sample = createLlmInferencePipelineSample("m");
    const file = JSON.parse(exportOtm(sample, evaluate(sample, { rules: ALL_RULES })));
    const embedded = file.project.attributes.threatcanvas.document as {
      elements: Array<{ type: string; name: string; mlKind?: string | null }>;
    };
    const store = embedded.elements.find((e) => e.type === "dataStore")!;
    store.mlKind = "llm";
    const d = one(importOtm(file));
    const arrived = d.model.elements.find((e) => e.name === store.name)!;
    expect(arrived).toMatchObject({ type: "dataStore", mlKind: "model-artifact-store" });
    expect(d.report).toContainEqual({
      kind: "approximated",
      item: `Data store "${store.name}"`,
      text: 'ML kind "llm" does not fit a data store; changed to "model-artifact-store"',
    });
  });

  it("are reported as the element's type and name, quoted as user text", () => {
    const entries = kindChangeEntries([
      { elementId: "e1", elementName: "", elementType: "process", from: "model-hub", to: null },
      {
        elementId: "e2",
        elementName: "Line\nbreak",
        elementType: "externalEntity",
        from: "llm",
        to: "third-party-ai-api",
      },
    ]);
    expect(entries.map((e) => e.item)).toEqual(['Process "e1"', 'External entity "Line\\nbreak"']);
    expect(entries.every((e) => e.kind === "approximated")).toBe(true);
  });
});
