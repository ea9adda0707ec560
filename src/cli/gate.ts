import type { ThreatModel } from "../domain/schema";
import type { Finding, Severity } from "../engine/types";
import { isOpen } from "../io/report/status";
import { severityRank, sortFindings } from "../io/report/summary";

/**
 * The release gate: open findings at or above the threshold. Questions are not findings and never
 * count (they are not issues until answered), nor do findings triage has closed. Most severe first.
 */
export function gateFailures(
  model: ThreatModel,
  findings: readonly Finding[],
  threshold: Severity,
): Finding[] {
  const min = severityRank(threshold);
  return sortFindings(findings.filter((f) => severityRank(f.severity) >= min && isOpen(model, f)));
}
