import type { EvaluationResult, Finding } from "../../engine/types";

/**
 * The one place reports read the engine's result. Today a question is a finding with
 * `kind: "question"` and its own `questions`; when the engine gives questions their own list,
 * only this file changes.
 */

export function engineFindings(result: EvaluationResult): Finding[] {
  return result.findings.filter((finding) => finding.kind === "finding");
}

export interface EngineQuestion {
  /** `${subjectId}#${fact}`: one question per element and unknown fact. */
  key: string;
  subjectId: string;
  fact: string;
  text: string;
  /** Titles of the possible findings that hinge on the answer. */
  dependents: Array<{ id: string; title: string; severity: Finding["severity"] }>;
}

export function engineQuestions(result: EvaluationResult): EngineQuestion[] {
  const byKey = new Map<string, EngineQuestion>();
  for (const finding of result.findings) {
    if (finding.kind !== "question") continue;
    for (const question of finding.questions) {
      const key = `${question.subjectId}#${question.fact}`;
      let entry = byKey.get(key);
      if (!entry) {
        entry = {
          key,
          subjectId: question.subjectId,
          fact: question.fact,
          text: question.text,
          dependents: [],
        };
        byKey.set(key, entry);
      }
      entry.dependents.push({ id: finding.id, title: finding.title, severity: finding.severity });
    }
  }
  return [...byKey.values()];
}
