import { AT_RISK_STATUSES, type TriageStatus } from "../../domain/decisions";
import type { ThreatModel } from "../../domain/schema";
import type { Finding } from "../../engine/types";

/**
 * Triage status of a finding, read from the model's validated `triage` record (schema v2).
 * This is the one place reports and the CI gate read it, so they agree.
 */
export type FindingStatus = TriageStatus;

export function findingStatus(model: ThreatModel, findingId: string): FindingStatus {
  return Object.hasOwn(model.triage, findingId) ? model.triage[findingId]!.status : "open";
}

/**
 * Still at risk: Open, Needs investigation or Mitigation in progress. Accepted is carried risk:
 * at risk only when `countAccepted` is set (`--fail-on-accepted`).
 */
export function isOpen(
  model: ThreatModel,
  finding: Pick<Finding, "id">,
  options: { countAccepted?: boolean } = {},
): boolean {
  const status = findingStatus(model, finding.id);
  return (
    AT_RISK_STATUSES.includes(status) || (options.countAccepted === true && status === "accepted")
  );
}
