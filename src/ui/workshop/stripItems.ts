import type { PromptMatch } from "../../engine/prompts";
import type { EvaluationResult, Finding, Question } from "../../engine/types";
import { primaryTargetId } from "../findings/targets";
import { SEVERITY_RANK } from "../findings/severity";

/** One thing the room looks at, at one step of the walk. */
export type StripItem =
  | { kind: "prompt"; key: string; prompt: PromptMatch }
  | { kind: "finding"; key: string; finding: Finding }
  | { kind: "question"; key: string; question: Question };

/**
 * What is discussed at one step, one at a time: the blind-spot prompts first (the room thinks
 * before it reads what the tool says), then the findings listed under the item (an interaction's
 * at its flow, as in the threats list), most severe first, then its open questions.
 */
export function stripItemsFor(
  stepId: string,
  threats: EvaluationResult,
  prompts: ReadonlyMap<string, readonly PromptMatch[]>,
): StripItem[] {
  const items: StripItem[] = [];
  for (const prompt of prompts.get(stepId) ?? []) {
    items.push({ kind: "prompt", key: `prompt:${prompt.key}`, prompt });
  }
  const findings = (threats.byTarget.get(stepId) ?? []).filter(
    (finding) => primaryTargetId(finding) === stepId,
  );
  const ordered = findings
    .map((finding, order) => ({ finding, order }))
    .sort(
      (a, b) =>
        SEVERITY_RANK[b.finding.severity] - SEVERITY_RANK[a.finding.severity] ||
        b.finding.score - a.finding.score ||
        a.order - b.order,
    );
  for (const { finding } of ordered) {
    items.push({ kind: "finding", key: `finding:${finding.id}`, finding });
  }
  for (const question of threats.questionsBySubject.get(stepId) ?? []) {
    items.push({ kind: "question", key: `question:${question.id}`, question });
  }
  return items;
}

/** How many findings, questions and prompts a step has, for "3 findings · 1 question". */
export function countItems(items: readonly StripItem[]): Record<StripItem["kind"], number> {
  const counts = { prompt: 0, finding: 0, question: 0 };
  for (const item of items) counts[item.kind] += 1;
  return counts;
}
