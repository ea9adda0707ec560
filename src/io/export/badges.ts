import { AT_RISK_STATUSES } from "../../domain/decisions";
import type { Severity } from "../../engine/types";
import type { Badge } from "../diagram/scene";
import { severityRank } from "../report/summary";
import type { ReportData } from "../reportData";

/**
 * Open findings per element (interaction findings on their flow), drawn on the diagram. On its
 * own so that what prints the report in the page (PrintReport) does not bring PDFKit with it.
 */
export function diagramBadges(data: ReportData): Map<string, Badge> {
  const badges = new Map<string, Badge>();
  for (const finding of data.findings) {
    if (!AT_RISK_STATUSES.includes(finding.status)) continue;
    const target = finding.targets.length === 3 ? finding.targets[1] : finding.targets[0];
    if (!target) continue;
    const current = badges.get(target.id);
    const severity: Severity = finding.risk.severity;
    if (!current) badges.set(target.id, { count: 1, severity });
    else {
      current.count += 1;
      if (severityRank(severity) > severityRank(current.severity)) current.severity = severity;
    }
  }
  return badges;
}
