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
  return { model: parsed.value, result: evaluate(parsed.value, { rules: ALL_RULES }) };
}

export const FIXED_TIME = "2026-12-01T10:00:00.000Z";
