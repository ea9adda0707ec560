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
