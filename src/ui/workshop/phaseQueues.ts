import { AT_RISK_STATUSES, type TriageStatus } from "../../domain/decisions";
import type { ThreatModel } from "../../domain/schema";
import { decisionFor } from "../../domain/triage/target";
import { computedOf } from "../../engine/risk/effective";
import { isTriageable } from "../../engine/risk/triageable";
import type { Finding } from "../../engine/types";
import { SEVERITY_RANK } from "../findings/severity";

/**
 * What the room goes through one at a time in the scoring and the mitigation phases. Ordered by
 * the engine's own figures (most severe first), not the team's: scoring a finding does not move
 * it in the queue under the room's eyes.
 */
function byEngineRisk(a: Finding, b: Finding): number {
  const x = computedOf(a);
  const y = computedOf(b);
  return (
    SEVERITY_RANK[y.severity] - SEVERITY_RANK[x.severity] ||
    y.score - x.score ||
    (a.title < b.title ? -1 : a.title > b.title ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

function queue(
  doc: ThreatModel,
  findings: readonly Finding[],
  keep: (status: TriageStatus) => boolean,
): Finding[] {
  return findings
    .filter((f) => isTriageable(f) && keep(decisionFor(doc.triage, f)?.status ?? "open"))
    .sort(byEngineRisk);
}

/** Scoring: every finding that applies (Not applicable ones have no risk to score). */
export function scoringQueue(doc: ThreatModel, findings: readonly Finding[]): Finding[] {
  return queue(doc, findings, (status) => status !== "notApplicable");
}

/** Mitigations: the findings still at risk (Open, Needs investigation, Mitigation in progress). */
export function planQueue(doc: ThreatModel, findings: readonly Finding[]): Finding[] {
  return queue(doc, findings, (status) => AT_RISK_STATUSES.includes(status));
}

/** The position to show: the one asked for, kept inside the queue. */
export function clampIndex(index: number, length: number): number {
  return length === 0 ? 0 : Math.min(Math.max(0, index), length - 1);
}
