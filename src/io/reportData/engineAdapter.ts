import type { EvaluationResult, Finding } from "../../engine/types";

/**
 * The one place reports read the engine's result: its findings, and its questions (one per
 * element or flow and unknown fact, with the findings an answer could add).
 */

export function engineFindings(result: EvaluationResult): readonly Finding[] {
  return result.findings;
}

export interface EngineQuestion {
  /** The engine's question id, `${fact}@${subjectId}`. */
  key: string;
  subjectId: string;
  fact: string;
  text: string;
  /** The possible findings that hinge on the answer, most severe first. */
  dependents: Array<{ id: string; title: string; severity: Finding["severity"] }>;
}

export function engineQuestions(result: EvaluationResult): EngineQuestion[] {
  return result.questions.map((question) => ({
    key: question.id,
    subjectId: question.subjectId,
    fact: question.fact,
    text: question.text,
    dependents: question.dependents.map((d) => ({
      id: d.findingId,
      title: d.title,
      severity: d.severity,
    })),
  }));
}
