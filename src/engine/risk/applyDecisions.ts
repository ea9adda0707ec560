import type { ThreatModel } from "../../domain/schema";
import type { EvaluationResult, Finding } from "../types";
import { withCustomThreats } from "./customFindings";
import { effectiveFindings } from "./effective";

/**
 * What reports and the gate read: the engine's result with the model's custom threats added and
 * the team's scores applied (see `effectiveFinding`), in findings and in `byTarget` alike.
 */
export function applyDecisions(result: EvaluationResult, model: ThreatModel): EvaluationResult {
  const all = withCustomThreats(result, model);
  const findings = effectiveFindings(model, all.findings);
  if (findings.every((f, i) => f === all.findings[i])) return all;
  const swap = new Map<Finding, Finding>();
  all.findings.forEach((f, i) => {
    if (findings[i] !== f) swap.set(f, findings[i]!);
  });
  const byTarget = new Map<string, readonly Finding[]>();
  for (const [id, list] of all.byTarget)
    byTarget.set(
      id,
      list.map((f) => swap.get(f) ?? f),
    );
  return { ...all, findings, byTarget };
}
