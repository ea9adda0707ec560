import type { ModelSettings, TriageRecord } from "../../domain/decisions";
import { dreadScore, dreadSeverity } from "../../engine/dread";
import { riskScore, severityOf } from "../../engine/scoring";
import type { Severity } from "../../engine/types";

/** A finding's risk as the report states it: the team's overrides first, then the engine's. */
export interface Risk {
  likelihood: number;
  impact: number;
  /** Likelihood x impact, 1-25 (the heat map's axes). */
  score: number;
  severity: Severity;
  /** DREAD-AI score (0-10) when the model scores with DREAD and this finding has one. */
  dread: number | null;
  /** "likelihood 4 x impact 5 = 20" or "DREAD-AI 7.2"; what the severity rests on. */
  basis: string;
  /** True when the team changed the computed likelihood or impact. */
  overridden: boolean;
}

export function inherentRisk(
  computed: { likelihood: number; impact: number },
  triage: TriageRecord | null,
  scoring: ModelSettings["scoring"],
): Risk {
  const likelihood = triage?.likelihood ?? computed.likelihood;
  const impact = triage?.impact ?? computed.impact;
  const score = riskScore(likelihood, impact);
  const overridden = likelihood !== computed.likelihood || impact !== computed.impact;
  if (scoring === "dread" && triage?.dread) {
    const dread = dreadScore(triage.dread);
    return {
      likelihood,
      impact,
      score,
      severity: dreadSeverity(dread),
      dread,
      // Rounded down, so a 7.96 never reads "8.0" beside a High.
      basis: `DREAD-AI ${(Math.floor(dread * 10) / 10).toFixed(1)}`,
      overridden,
    };
  }
  return {
    likelihood,
    impact,
    score,
    severity: severityOf(score),
    dread: null,
    basis:
      `likelihood ${likelihood} × impact ${impact} = ${score}` +
      (scoring === "dread" ? " (not yet scored with DREAD-AI)" : ""),
    overridden,
  };
}

/** What remains after the decision, when the team assessed it; null otherwise. */
export function residualRisk(triage: TriageRecord | null): Risk | null {
  if (!triage?.residual) return null;
  const { likelihood, impact } = triage.residual;
  const score = riskScore(likelihood, impact);
  return {
    likelihood,
    impact,
    score,
    severity: severityOf(score),
    dread: null,
    basis: `likelihood ${likelihood} × impact ${impact} = ${score}`,
    overridden: false,
  };
}
