import { CURRENT_SCHEMA_VERSION, ThreatModelSchema, type ThreatModel } from "../domain/schema";
import type { ReviewedFinding, ReviewedQuestion } from "./engineResult";
import { GoldenFileSchema, type GoldenFile, type GoldenFileInput } from "./golden";

/** Test helpers: tiny fake results and models, so the scoring logic is tested without the engine. */

export function fakeFinding(fields: Partial<ReviewedFinding> & { id: string }): ReviewedFinding {
  const title = fields.title ?? fields.id;
  return {
    title,
    text: fields.text ?? title,
    rawText: fields.rawText ?? fields.text ?? title,
    targetIds: fields.subjects ?? ["llm"],
    subjects: ["llm"],
    stride: [],
    linddun: [],
    references: [],
    severity: "medium",
    ai: false,
    aiCatalog: false,
    ...fields,
  };
}

export function fakeQuestion(
  fields: Partial<ReviewedQuestion> & { subjectId: string; fact: string },
): ReviewedQuestion {
  return {
    askedBy: `Q@${fields.subjectId}`,
    text: `Is ${fields.fact} set on ${fields.subjectId}?`,
    potential: [],
    ...fields,
  };
}

/** Client -> LLM, LLM -> log store; the LLM and the store in one zone. */
export function tinyModel(): ThreatModel {
  return ThreatModelSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: "tiny",
    name: "Tiny",
    createdAt: "2026-09-01T09:00:00.000Z",
    updatedAt: "2026-09-01T09:00:00.000Z",
    elements: [
      {
        id: "zone",
        type: "trustBoundary",
        name: "Zone",
        position: { x: 0, y: 0 },
        size: { width: 600, height: 400 },
      },
      { id: "client", type: "externalEntity", name: "Client", position: { x: -300, y: 0 } },
      {
        id: "llm",
        type: "process",
        name: "Chat model",
        mlKind: "llm",
        parentId: "zone",
        position: { x: 20, y: 50 },
      },
      {
        id: "logs",
        type: "dataStore",
        name: "Log store",
        parentId: "zone",
        position: { x: 300, y: 50 },
      },
    ],
    flows: [
      { id: "f-ask", source: "client", target: "llm", label: "Questions" },
      { id: "f-log", source: "llm", target: "logs", label: "" },
    ],
  });
}

export function golden(input: Omit<GoldenFileInput, "modelId"> & { modelId?: string }): GoldenFile {
  return GoldenFileSchema.parse({ modelId: "tiny", ...input });
}
