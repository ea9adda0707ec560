import { createHash } from "node:crypto";
import type { EvaluationResult } from "../types";

/**
 * An evaluation result as text that changes whenever anything in it changes, one line per
 * finding and question (its id and a digest of its JSON, key order included), then the two
 * indexes. Compact enough to keep as a snapshot of a 1,000-element model, and a failing diff
 * still names the findings and questions that differ.
 */
export function fingerprint(result: EvaluationResult): string {
  const lines: string[] = [
    `findings ${result.findings.length}, questions ${result.questions.length}`,
  ];
  for (const finding of result.findings) lines.push(`F ${finding.id} ${digest(finding)}`);
  for (const question of result.questions) lines.push(`Q ${question.id} ${digest(question)}`);
  const byTarget = [...result.byTarget].map(([id, list]) => [id, list.map((f) => f.id)]);
  const bySubject = [...result.questionsBySubject].map(([id, list]) => [id, list.map((q) => q.id)]);
  lines.push(`byTarget ${result.byTarget.size} ${digest(byTarget)}`);
  lines.push(`questionsBySubject ${result.questionsBySubject.size} ${digest(bySubject)}`);
  return lines.join("\n") + "\n";
}

function digest(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 16);
}

/**
 * Everything a result says, one line per finding, question and index entry: what an equality
 * assertion compares (deep equality on thousands of objects is slow) with a readable diff.
 */
export function comparable(result: EvaluationResult) {
  return {
    findings: result.findings.map((f) => JSON.stringify(f)),
    byTarget: [...result.byTarget.entries()].map(
      ([id, list]) => `${id}: ${list.map((f) => f.id).join(" ")}`,
    ),
    questions: result.questions.map((q) => JSON.stringify(q)),
    questionsBySubject: [...result.questionsBySubject.entries()].map(
      ([id, list]) => `${id}: ${list.map((q) => q.id).join(" ")}`,
    ),
  };
}
