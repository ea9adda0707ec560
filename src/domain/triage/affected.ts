import type { ThreatModel } from "../schema";
import { decisionTargetIds, hasDecision } from "./target";

/**
 * The decisions a deletion touches: those about a deleted element, boundary or flow, or about a
 * flow that goes with a deleted element. They are not dropped (they are listed as no longer
 * applying, and undo brings the element back with them); this says how many, before or as it
 * happens.
 */
export function decisionsAffectedByRemoval(doc: ThreatModel, ids: Iterable<string>): string[] {
  const removed = new Set(ids);
  if (removed.size === 0) return [];
  for (const flow of doc.flows) {
    if (removed.has(flow.source) || removed.has(flow.target)) removed.add(flow.id);
  }
  const out: string[] = [];
  for (const [findingId, record] of Object.entries(doc.triage)) {
    if (!hasDecision(record)) continue;
    if (decisionTargetIds(doc, findingId).some((id) => removed.has(id))) out.push(findingId);
  }
  return out;
}
