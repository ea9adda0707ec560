import { CURRENT_SCHEMA_VERSION, ThreatModelSchema, type ThreatModel } from "../../domain/schema";
import * as engine from "../../engine/incremental";
import { installEngineChunk } from "./engineChunk";
import type { Finding } from "../../engine/types";

/** Hand-made data for the panel's pure logic (independent of the rule packs). */

export function sampleDoc(): ThreatModel {
  return ThreatModelSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: "m1",
    name: "Panel test",
    createdAt: "2025-01-01T00:00:00.000Z",
    updatedAt: "2025-01-01T00:00:00.000Z",
    elements: [
      {
        id: "zone",
        type: "trustBoundary",
        name: "Training zone",
        position: { x: 0, y: 0 },
        size: { width: 400, height: 300 },
      },
      { id: "provider", type: "externalEntity", name: "Data vendor", position: { x: 0, y: 0 } },
      {
        id: "store",
        type: "dataStore",
        name: "Training data",
        mlKind: "training-data-store",
        position: { x: 200, y: 0 },
      },
      { id: "job", type: "process", name: "", mlKind: "training-job", position: { x: 400, y: 0 } },
    ],
    flows: [
      { id: "f1", source: "provider", target: "store", label: "Daily batch" },
      { id: "f2", source: "store", target: "job", label: "" },
    ],
  });
}

export function finding(overrides: Partial<Finding> = {}): Finding {
  const ruleId = overrides.ruleId ?? "TEST-01";
  const targetIds = overrides.targetIds ?? ["store"];
  return {
    id: `${ruleId}@${targetIds.join(">")}`,
    ruleId,
    ruleRevision: 1,
    pack: "stride",
    scope: targetIds.length === 3 ? "interaction" : "element",
    rootCause: `test.${ruleId.replace(/[^A-Za-z0-9]/g, "")}`,
    aliases: [],
    folded: [],
    claims: [],
    targetIds,
    categories: { stride: ["T"], linddun: [], ai: [] },
    title: "A test finding",
    description: "Something can go wrong.",
    mitigations: ["Do the right thing."],
    because: [],
    references: { atlas: [], owasp: [] },
    likelihood: 3,
    impact: 3,
    score: 9,
    severity: "medium",
    ...overrides,
  };
}

/** Tests read reference names, links and fact labels as if the engine chunk had arrived. */
export function installCatalogsForTests(): void {
  installEngineChunk(engine);
}
