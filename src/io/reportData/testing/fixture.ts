import { readFileSync } from "node:fs";
import { parseThreatModel } from "../../../domain/document";
import type { ThreatModel } from "../../../domain/schema";
import { evaluate } from "../../../engine/evaluate";
import { ALL_RULES } from "../../../engine/rules";
import type { EvaluationResult } from "../../../engine/types";

/** The triaged v2 fixture (every decision field in use) and the real engine's result on it. */
export function triagedPipeline(): { model: ThreatModel; result: EvaluationResult } {
  const text = readFileSync(
    new URL("../../../domain/migrations/fixtures/v2-triaged-pipeline.json", import.meta.url),
    "utf8",
  );
  const parsed = parseThreatModel(JSON.parse(text));
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  // Who is behind each external entity, answered as in the app's sample (the fixture predates the
  // question): customers call the API, employees run the ML work.
  const audience: Record<string, string> = {
    "api-client": "customers",
    "ml-engineer": "employees",
  };
  const model: ThreatModel = {
    ...parsed.value,
    elements: parsed.value.elements.map((e) =>
      e.type === "externalEntity" && audience[e.id]
        ? ({ ...e, props: { ...e.props, audience: audience[e.id] } } as typeof e)
        : e,
    ),
  };
  return { model, result: evaluate(model, { rules: ALL_RULES }) };
}

export const FIXED_TIME = "2026-12-01T10:00:00.000Z";

/** The triaged pipeline with three checklist items answered: no (with a note), yes, not applicable. */
export function checklistPipeline(): { model: ThreatModel; result: EvaluationResult } {
  const { model, result } = triagedPipeline();
  const checklist: ThreatModel["checklist"] = {
    "DASF-12.3@2.0": {
      answer: "no",
      note: "The incident plan predates the AI platform; an AI annex is planned.",
      by: "Dana Kim",
      at: FIXED_TIME,
    },
    "DASF-12.2@2.0": { answer: "yes", note: "External red team yearly.", by: "", at: null },
    "DASF-2.4@2.0": { answer: "notApplicable", note: "", by: "", at: null },
  };
  return { model: { ...model, checklist }, result };
}
