import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseThreatModel, parseThreatModelJson } from "../document";
import { CURRENT_SCHEMA_VERSION } from "../schema";
import { MIGRATIONS, migrateToCurrent } from "./index";

/**
 * Every schema version ever shipped keeps fixture files here that must still open. Fixtures are
 * committed JSON, written once; tests only read them.
 */
const FIXTURES_DIR = fileURLToPath(new URL("./fixtures/", import.meta.url));
const fixtureFiles = readdirSync(FIXTURES_DIR)
  .filter((name) => name.endsWith(".json"))
  .sort();

function readFixture(name: string): unknown {
  return JSON.parse(readFileSync(FIXTURES_DIR + name, "utf8"));
}

describe("migration fixtures", () => {
  it("include at least one file for every shipped schema version", () => {
    for (let version = 1; version <= CURRENT_SCHEMA_VERSION; version++) {
      expect(fixtureFiles.some((name) => name.startsWith(`v${version}-`))).toBe(true);
    }
  });

  it.each(fixtureFiles)("%s opens with parseThreatModel and keeps its unknown keys", (name) => {
    const raw = readFixture(name) as Record<string, unknown>;
    const result = parseThreatModel(raw);
    if (!result.ok) throw new Error(`${name} did not open:\n${result.errors.join("\n")}`);
    const doc = result.value;
    expect(doc.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    // Everything in the file is still there (defaults may have been added, nothing dropped).
    const { schemaVersion: _version, ...rest } = raw;
    expect(doc).toMatchObject(rest);
  });

  it.each(fixtureFiles)("%s opens from its JSON text too", (name) => {
    const result = parseThreatModelJson(readFileSync(FIXTURES_DIR + name, "utf8"));
    expect(result.ok).toBe(true);
  });

  it("the v1 sample fixture keeps the unknown keys planted in it", () => {
    const result = parseThreatModel(readFixture("v1-llm-pipeline.json"));
    if (!result.ok) throw new Error(result.errors.join("\n"));
    const doc = result.value;
    expect(doc).toHaveProperty("x-exportedBy", { app: "ThreatCanvas", version: "0.1.0" });
    const gateway = doc.elements.find((e) => e.id === "api-gateway");
    expect(gateway).toHaveProperty("x-vendorNote", "kept on import");
    expect(gateway?.props).toHaveProperty("x-wafRuleset", "owasp-crs");
    expect(doc.flows.find((f) => f.id === "flow-prompts")).toHaveProperty("x-style", {
      stroke: "#c00",
    });
  });

  it("the hand-written fixture has no schemaVersion and gets every default", () => {
    const raw = readFixture("v1-minimal-handwritten.json");
    expect(raw).not.toHaveProperty("schemaVersion");
    const result = parseThreatModel(raw);
    if (!result.ok) throw new Error(result.errors.join("\n"));
    expect(result.value.viewport).toBeNull();
    expect(result.value.elements.find((e) => e.id === "user")?.props).toEqual({
      entityKind: "unknown",
      authenticated: "unknown",
      audience: "unknown",
    });
  });
});

describe("migrateToCurrent", () => {
  const body = {
    id: "m",
    createdAt: "2026-01-01T00:00:00Z",
    updatedAt: "2026-01-01T00:00:00Z",
    elements: [],
    flows: [],
  };

  it("has one step per version before the current one", () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(3);
    expect(Object.keys(MIGRATIONS)).toEqual(["1", "2"]);
  });

  it("treats a file with no schemaVersion (or null) as version 1", () => {
    const migrated = migrateToCurrent(body);
    expect(migrated).toEqual({ ok: true, value: { ...body, schemaVersion: 3 }, fromVersion: 1 });
    expect(migrateToCurrent({ ...body, schemaVersion: null })).toMatchObject({
      ok: true,
      fromVersion: 1,
    });
    const parsed = parseThreatModel(body);
    expect(parsed.ok && parsed.value.schemaVersion).toBe(3);
  });

  it("version 1 to 2: decisions start empty; an undocumented v1 `triage` key is kept aside, never honoured", () => {
    const v1 = { ...body, schemaVersion: 1, triage: { "R@x": { status: "accepted" } } };
    const parsed = parseThreatModel(v1);
    if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
    expect(parsed.value.triage).toEqual({});
    expect(parsed.value).toHaveProperty("legacyTriage", { "R@x": { status: "accepted" } });
    expect(parsed.value.mitigations).toEqual([]);
    expect(parsed.value.customThreats).toEqual([]);
    expect(parsed.value.assumptions).toEqual([]);
    expect(parsed.value.decisionLog).toEqual([]);
    expect(parsed.value.settings).toEqual({ scoring: "likelihoodImpact" });
  });

  it("version 2 to 3: the checklist starts unanswered; a `checklist` key in a v2 file is kept aside, never read as answers", () => {
    const stray = { "DASF-12.3@2.0": "done", other: [1, 2] };
    const parsed = parseThreatModel({ ...body, schemaVersion: 2, checklist: stray });
    if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
    expect(parsed.value.checklist).toEqual({});
    expect(parsed.value).toHaveProperty("legacyChecklist", stray);
    const plain = parseThreatModel({ ...body, schemaVersion: 2 });
    expect(plain.ok && plain.value.checklist).toEqual({});
    expect(plain.ok && plain.value).not.toHaveProperty("legacyChecklist");
  });

  it("the v3 fixture keeps its checklist answers, those of items this version does not list too", () => {
    const result = parseThreatModel(readFixture("v3-checklist-answers.json"));
    if (!result.ok) throw new Error(result.errors.join("\n"));
    expect(result.value.checklist["DASF-12.3@2.0"]).toMatchObject({ answer: "no" });
    expect(result.value.checklist["DASF-2.4@2.0"]).toMatchObject({ answer: "notApplicable" });
    expect(result.value.checklist["DASF-99.1@9.0"]).toHaveProperty("x-origin", "future");
  });

  it("refuses a BigInt schemaVersion cleanly (IndexedDB can store one)", () => {
    expect(migrateToCurrent({ ...body, schemaVersion: 2n })).toEqual({
      ok: false,
      error: "schemaVersion: 2 (a BigInt) is not a schema version",
    });
  });

  it("does not modify its input", () => {
    const input = { ...body };
    migrateToCurrent(input);
    expect(input).toEqual(body);
    expect(input).not.toHaveProperty("schemaVersion");
  });

  it("refuses a newer schema version with a clear message", () => {
    expect(migrateToCurrent({ ...body, schemaVersion: 99 })).toEqual({
      ok: false,
      error:
        "schemaVersion: 99 is newer than this app understands (3); update ThreatCanvas to open it",
    });
    expect(parseThreatModel({ ...body, schemaVersion: 99 })).toEqual({
      ok: false,
      errors: [
        "schemaVersion: 99 is newer than this app understands (3); update ThreatCanvas to open it",
      ],
    });
  });

  it.each([0, -1, 1.5, "1", true, {}])("refuses schemaVersion %j", (schemaVersion) => {
    const result = migrateToCurrent({ ...body, schemaVersion });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toBe(
        `schemaVersion: ${JSON.stringify(schemaVersion)} is not a schema version`,
      );
    }
  });

  it.each([null, undefined, 42, "model", [], [body]])("refuses a non-object %j", (value) => {
    expect(migrateToCurrent(value)).toEqual({
      ok: false,
      error: "a threat model must be a JSON object",
    });
  });
});
