import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createLlmInferencePipelineSample } from "../../domain/samples/llmInferencePipeline";
import { exportBackupJson } from "../native/backup";
import { exportModelJson } from "../native/serialize";
import { defaultImportRegistry, IMPORT_FORMATS } from "./formats";
import { createImportRegistry } from "./registry";
import type { ImportFormat } from "./types";

const fixture = (name: string) =>
  readFileSync(new URL(`../../domain/migrations/fixtures/${name}`, import.meta.url), "utf8");

function errorsOf(text: string, fileName: string | null = "model.json"): string[] {
  const outcome = defaultImportRegistry.importText(text, fileName);
  if (outcome.ok) throw new Error("expected the import to fail");
  return outcome.errors;
}

describe("import: native files", () => {
  it("reads an exported model", () => {
    const sample = createLlmInferencePipelineSample();
    const outcome = defaultImportRegistry.importText(exportModelJson(sample).text, "a.json");
    expect(outcome).toMatchObject({ ok: true, format: "threatcanvas", notices: [] });
    if (outcome.ok) expect(outcome.models).toEqual([sample]);
  });

  it("migrates a version 1 file and says so", () => {
    const outcome = defaultImportRegistry.importText(fixture("v1-llm-pipeline.json"), "v1.json");
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.models[0]?.schemaVersion).toBe(3);
    expect(outcome.notices.map((n) => n.text)).toEqual([
      "Written by an older version of ThreatCanvas (schema 1); brought up to schema 3.",
    ]);
  });

  it("accepts a byte-order mark before the JSON", () => {
    const text = `\ufeff${fixture("v2-triaged-pipeline.json")}`;
    expect(defaultImportRegistry.importText(text, "bom.json").ok).toBe(true);
  });

  it("refuses a newer schema version, saying to update", () => {
    const data = { ...JSON.parse(fixture("v2-triaged-pipeline.json")), schemaVersion: 9 };
    expect(errorsOf(JSON.stringify(data))).toEqual([
      "SchemaVersion: 9 is newer than this app understands (3); update ThreatCanvas to open it.",
    ]);
  });

  it("names failing fields in words, with the path", () => {
    const data = JSON.parse(fixture("v2-triaged-pipeline.json"));
    data.elements[10].props.encryptedAtRest = "maybe";
    data.elements[6].parentId = "nowhere";
    data.flows[0].source = 42;
    data.elements[2].type = "cloud";
    delete data.createdAt;
    data.triage["AI-EXTRACT-01@inference-server"].ticket = "javascript:alert(1)";
    const errors = errorsOf(JSON.stringify(data));
    const name = (i: number) => data.elements[i].name as string;
    expect(errors).toEqual(
      expect.arrayContaining([
        `The model's field "created date": is missing (at createdAt)`,
        `Element 3 "${name(2)}", field "type": must be one of "process", "dataStore", "externalEntity" or "trustBoundary", but is the text "cloud" (at elements[2].type)`,
        `Flow 1 "${data.flows[0].label}", field "source (where the flow starts)": should be text, but is 42 (at flows[0].source)`,
        `The decision on finding "AI-EXTRACT-01@inference-server", field "ticket": must be an http:// or https:// link (at triage["AI-EXTRACT-01@inference-server"].ticket)`,
      ]),
    );
    expect(errors.join("\n")).toMatch(
      /property "Encrypted at rest": must be one of "yes", "no" or "unknown", but is the text "maybe"/,
    );
  });

  it("reports cross-reference problems by element name", () => {
    const data = JSON.parse(fixture("v2-triaged-pipeline.json"));
    data.elements[6].parentId = "nowhere";
    expect(errorsOf(JSON.stringify(data))).toEqual([
      `Element 7 "${data.elements[6].name}", field "containing boundary (parentId)": refers to "nowhere", which is not an element of this model (at elements[6].parentId)`,
    ]);
  });

  it("says a non-JSON file is not JSON and lists what it reads", () => {
    const [error] = errorsOf("<html>not a model</html>", "page.html");
    expect(error).toMatch(
      /^The file is not JSON \(.+\), so it is not a model ThreatCanvas can open\./,
    );
    expect(error).toContain("It reads: ThreatCanvas model, ThreatCanvas backup.");
    expect(errorsOf("", "empty.json")[0]).toMatch(/^The file is empty\./);
  });

  it("says JSON in an unknown shape is not a known format", () => {
    expect(errorsOf('{"hello": "world"}')[0]).toMatch(
      /^The file is JSON, but not in a format ThreatCanvas knows\./,
    );
    expect(errorsOf("[1, 2]", null)[0]).toMatch(/^The pasted text is JSON, but not/);
  });

  it("points a copied selection to paste", () => {
    expect(
      errorsOf('{"format": "threatcanvas/fragment", "version": 1, "elements": [], "flows": []}')[0],
    ).toMatch(/copied from a diagram, not a whole model/);
  });
});

describe("import: backups", () => {
  const sample = createLlmInferencePipelineSample();
  const other = { ...createLlmInferencePipelineSample(), id: "other", name: "Other" };

  it("reads every model of a backup", () => {
    const text = exportBackupJson([sample, other], "2026-12-01T00:00:00.000Z").text;
    const outcome = defaultImportRegistry.importText(text, "backup.json");
    expect(outcome.ok && outcome.models.map((m) => m.name)).toEqual([sample.name, "Other"]);
  });

  it("refuses the whole backup when one model is broken, naming it", () => {
    const backup = JSON.parse(exportBackupJson([sample, other], "2026-12-01T00:00:00.000Z").text);
    backup.models[1].flows[0].target = "gone";
    const errors = errorsOf(JSON.stringify(backup));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^Model 2 "Other": Flow 1 .*refers to "gone"/);
  });

  it("gives a repeated id in one backup a fresh id", () => {
    const text = exportBackupJson([sample, sample], "2026-12-01T00:00:00.000Z").text;
    const outcome = defaultImportRegistry.importText(text, "backup.json");
    if (!outcome.ok) throw new Error(outcome.errors.join());
    expect(new Set(outcome.models.map((m) => m.id)).size).toBe(2);
    expect(outcome.notices[0]?.text).toMatch(/same id as an earlier model/);
  });

  it("refuses a backup from a newer format version", () => {
    const text = JSON.stringify({ format: "threatcanvas/backup", version: 2, models: [] });
    expect(errorsOf(text)[0]).toMatch(/newer version of ThreatCanvas \(backup format 2\)/);
  });
});

describe("import registry", () => {
  const yaml: ImportFormat = {
    id: "yaml-thing",
    label: "YAML thing",
    detect: (source) => (source.fileName?.endsWith(".yaml") ? 0.9 : 0),
    read: () => ({
      ok: true,
      models: [createLlmInferencePipelineSample()],
      notices: [{ kind: "approximation", text: "Positions guessed." }],
    }),
  };

  it("lets other formats register and picks the most certain one", () => {
    const registry = createImportRegistry(IMPORT_FORMATS);
    registry.register(yaml);
    const outcome = registry.importText("a: 1", "model.yaml");
    expect(outcome).toMatchObject({
      ok: true,
      format: "yaml-thing",
      notices: [{ text: "Positions guessed." }],
    });
  });

  it("never lets an importer's invalid model through", () => {
    const broken: ImportFormat = {
      id: "broken",
      label: "Broken",
      detect: () => 1,
      read: () => ({
        ok: true,
        models: [{ ...createLlmInferencePipelineSample(), elements: "oops" }],
        notices: [],
      }),
    };
    const outcome = createImportRegistry([broken]).importText("x", "x");
    expect(outcome).toMatchObject({ ok: false, format: "broken" });
  });

  it("turns an importer that throws into an error", () => {
    const throwing: ImportFormat = {
      id: "t",
      label: "T",
      detect: () => {
        throw new Error("boom");
      },
      read: () => {
        throw new Error("no");
      },
    };
    const alwaysThrowsOnRead: ImportFormat = { ...throwing, detect: () => 1 };
    expect(createImportRegistry([throwing]).importText("{}", "a").ok).toBe(false);
    expect(createImportRegistry([alwaysThrowsOnRead]).importText("{}", "a")).toMatchObject({
      ok: false,
      errors: ["The T importer failed: Error: no"],
    });
  });
});
