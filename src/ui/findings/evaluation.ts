import { evaluate } from "../../engine/evaluate";
import type { EvaluationResult, Severity } from "../../engine/types";
import type { ThreatModel } from "../../domain/schema";
import { SEVERITY_RANK } from "./severity";

/**
 * The live evaluation of the open document: recomputed (incrementally) whenever the document
 * object changes, synchronously, so findings are on screen in the same frame as the edit.
 */
const evaluator = { evaluate: (doc: ThreatModel) => evaluate(doc) };
let lastDoc: ThreatModel | null = null;
let lastResult: EvaluationResult | null = null;
let lastSummaries: Map<string, ElementFindingSummary> = new Map();

export interface ElementFindingSummary {
  count: number;
  highest: Severity;
}

export function evaluationOf(doc: ThreatModel): EvaluationResult {
  if (doc === lastDoc && lastResult) return lastResult;
  const result = evaluator.evaluate(doc);
  lastResult = result;
  lastDoc = doc;
  lastSummaries = summarise(result);
  return result;
}

export function summaryOf(doc: ThreatModel, elementId: string): ElementFindingSummary | undefined {
  evaluationOf(doc);
  return lastSummaries.get(elementId);
}

/** Per element: how many findings (not questions) and the highest severity among them. */
function summarise(result: EvaluationResult): Map<string, ElementFindingSummary> {
  const out = new Map<string, ElementFindingSummary>();
  for (const finding of result.findings) {
    if (finding.kind !== "finding") continue;
    const id = finding.targetIds.length === 3 ? finding.targetIds[1]! : finding.targetIds[0]!;
    const current = out.get(id);
    if (!current) out.set(id, { count: 1, highest: finding.severity });
    else {
      current.count++;
      if (SEVERITY_RANK[finding.severity] > SEVERITY_RANK[current.highest]) {
        current.highest = finding.severity;
      }
    }
  }
  return out;
}
