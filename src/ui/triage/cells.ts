import { AT_RISK_STATUSES, type TriageRecord } from "../../domain/decisions";
import type { Finding } from "../../engine/types";
import type { RiskCell } from "./triageView";

/**
 * Where a finding sits on the inherent or the residual heat map, or null when it is not there
 * (Not applicable; residual of a Mitigated or Transferred finding nobody assessed).
 */
export function cellOf(
  finding: Finding,
  record: TriageRecord | undefined,
  kind: RiskCell["kind"],
): { likelihood: number; impact: number } | null {
  const status = record?.status ?? "open";
  if (status === "notApplicable") return null;
  const inherent = { likelihood: finding.likelihood, impact: finding.impact };
  if (kind === "inherent") return inherent;
  if (AT_RISK_STATUSES.includes(status)) return inherent;
  if (record?.residual) return record.residual;
  return status === "accepted" ? inherent : null;
}

export function inCell(
  finding: Finding,
  record: TriageRecord | undefined,
  cell: RiskCell,
): boolean {
  const at = cellOf(finding, record, cell.kind);
  return at !== null && at.likelihood === cell.likelihood && at.impact === cell.impact;
}
