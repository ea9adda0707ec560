import type { EvaluationResult } from "../types";

export type Outcome = "finding" | "question";

/**
 * What the result says about each item, keyed by the first id a finding names: "finding" when a
 * finding names it, "question" when only a question's dependent would.
 */
export function outcomesOf(result: EvaluationResult): Record<string, Outcome> {
  const out: Record<string, Outcome> = {};
  for (const finding of result.findings) out[finding.targetIds[0]!] = "finding";
  for (const question of result.questions) {
    for (const dependent of question.dependents) {
      const key = dependent.targetIds[0]!;
      if (out[key] === undefined) out[key] = "question";
    }
  }
  return out;
}
