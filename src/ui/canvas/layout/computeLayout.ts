import { applyLayout } from "../../../domain/layout/apply";
import { layoutProblem } from "../../../domain/layout/problem";
import type { OperationResult } from "../../../domain/operations/result";
import type { ThreatModel } from "../../../domain/schema";
import { layoutWithElk } from "./elkRunner";

/**
 * The whole auto layout, loaded on first use: what to arrange, ELK's answer, and the document
 * with everything in its new place (not yet applied: the Auto layout command does that).
 */
export async function computeLayout(
  doc: ThreatModel,
  ids: readonly string[],
): Promise<{ result: OperationResult; placed: number }> {
  const problem = layoutProblem(doc, ids);
  if (problem.groups.length === 0) return { result: { ok: true, doc }, placed: 0 };
  const placements = await layoutWithElk(problem, doc.elements.length);
  return { result: applyLayout(doc, placements), placed: placements.length };
}
