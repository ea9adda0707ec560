import { TriageRecordSchema, type TriageStatus } from "../../../domain/decisions";
import {
  CURRENT_SCHEMA_VERSION,
  ThreatModelSchema,
  type ThreatModel,
} from "../../../domain/schema";
import type { EvaluationResult, Finding, Question } from "../../../engine/types";

/** Hand-made test data for the report formatters (independent of the real engine). */

export const FIXED_TIME = "2025-01-02T03:04:05.000Z";

export function smallModel(
  names: { gateway?: string; server?: string; flow?: string } = {},
): ThreatModel {
  return ThreatModelSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
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
    ruleId,
    ruleRevision: 1,
    pack: "stride",
    scope: "interaction",
    rootCause: "flow.clearText",
    aliases: [],
    folded: [],
    claims: [],
    targetIds,
    categories: { stride: ["I"], linddun: ["DD"], ai: [] },
    title: "Prompts travel unencrypted",
    description: "Anyone on the path can read the prompts.",
    mitigations: ["Use TLS between the gateway and the server."],
    because: [{ subjectId: "f1", fact: "encryptedInTransit", value: "no" }],
    references: { atlas: ["AML.T0024"], owasp: ["LLM02:2025"] },
    likelihood: 4,
    impact: 5,
    score: 20,
    severity: "critical",
    ...overrides,
  };
}

export function makeQuestion(overrides: Partial<Question> = {}): Question {
  return {
    id: "authenticatesCallers@server",
    subjectId: "server",
    subjectKind: "element",
    fact: "authenticatesCallers",
    text: "Does Model server authenticate its callers?",
    dependents: [
      {
        ruleId: "STRIDE-PROC-S",
        findingId: "STRIDE-PROC-S@server",
        rootCause: "process.unauthenticatedCallers",
        title: "Callers of Model server may be spoofed",
        severity: "medium",
        targetIds: ["server"],
        categories: { stride: ["S"], linddun: [], ai: [] },
        references: { atlas: [], owasp: [] },
      },
    ],
    ...overrides,
  };
}

export function resultOf(findings: Finding[], questions: Question[] = []): EvaluationResult {
  const byTarget = new Map<string, Finding[]>();
  for (const finding of findings) {
    for (const id of finding.targetIds) byTarget.set(id, [...(byTarget.get(id) ?? []), finding]);
  }
  const questionsBySubject = new Map<string, Question[]>();
  for (const question of questions) {
    questionsBySubject.set(question.subjectId, [
      ...(questionsBySubject.get(question.subjectId) ?? []),
      question,
    ]);
  }
  return { findings, questions, byTarget, questionsBySubject };
}

/** A mixed result: one critical finding, one low finding on a nameless store, one question. */
export function mixedResult(): EvaluationResult {
  return resultOf(
    [
      makeFinding(),
      makeFinding({
        id: "LINDDUN-STORE-L@store",
        ruleId: "LINDDUN-STORE-L",
        pack: "linddun",
        scope: "element",
        targetIds: ["store"],
        categories: { stride: [], linddun: ["L"], ai: [] },
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
    ],
    [makeQuestion()],
  );
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
