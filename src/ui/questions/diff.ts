import type { EvaluationResult, Finding, Question } from "../../engine/types";

/** What changed between two evaluations: findings and questions that appeared or went away. */
export interface EvaluationDiff {
  added: Finding[];
  removed: Finding[];
  questionsAdded: Question[];
  questionsRemoved: Question[];
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

export function diffEvaluations(before: EvaluationResult, after: EvaluationResult): EvaluationDiff {
  const oldFindings = byId(before.findings);
  const newFindings = byId(after.findings);
  const oldQuestions = byId(before.questions);
  const newQuestions = byId(after.questions);
  return {
    added: after.findings.filter((f) => !oldFindings.has(f.id)),
    removed: before.findings.filter((f) => !newFindings.has(f.id)),
    questionsAdded: after.questions.filter((q) => !oldQuestions.has(q.id)),
    questionsRemoved: before.questions.filter((q) => !newQuestions.has(q.id)),
  };
}

export function isEmptyDiff(diff: EvaluationDiff): boolean {
  return (
    diff.added.length === 0 &&
    diff.removed.length === 0 &&
    diff.questionsAdded.length === 0 &&
    diff.questionsRemoved.length === 0
  );
}

function titles(findings: readonly Finding[], max = 3): string {
  const shown = findings.slice(0, max).map((f) => `“${f.title}”`);
  const rest = findings.length - shown.length;
  return rest > 0 ? `${shown.join(", ")} and ${rest} more` : shown.join(", ");
}

/** "Adds 2 findings (“…”, “…”); removes 1 question." */
export function describeDiff(diff: EvaluationDiff): string {
  const parts: string[] = [];
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  if (diff.added.length > 0)
    parts.push(`adds ${n(diff.added.length, "finding", "findings")} (${titles(diff.added)})`);
  if (diff.removed.length > 0) {
    parts.push(
      `removes ${n(diff.removed.length, "finding", "findings")} (${titles(diff.removed)})`,
    );
  }
  const settled = diff.questionsRemoved.length - 1; // the question answered is one of them
  if (settled > 0) parts.push(`settles ${n(settled, "other question", "other questions")}`);
  if (diff.questionsAdded.length > 0) {
    parts.push(`raises ${n(diff.questionsAdded.length, "new question", "new questions")}`);
  }
  if (parts.length === 0) return "Changes no finding.";
  const text = parts.join("; ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
