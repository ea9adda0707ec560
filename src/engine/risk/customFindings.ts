import type { CustomThreat } from "../../domain/decisions";
import { MODEL_TARGET_ID } from "./modelTarget";
import type { ThreatModel } from "../../domain/schema";
import { referencesFromCodes } from "../catalog/citations";
import { riskScore, severityOf } from "../scoring";
import { checklistFindings } from "./checklistFindings";
import type { EvaluationResult, Finding } from "../types";

/** The rule id every custom threat reports under (SARIF, filters, the Rule line). */
export const CUSTOM_RULE_ID = "CUSTOM";
export { MODEL_TARGET_ID };

/**
 * Sorts edition-qualified reference codes into the lists a finding carries, by catalog. Codes
 * no catalog knows stay on the custom threat and are left out here.
 */
export function splitReferences(codes: readonly string[]): Finding["references"] {
  return referencesFromCodes(codes).references;
}

const NO_LIST: never[] = Object.freeze([]) as unknown as never[];
const cache = new WeakMap<CustomThreat, Finding>();

/** A custom threat as a finding: triaged, scored, listed and reported like a generated one. */
export function customThreatFinding(threat: CustomThreat): Finding {
  const cached = cache.get(threat);
  if (cached) return cached;
  const score = riskScore(threat.likelihood, threat.impact);
  const finding: Finding = {
    id: threat.id,
    ruleId: CUSTOM_RULE_ID,
    ruleRevision: 0,
    pack: "custom",
    scope: threat.targetIds.length === 0 ? "model" : "element",
    targetIds: threat.targetIds.length === 0 ? [MODEL_TARGET_ID] : [...threat.targetIds],
    rootCause: "custom",
    aliases: NO_LIST,
    folded: NO_LIST,
    categories: {
      stride: [...threat.categories.stride],
      linddun: [...threat.categories.linddun],
      ai: NO_LIST,
    },
    title: threat.title,
    description: threat.description,
    mitigations: threat.mitigation.trim() ? [threat.mitigation] : NO_LIST,
    because: NO_LIST,
    claims: NO_LIST,
    references: splitReferences(threat.references),
    likelihood: threat.likelihood,
    impact: threat.impact,
    score,
    severity: severityOf(score),
  };
  cache.set(threat, finding);
  return finding;
}

/**
 * The model's custom threats whose elements all exist. One about a deleted element does not
 * apply (its decision is listed as no longer applying) until the element comes back.
 */
export function customThreatFindings(model: ThreatModel): Finding[] {
  if (model.customThreats.length === 0) return [];
  const known = new Set<string>();
  for (const e of model.elements) known.add(e.id);
  for (const f of model.flows) known.add(f.id);
  return model.customThreats
    .filter((t) => t.targetIds.every((id) => known.has(id)))
    .map(customThreatFinding);
}

/**
 * An evaluation with the findings the model itself holds added to its findings and to
 * `byTarget`: its custom threats, and the checklist items its team answered "no".
 */
export function withCustomThreats(result: EvaluationResult, model: ThreatModel): EvaluationResult {
  const custom = [...customThreatFindings(model), ...checklistFindings(model)];
  if (custom.length === 0) return result;
  const byTarget = new Map(result.byTarget);
  for (const finding of custom) {
    for (const id of finding.targetIds) byTarget.set(id, [...(byTarget.get(id) ?? []), finding]);
  }
  return { ...result, findings: [...result.findings, ...custom], byTarget };
}
