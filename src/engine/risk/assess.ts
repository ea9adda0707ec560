import type { ModelSettings, TriageRecord, TriageStatus } from "../../domain/decisions";
import { RESIDUAL_STATUSES } from "../../domain/triage/rules";
import { riskScore, severityOf } from "../scoring";
import type { Finding, Severity } from "../types";
import { dreadScore, type DreadResult } from "./dread";
import { computedOf } from "./effective";

export type ScoringMethod = ModelSettings["scoring"];

export interface LikelihoodImpactRisk {
  likelihood: number;
  impact: number;
  /** likelihood x impact, 1-25 */
  score: number;
  severity: Severity;
}

/**
 * A finding's risk under the model's scoring method: what the rule (or the custom threat)
 * computed, what the team chose, the DREAD-AI score when there is one, the severity that counts,
 * and the residual risk of a decision that carries one.
 */
export interface RiskAssessment {
  method: ScoringMethod;
  /** The rule's default likelihood and impact. */
  computed: LikelihoodImpactRisk;
  /** With the team's overrides; equal to `computed` when there are none. */
  chosen: LikelihoodImpactRisk & { overridden: boolean };
  /** Under DREAD scoring, once someone scored the finding; null otherwise. */
  dread: DreadResult | null;
  /** What counts: the DREAD-AI priority when scored that way, else the chosen likelihood x impact. */
  severity: Severity;
  /**
   * What remains: the residual likelihood x impact of a Mitigated, Accepted or Transferred
   * finding when the team assessed one; null otherwise.
   */
  residual: LikelihoodImpactRisk | null;
}

export function likelihoodImpact(likelihood: number, impact: number): LikelihoodImpactRisk {
  const score = riskScore(likelihood, impact);
  return { likelihood, impact, score, severity: severityOf(score) };
}

export function assessRisk(
  finding: Pick<Finding, "likelihood" | "impact" | "score" | "severity">,
  record: TriageRecord | undefined,
  method: ScoringMethod,
): RiskAssessment {
  const base = computedOf(finding);
  // The engine's own figures, as it gave them (its severity may weigh more than the product).
  const computed = {
    likelihood: base.likelihood,
    impact: base.impact,
    score: base.score,
    severity: base.severity,
  };
  const likelihood = record?.likelihood ?? computed.likelihood;
  const impact = record?.impact ?? computed.impact;
  const overridden = likelihood !== computed.likelihood || impact !== computed.impact;
  const chosen = overridden
    ? { ...likelihoodImpact(likelihood, impact), overridden }
    : { ...computed, overridden };
  const dread = method === "dread" && record?.dread ? dreadScore(record.dread) : null;
  const status: TriageStatus = record?.status ?? "open";
  const residual =
    record?.residual && RESIDUAL_STATUSES.includes(status)
      ? likelihoodImpact(record.residual.likelihood, record.residual.impact)
      : null;
  return {
    method,
    computed,
    chosen,
    dread,
    severity: dread?.severity ?? chosen.severity,
    residual,
  };
}
