import { TriageRecordSchema, type TriageStatus } from "../../../domain/decisions";
import { ThreatModelSchema, type ThreatModel } from "../../../domain/schema";
import type { EvaluationResult, Finding } from "../../../engine/types";

/** Hand-made test data for the report formatters (independent of the real engine). */

export const FIXED_TIME = "2025-01-02T03:04:05.000Z";

export function smallModel(
  names: { gateway?: string; server?: string; flow?: string } = {},
): ThreatModel {
  return ThreatModelSchema.parse({
    schemaVersion: 2,
    id: "model-1",
    name: "Test model",
    createdAt: FIXED_TIME,
    updatedAt: FIXED_TIME,
    elements: [
      {
        id: "gateway",
        type: "process",
        name: names.gateway ?? "API gateway",
        position: { x: 0, y: 0 },
      },
      {
        id: "server",
        type: "process",
        name: names.server ?? "Model server",
        mlKind: "llm",
        position: { x: 200, y: 0 },
      },
      { id: "store", type: "dataStore", name: "", position: { x: 400, y: 0 } },
    ],
    flows: [{ id: "f1", source: "gateway", target: "server", label: names.flow ?? "Prompts" }],
  });
}

export function makeFinding(overrides: Partial<Finding> = {}): Finding {
  const ruleId = overrides.ruleId ?? "STRIDE-FLOW-I";
  const targetIds = overrides.targetIds ?? ["gateway", "f1", "server"];
  return {
    id: `${ruleId}@${targetIds.join(">")}`,
    kind: "finding",
    ruleId,
    ruleRevision: 1,
    pack: "stride",
    scope: "interaction",
    targetIds,
    categories: { stride: ["I"], linddun: ["DD"] },
    title: "Prompts travel unencrypted",
    description: "Anyone on the path can read the prompts.",
    mitigations: ["Use TLS between the gateway and the server."],
    because: [{ subjectId: "f1", fact: "encryptedInTransit", value: "no" }],
    questions: [],
    references: { atlas: ["AML.T0024"], owasp: ["LLM02:2025"] },
    likelihood: 4,
    impact: 5,
    score: 20,
    severity: "critical",
    ...overrides,
  };
}

export function makeQuestion(overrides: Partial<Finding> = {}): Finding {
  return makeFinding({
    id: "STRIDE-PROC-S@server",
    kind: "question",
    ruleId: "STRIDE-PROC-S",
    scope: "element",
    targetIds: ["server"],
    categories: { stride: ["S"], linddun: [] },
    title: "Callers of Model server may be spoofed",
    description: "If the server does not authenticate callers, anyone can pose as the gateway.",
    because: [{ subjectId: "server", fact: "authenticatesCallers", value: "unknown" }],
    questions: [
      {
        subjectId: "server",
        fact: "authenticatesCallers",
        text: "Does Model server authenticate its callers?",
      },
    ],
    references: { atlas: [], owasp: [] },
    likelihood: 3,
    impact: 3,
    score: 9,
    severity: "medium",
    ...overrides,
  });
}

export function resultOf(findings: Finding[]): EvaluationResult {
  const byTarget = new Map<string, Finding[]>();
  for (const finding of findings) {
    for (const id of finding.targetIds) byTarget.set(id, [...(byTarget.get(id) ?? []), finding]);
  }
  return { findings, byTarget };
}

/** A mixed result: one critical finding, one low finding on a nameless store, one question. */
export function mixedResult(): EvaluationResult {
  return resultOf([
    makeFinding(),
    makeFinding({
      id: "LINDDUN-STORE-L@store",
      ruleId: "LINDDUN-STORE-L",
      pack: "linddun",
      scope: "element",
      targetIds: ["store"],
      categories: { stride: [], linddun: ["L"] },
      title: "Records in the store can be linked",
      description: "Stable identifiers let records be joined.",
      mitigations: ["Pseudonymise identifiers."],
      because: [{ subjectId: "store", fact: "containsPersonalData", value: "yes" }],
      references: { atlas: [], owasp: [] },
      likelihood: 2,
      impact: 2,
      score: 4,
      severity: "low",
    }),
    makeQuestion(),
  ]);
}

/** The model with decisions: finding id -> status (other triage fields at their defaults). */
export function withTriage(
  model: ThreatModel,
  statuses: Record<string, TriageStatus>,
  fields: Partial<Record<"justification" | "owner", string>> = {},
): ThreatModel {
  const triage = { ...model.triage };
  for (const [id, status] of Object.entries(statuses)) {
    triage[id] = TriageRecordSchema.parse({ status, ...fields });
  }
  return { ...model, triage };
}
