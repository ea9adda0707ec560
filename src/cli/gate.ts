import type { ThreatModel } from "../domain/schema";
import type { Finding, Severity } from "../engine/types";
import { isCarried, isOpen } from "../io/report/status";
import { severityRank, sortFindings } from "../io/report/summary";

export interface GateOptions {
  /** Accepted findings (carried risk) fail too (`--fail-on-accepted`). */
  countAccepted?: boolean;
}

/**
 * The release gate: findings still at risk (Open, Needs investigation, Mitigation in progress)
 * at or above the threshold, by the severity the team chose. Questions never count (they are not
 * issues until answered), nor do findings triage closed; Accepted ones only when asked to.
 * Most severe first.
 */
export function gateFailures(
  model: ThreatModel,
  findings: readonly Finding[],
  threshold: Severity,
  options: GateOptions = {},
): Finding[] {
  const min = severityRank(threshold);
  return sortFindings(
    findings.filter((f) => severityRank(f.severity) >= min && isOpen(model, f, options)),
  );
}

/** Accepted findings at or above the threshold: carried risk, shown beside the gate's verdict. */
export function carriedRisk(
  model: ThreatModel,
  findings: readonly Finding[],
  threshold: Severity,
): Finding[] {
  const min = severityRank(threshold);
  return sortFindings(
    findings.filter((f) => severityRank(f.severity) >= min && isCarried(model, f)),
  );
}
