import type { TriageStatus } from "../../domain/decisions";
import type { ThreatModel } from "../../domain/schema";
import { riskScore, severityOf } from "../../engine/scoring";
import type { LinddunCode, StrideCode } from "../../engine/rules/schema";
import type { EvaluationResult, Finding, Severity } from "../../engine/types";
import { decisionFor } from "../report/status";

/**
 * Every threat a model has, as exporters write them: the engine's findings and the custom
 * threats, each with its triage decision. Questions are not threats (they are unknown facts):
 * this is the one place that tells them apart, to move when the engine lists questions apart.
 */
export interface ExportThreat {
  /** The finding id (generated) or the custom threat's id. */
  id: string;
  generated: boolean;
  targetIds: string[];
  title: string;
  description: string;
  stride: StrideCode[];
  linddun: LinddunCode[];
  references: string[];
  mitigation: string;
  likelihood: number;
  impact: number;
  severity: Severity;
  status: TriageStatus;
  justification: string;
}

/** Findings only: open questions are not threats, and no other tool's format has a place for them. */
export function reportableFindings(evaluation: EvaluationResult): Finding[] {
  return evaluation.findings;
}

export function threatsForExport(doc: ThreatModel, evaluation: EvaluationResult): ExportThreat[] {
  const triageOf = (id: string) => (Object.hasOwn(doc.triage, id) ? doc.triage[id] : undefined);
  const custom = new Set(doc.customThreats.map((t) => t.id));
  const generated = reportableFindings(evaluation)
    .filter((f) => !custom.has(f.id))
    .map((finding): ExportThreat => {
      // Triage recorded under an id this finding now merges is kept (see `aliases`).
      const record = decisionFor(doc, finding);
      const likelihood = record?.likelihood ?? finding.likelihood;
      const impact = record?.impact ?? finding.impact;
      return {
        id: finding.id,
        generated: true,
        targetIds: finding.targetIds,
        title: finding.title,
        description: finding.description,
        stride: finding.categories.stride,
        linddun: finding.categories.linddun,
        references: Object.values(finding.references).flatMap((codes) => codes ?? []),
        mitigation: finding.mitigations.join("\n"),
        likelihood,
        impact,
        severity: severityOf(riskScore(likelihood, impact)),
        status: record?.status ?? "open",
        justification: record?.justification ?? "",
      };
    });
  const customs = doc.customThreats.map((threat): ExportThreat => {
    const record = triageOf(threat.id);
    const likelihood = record?.likelihood ?? threat.likelihood;
    const impact = record?.impact ?? threat.impact;
    return {
      id: threat.id,
      generated: false,
      targetIds: threat.targetIds,
      title: threat.title,
      description: threat.description,
      stride: threat.categories.stride,
      linddun: threat.categories.linddun,
      references: threat.references,
      mitigation: threat.mitigation,
      likelihood,
      impact,
      severity: severityOf(riskScore(likelihood, impact)),
      status: record?.status ?? "open",
      justification: record?.justification ?? "",
    };
  });
  return [...generated, ...customs];
}
