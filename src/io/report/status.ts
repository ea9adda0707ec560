import { AT_RISK_STATUSES, type TriageRecord, type TriageStatus } from "../../domain/decisions";
import type { ThreatModel } from "../../domain/schema";
import type { Finding } from "../../engine/types";

/**
 * Triage status of a finding, read from the model's validated `triage` record (schema v2).
 * This is the one place reports and the CI gate read it, so they agree.
 */
export type FindingStatus = TriageStatus;

/** A finding, or just its id (custom threats, decisions listed on their own). */
export type FindingRef = string | (Pick<Finding, "id"> & Partial<Pick<Finding, "aliases">>);

/**
 * The decision recorded for a finding: under its id, else under one of its aliases (the ids it had
 * before findings were merged per root cause), so triage survives the merge.
 */
export function decisionFor(model: ThreatModel, finding: FindingRef): TriageRecord | undefined {
  const triage = model.triage;
  const id = typeof finding === "string" ? finding : finding.id;
  if (Object.hasOwn(triage, id)) return triage[id];
  if (typeof finding === "string") return undefined;
  for (const alias of finding.aliases ?? []) if (Object.hasOwn(triage, alias)) return triage[alias];
  return undefined;
}

export function findingStatus(model: ThreatModel, finding: FindingRef): FindingStatus {
  return decisionFor(model, finding)?.status ?? "open";
}

/**
 * Still at risk: Open, Needs investigation or Mitigation in progress. Accepted is carried risk:
 * at risk only when `countAccepted` is set (`--fail-on-accepted`).
 */
export function isOpen(
  model: ThreatModel,
  finding: FindingRef,
  options: { countAccepted?: boolean } = {},
): boolean {
  const status = findingStatus(model, finding);
  return (
    AT_RISK_STATUSES.includes(status) || (options.countAccepted === true && status === "accepted")
  );
}
