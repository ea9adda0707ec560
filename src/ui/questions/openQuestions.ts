import type { EvaluationResult, Severity } from "../../engine/types";
import { SEVERITY_RANK } from "../findings/severity";

/**
 * The one adapter between the engine and the Questions tab. Today the engine reports an open
 * question as a finding of `kind: "question"` listing what to answer; the tab wants one entry
 * per element (or flow) and fact, with the threats that hinge on it. When the engine reports
 * questions on their own, only this function changes.
 */
export interface OpenQuestion {
  /** `${subjectId}:${fact}`: stable while the question is open. */
  key: string;
  subjectId: string;
  fact: string;
  text: string;
  /** Threats that become definite (or go away) once it is answered, most severe first. */
  dependents: Array<{ findingId: string; title: string; severity: Severity }>;
  /** The most severe of them: how much the answer matters. */
  highest: Severity;
}

export function openQuestions(evaluation: EvaluationResult): OpenQuestion[] {
  const byKey = new Map<string, OpenQuestion>();
  for (const finding of evaluation.findings) {
    if (finding.kind !== "question") continue;
    for (const q of finding.questions) {
      const key = `${q.subjectId}:${q.fact}`;
      let entry = byKey.get(key);
      if (!entry) {
        entry = {
          key,
          subjectId: q.subjectId,
          fact: q.fact,
          text: q.text,
          dependents: [],
          highest: finding.severity,
        };
        byKey.set(key, entry);
      }
      if (!entry.dependents.some((d) => d.findingId === finding.id)) {
        entry.dependents.push({
          findingId: finding.id,
          title: finding.title,
          severity: finding.severity,
        });
      }
      if (SEVERITY_RANK[finding.severity] > SEVERITY_RANK[entry.highest])
        entry.highest = finding.severity;
    }
  }
  const out = [...byKey.values()];
  for (const q of out) {
    q.dependents.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  }
  // Most consequential first; then in the order the engine reported them.
  return out
    .map((q, order) => ({ q, order }))
    .sort((a, b) => SEVERITY_RANK[b.q.highest] - SEVERITY_RANK[a.q.highest] || a.order - b.order)
    .map(({ q }) => q);
}
