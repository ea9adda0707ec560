import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parseThreatModel } from "../../domain/document";
import { arbitraryModel } from "../../domain/testing/arbitraryModel";
import { defaultImportRegistry } from "../import";
import { exportBackupJson } from "./backup";
import { exportModelJson } from "./serialize";

const FIXTURE = new URL(
  "../../domain/migrations/fixtures/v2-triaged-pipeline.json",
  import.meta.url,
);

describe("native JSON round trip", () => {
  it("random valid document -> JSON -> document is equal, and exports the same text again", () => {
    fc.assert(
      fc.property(arbitraryModel(), (model) => {
        const { text, problems } = exportModelJson(model);
        expect(problems).toEqual([]);
        const imported = defaultImportRegistry.importText(text, "model.json");
        if (!imported.ok) throw new Error(imported.errors.join("\n"));
        expect(imported.models).toHaveLength(1);
        expect(imported.models[0]).toEqual(model);
        expect(exportModelJson(imported.models[0]!).text).toBe(text);
      }),
      { numRuns: 150 },
    );
    // 150 generated documents: several seconds on a loaded 2-core machine.
  }, 60_000);

  it("a backup of random models imports back every model", () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryModel({ maxNodes: 4, maxFlows: 4 }), { minLength: 1, maxLength: 4 }),
        (drawn) => {
          // Distinct ids, as in a browser's database.
          const models = drawn.map((m, i) => ({ ...m, id: `model-${i}` }));
          const backup = exportBackupJson(models, "2026-12-01T09:00:00.000Z");
          const imported = defaultImportRegistry.importText(backup.text, "backup.json");
          if (!imported.ok) throw new Error(imported.errors.join("\n"));
          expect(imported.format).toBe("threatcanvas-backup");
          expect(imported.models).toEqual(models);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("keeps triage, mitigations, custom threats, assumptions, the log and unknown keys", () => {
    const parsed = parseThreatModel(JSON.parse(readFileSync(FIXTURE, "utf8")));
    if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
    const text = exportModelJson(parsed.value).text;
    const back = defaultImportRegistry.importText(text, "x.json");
    if (!back.ok) throw new Error(back.errors.join("\n"));
    const model = back.models[0]!;
    expect(model).toEqual(parsed.value);
    expect(model.triage["AI-EXTRACT-01@inference-server"]).toMatchObject({
      status: "accepted",
      justification: expect.stringContaining("authenticated enterprise customers"),
      "x-reviewer": "kept on import",
    });
    expect(model.mitigations).toHaveLength(1);
    expect(model.customThreats[0]?.title).toBe("GPU driver exploit from a crafted model file");
    expect(model.decisionLog).toHaveLength(2);
    expect(text.endsWith("}\n")).toBe(true);
  });

  it("exports a document the loader would reject as it is, and says what is wrong", () => {
    const parsed = parseThreatModel(JSON.parse(readFileSync(FIXTURE, "utf8")));
    if (!parsed.ok) throw new Error("fixture");
    const broken = { ...parsed.value, flows: [{ ...parsed.value.flows[0]!, target: "gone" }] };
    const exported = exportModelJson(broken);
    expect(JSON.parse(exported.text)).toEqual(JSON.parse(JSON.stringify(broken)));
    expect(exported.problems.join("\n")).toContain('flows[0].target: refers to "gone"');
  });
});
