import { TRIAGE_STATUSES, type TriageStatus } from "../../domain/decisions";
import { AT_RISK_STATUSES } from "../../domain/decisions";
import type { ThreatModel } from "../../domain/schema";
import { decisionFor } from "../../domain/triage/target";
import { isTriageable } from "../../engine/risk/triageable";
import { severityOf } from "../../engine/scoring";
import { SEVERITIES, type Finding, type Severity } from "../../engine/types";
import { ALL_CATEGORIES, categoryKeysOf } from "../findings/categories";
import { compareFindings } from "../findings/grouping";
import { cellOf, inCell } from "./cells";

export { cellOf, inCell };

/** A 5x5 matrix of counts: `cells[likelihood - 1][impact - 1]`. */
export type Matrix = number[][];

export interface SummaryData {
  /** Findings (custom threats included, questions not) the figures are about. */
  total: number;
  /** Of them, with a status other than Open. */
  triaged: number;
  byStatus: Record<TriageStatus, number>;
  bySeverity: Record<Severity, { total: number; atRisk: number; accepted: number }>;
  byFramework: { stride: number; linddun: number; atlas: number; owasp: number; custom: number };
  /** Categories with at least one finding, in catalog order. */
  byCategory: Array<{ key: string; label: string; count: number }>;
  /** Inherent likelihood x impact (the chosen values); Not applicable left out. */
  inherent: Matrix;
  /** What remains: the assessed residual, else the inherent risk of what is still carried. */
  residual: Matrix;
  inherentBySeverity: Record<Severity, number>;
  residualBySeverity: Record<Severity, number>;
  /** Mitigated or Transferred findings with no residual assessment (not in the residual map). */
  residualUnassessed: number;
  /** Findings still at risk, most severe first. */
  topRisks: Finding[];
}

const emptyMatrix = (): Matrix => Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
const bySeverity = <T>(make: () => T) =>
  Object.fromEntries(SEVERITIES.map((s) => [s, make()])) as Record<Severity, T>;

/** Findings that concern any of the ids (the canvas selection); all when there are none. */
export function inScope(findings: readonly Finding[], ids: readonly string[]): Finding[] {
  if (ids.length === 0) return findings.filter(isTriageable);
  const wanted = new Set(ids);
  return findings.filter((f) => isTriageable(f) && f.targetIds.some((id) => wanted.has(id)));
}

export function summarise(
  doc: ThreatModel,
  findings: readonly Finding[],
  topCount = 5,
): SummaryData {
  const data: SummaryData = {
    total: 0,
    triaged: 0,
    byStatus: Object.fromEntries(TRIAGE_STATUSES.map((s) => [s, 0])) as Record<
      TriageStatus,
      number
    >,
    bySeverity: bySeverity(() => ({ total: 0, atRisk: 0, accepted: 0 })),
    byFramework: { stride: 0, linddun: 0, atlas: 0, owasp: 0, custom: 0 },
    byCategory: [],
    inherent: emptyMatrix(),
    residual: emptyMatrix(),
    inherentBySeverity: bySeverity(() => 0),
    residualBySeverity: bySeverity(() => 0),
    residualUnassessed: 0,
    topRisks: [],
  };
  const categories = new Map<string, number>();
  const atRisk: Finding[] = [];
  for (const finding of findings) {
    if (!isTriageable(finding)) continue;
    const record = decisionFor(doc.triage, finding);
    const status = record?.status ?? "open";
    data.total++;
    if (status !== "open") data.triaged++;
    data.byStatus[status]++;
    const severity = data.bySeverity[finding.severity];
    severity.total++;
    if (AT_RISK_STATUSES.includes(status)) {
      severity.atRisk++;
      atRisk.push(finding);
    } else if (status === "accepted") severity.accepted++;
    if (finding.categories.stride.length > 0) data.byFramework.stride++;
    if (finding.categories.linddun.length > 0) data.byFramework.linddun++;
    if (finding.references.atlas.length > 0) data.byFramework.atlas++;
    if (finding.references.owasp.length > 0) data.byFramework.owasp++;
    if (finding.pack === "custom") data.byFramework.custom++;
    for (const key of categoryKeysOf(finding)) categories.set(key, (categories.get(key) ?? 0) + 1);
    const inherent = cellOf(finding, record, "inherent");
    if (inherent) {
      data.inherent[inherent.likelihood - 1]![inherent.impact - 1]!++;
      data.inherentBySeverity[finding.severity]++;
    }
    const residual = cellOf(finding, record, "residual");
    if (residual) {
      data.residual[residual.likelihood - 1]![residual.impact - 1]!++;
      const carriedAsIs = !record?.residual || AT_RISK_STATUSES.includes(status);
      data.residualBySeverity[
        carriedAsIs ? finding.severity : severityOf(residual.likelihood * residual.impact)
      ]++;
    } else if (status !== "notApplicable") data.residualUnassessed++;
  }
  data.byCategory = ALL_CATEGORIES.filter((c) => categories.has(c.key)).map((c) => ({
    key: c.key,
    label: c.label,
    count: categories.get(c.key)!,
  }));
  data.topRisks = atRisk.sort(compareFindings).slice(0, topCount);
  return data;
}
