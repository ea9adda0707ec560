import type { ThreatModel } from "../../domain/schema";
import { changedDecisionIds, decisionFor, indexByDecisionId } from "../../domain/triage/target";
import { createDecisionApplier } from "../../engine/risk/effective";
import { isTriageable } from "../../engine/risk/triageable";
import type { EvaluationResult, Finding, Severity } from "../../engine/types";
import { SEVERITY_RANK } from "../findings/severity";
import { evaluationOf, withCustomThreatsOf } from "../findings/evaluation";

/**
 * Everything the threat views list: the engine's findings and questions, the model's custom
 * threats and the checklist items answered "no", with the team's scores applied. Cached in steps so that each step's output keeps its
 * identity when its inputs do: a status change (no score moves) gives back the same list, and
 * nothing that lists findings re-renders.
 */
interface MergeInputs {
  base: EvaluationResult;
  /** What the merge read of it: custom threats, checklist answers, elements and flows. */
  doc: ThreatModel;
}
let mergedFrom: MergeInputs | null = null;
let merged: EvaluationResult | null = null;
const apply = createDecisionApplier();
let lastIn: Finding[] | null = null;
let appliedFrom: {
  merged: EvaluationResult;
  triage: ThreatModel["triage"];
  method: ThreatModel["settings"]["scoring"];
  result: EvaluationResult;
} | null = null;
let lastOut: EvaluationResult | null = null;

export function threatsOf(doc: ThreatModel): EvaluationResult {
  const base = evaluationOf(doc);
  const from = mergedFrom;
  if (
    !merged ||
    !from ||
    from.base !== base ||
    from.doc.customThreats !== doc.customThreats ||
    from.doc.checklist !== doc.checklist ||
    from.doc.elements !== doc.elements ||
    from.doc.flows !== doc.flows
  ) {
    merged = withCustomThreatsOf(base, doc);
    mergedFrom = { base, doc };
  }
  // Called by every badge's selector on every store change: the same inputs answer at once.
  if (
    appliedFrom &&
    appliedFrom.merged === merged &&
    appliedFrom.triage === doc.triage &&
    appliedFrom.method === doc.settings.scoring
  ) {
    return appliedFrom.result;
  }
  const findings = apply(doc, merged.findings);
  let result: EvaluationResult;
  if (findings === merged.findings) result = merged;
  else if (lastOut && findings === lastIn) result = lastOut;
  else {
    lastIn = findings;
    lastOut = { ...merged, findings };
    result = lastOut;
  }
  appliedFrom = { merged, triage: doc.triage, method: doc.settings.scoring, result };
  return result;
}

export interface ThreatSummary {
  /** Findings (not questions) shown on the element or flow. */
  count: number;
  highest: Severity;
  /** Of them, still Open (nobody triaged them). */
  untriaged: number;
}

let summariesFrom: { threats: EvaluationResult; triage: ThreatModel["triage"] } | null = null;
let summaries = new Map<string, ThreatSummary>();
const byDecisionId = new WeakMap<EvaluationResult, Map<string, Finding[]>>();

/** The element or flow a finding is shown on: an interaction's flow, else its first target. */
export function shownOn(finding: Finding): string {
  return finding.targetIds.length === 3 ? finding.targetIds[1]! : finding.targetIds[0]!;
}

/**
 * Per element and flow: findings, highest severity, how many are untriaged. Cheap enough for
 * every badge on every store change: a cache check and a lookup. A change of decisions alone
 * updates the counts of the findings it touched, not every finding's.
 */
export function threatSummaryOf(doc: ThreatModel, id: string): ThreatSummary | undefined {
  const threats = threatsOf(doc);
  if (!summariesFrom || summariesFrom.threats !== threats) {
    summaries = summarise(threats.findings, doc.triage);
  } else if (summariesFrom.triage !== doc.triage) {
    summaries = updateUntriaged(summaries, threats, summariesFrom.triage, doc.triage);
  }
  summariesFrom = { threats, triage: doc.triage };
  return summaries.get(id);
}

const isUntriaged = (triage: ThreatModel["triage"], finding: Finding) =>
  (decisionFor(triage, finding)?.status ?? "open") === "open";

function updateUntriaged(
  current: Map<string, ThreatSummary>,
  threats: EvaluationResult,
  before: ThreatModel["triage"],
  after: ThreatModel["triage"],
): Map<string, ThreatSummary> {
  let index = byDecisionId.get(threats);
  if (!index) byDecisionId.set(threats, (index = indexByDecisionId(threats.findings)));
  const seen = new Set<Finding>();
  let next: Map<string, ThreatSummary> | null = null;
  for (const id of changedDecisionIds(before, after)) {
    for (const finding of index.get(id) ?? []) {
      if (seen.has(finding) || !isTriageable(finding)) continue;
      seen.add(finding);
      const delta = Number(isUntriaged(after, finding)) - Number(isUntriaged(before, finding));
      if (delta === 0) continue;
      next ??= new Map(current);
      const key = shownOn(finding);
      const entry = next.get(key);
      if (entry) next.set(key, { ...entry, untriaged: entry.untriaged + delta });
    }
  }
  return next ?? current;
}

export function summarise(
  findings: readonly Finding[],
  triage: ThreatModel["triage"],
): Map<string, ThreatSummary> {
  const out = new Map<string, ThreatSummary>();
  for (const finding of findings) {
    if (!isTriageable(finding)) continue;
    const id = shownOn(finding);
    const untriaged = (decisionFor(triage, finding)?.status ?? "open") === "open" ? 1 : 0;
    const current = out.get(id);
    if (!current) out.set(id, { count: 1, highest: finding.severity, untriaged });
    else {
      current.count++;
      current.untriaged += untriaged;
      if (SEVERITY_RANK[finding.severity] > SEVERITY_RANK[current.highest]) {
        current.highest = finding.severity;
      }
    }
  }
  return out;
}
