import {
  AT_RISK_STATUSES,
  type DecisionLogEntry,
  type TriageRecord,
  type TriageStatus,
} from "../../domain/decisions";
import type { ThreatModel } from "../../domain/schema";
import { decisionFor as decisionIn, idsOf } from "../../domain/triage/target";
import { coveringMitigations } from "../../domain/triage/rules";
import { logFor } from "../../domain/triage/log";
import { assessRisk, type RiskAssessment } from "../../engine/risk/assess";
import type { Finding } from "../../engine/types";

/**
 * Triage of a finding, read from the model's validated decisions (schema v2). This is the one
 * place reports and the CI gate read it, so they agree; a finding the engine merged (`aliases`)
 * finds the decision made under its old id.
 */
export type FindingStatus = TriageStatus;

/** A finding, or just its id (custom threats, decisions listed on their own). */
export type FindingRef = string | { id: string; aliases?: readonly string[] };

/**
 * The decision recorded for a finding: under its id, else under one of its aliases (the ids it had
 * before findings were merged per root cause), so triage survives the merge.
 */
export function decisionFor(model: ThreatModel, finding: FindingRef): TriageRecord | undefined {
  return decisionIn(model.triage, typeof finding === "string" ? { id: finding } : finding);
}

/** The same, under the name the triage reports use. */
export const decisionOf = decisionFor;

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

/** Accepted: risk the team carries knowingly, shown in every report, gated only on request. */
export function isCarried(model: ThreatModel, finding: FindingRef): boolean {
  return findingStatus(model, finding) === "accepted";
}

/**
 * Closed findings a code-scanning tool should show as suppressed, with the reason: Not
 * applicable and Accepted, and Mitigated and Transferred too (the team dealt with them).
 */
export function isSuppressed(model: ThreatModel, finding: FindingRef): boolean {
  return !AT_RISK_STATUSES.includes(findingStatus(model, finding));
}

/** The risk under the model's scoring method: computed, chosen, DREAD-AI, residual. */
export function riskOf(
  model: ThreatModel,
  finding: Pick<Finding, "id" | "likelihood" | "impact" | "score" | "severity"> & {
    aliases?: readonly string[];
  },
): RiskAssessment {
  return assessRisk(finding, decisionOf(model, finding), model.settings.scoring);
}

/** The mitigation records that cover a finding (not counting Won't do). */
export function mitigationsOf(model: ThreatModel, finding: FindingRef) {
  return coveringMitigations(model, typeof finding === "string" ? { id: finding } : finding);
}

/** The finding's decision log, oldest first. */
export function decisionLogOf(model: ThreatModel, finding: FindingRef): DecisionLogEntry[] {
  return logFor(model, typeof finding === "string" ? { id: finding } : finding);
}

/** The same for many findings: the log grouped once, so a report stays linear in its size. */
export function decisionLogIndex(model: ThreatModel): (finding: FindingRef) => DecisionLogEntry[] {
  const byFinding = new Map<string, DecisionLogEntry[]>();
  for (const entry of model.decisionLog) {
    const list = byFinding.get(entry.findingId);
    if (list) list.push(entry);
    else byFinding.set(entry.findingId, [entry]);
  }
  return (finding) => {
    const ids = idsOf(typeof finding === "string" ? { id: finding } : finding);
    if (ids.length === 1) return byFinding.get(ids[0]!) ?? [];
    const wanted = new Set(ids);
    return model.decisionLog.filter((entry) => wanted.has(entry.findingId));
  };
}
