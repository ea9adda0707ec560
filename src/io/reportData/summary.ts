import { AT_RISK_STATUSES, TRIAGE_STATUSES, type TriageStatus } from "../../domain/decisions";
import { SEVERITIES, type Severity } from "../../engine/types";
import type { HeatMap, ReportFinding, ReportSummary } from "./types";

const TOP_RISKS = 5;

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

export function emptyHeatMap(): HeatMap {
  return Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
}

function place(map: HeatMap, likelihood: number, impact: number): void {
  map[5 - likelihood]![impact - 1]! += 1;
}

const CLOSED: readonly TriageStatus[] = ["mitigated", "accepted", "transferred"];

/**
 * Counts for the executive summary. The inherent map places every finding but the Not applicable
 * ones; the residual map places a finding's assessed residual risk, or its inherent risk while it
 * is still at risk; a closed finding nobody assessed is counted apart, not guessed.
 */
export function summarize(findings: readonly ReportFinding[]): ReportSummary {
  const byStatus = zeros(TRIAGE_STATUSES);
  const bySeverity = zeros<Severity>(SEVERITIES);
  const atRiskBySeverity = zeros<Severity>(SEVERITIES);
  const inherentHeat = emptyHeatMap();
  const residualHeat = emptyHeatMap();
  let residualNotAssessed = 0;
  let atRisk = 0;
  for (const finding of findings) {
    byStatus[finding.status] += 1;
    bySeverity[finding.risk.severity] += 1;
    const risky = AT_RISK_STATUSES.includes(finding.status);
    if (risky) {
      atRisk += 1;
      atRiskBySeverity[finding.risk.severity] += 1;
    }
    if (finding.status === "notApplicable") continue;
    place(inherentHeat, finding.risk.likelihood, finding.risk.impact);
    if (finding.residual) place(residualHeat, finding.residual.likelihood, finding.residual.impact);
    else if (risky) place(residualHeat, finding.risk.likelihood, finding.risk.impact);
    else if (CLOSED.includes(finding.status)) residualNotAssessed += 1;
  }
  const topRisks = findings.filter((f) => AT_RISK_STATUSES.includes(f.status)).slice(0, TOP_RISKS);
  return {
    total: findings.length,
    byStatus,
    bySeverity,
    atRisk,
    atRiskBySeverity,
    inherentHeat,
    residualHeat,
    residualNotAssessed,
    decided: findings.length - byStatus.open - byStatus.needsInvestigation,
    topRisks,
  };
}
