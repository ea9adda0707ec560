import type { EvaluationResult, Finding } from "./types";

/**
 * Puts per-target findings together in a fixed order: model findings, then elements in
 * document order, then flows in document order; within a target, rule order.
 */
export function assemble(
  modelFindings: readonly Finding[],
  perElement: readonly (readonly Finding[])[],
  perFlow: readonly (readonly Finding[])[],
): EvaluationResult {
  let total = modelFindings.length;
  for (const list of perElement) total += list.length;
  for (const list of perFlow) total += list.length;
  const findings = new Array<Finding>(total);
  let next = 0;
  for (const f of modelFindings) findings[next++] = f;
  for (const list of perElement) for (const f of list) findings[next++] = f;
  for (const list of perFlow) for (const f of list) findings[next++] = f;
  const byTarget = new Map<string, Finding[]>();
  for (const finding of findings) {
    for (const id of finding.targetIds) {
      const list = byTarget.get(id);
      if (list) list.push(finding);
      else byTarget.set(id, [finding]);
    }
  }
  return { findings, byTarget };
}
