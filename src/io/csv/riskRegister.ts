import { MITIGATION_STATUS_LABELS, TRIAGE_STATUS_LABELS } from "../../domain/labels";
import type { Severity } from "../../engine/types";
import type { ReportData, ReportFinding } from "../reportData";
import { csvDocument } from "./csv";

export const SEVERITY_LABELS: Record<Severity, string> = {
  critical: "Critical",
  high: "High",
  medium: "Medium",
  low: "Low",
  info: "Info",
};

export const RISK_REGISTER_COLUMNS = [
  "Finding id",
  "Element",
  "Categories",
  "Title",
  "Severity",
  "Score",
  "Likelihood",
  "Impact",
  "Scored by",
  "Status",
  "Owner",
  "Ticket",
  "Review by",
  "Justification",
  "Residual severity",
  "Mitigations",
  "References",
  "Source",
] as const;

const MODEL_WIDE = "(whole model)";

/** One row per finding (generated or custom), in report order. */
export function formatRiskRegisterCsv(data: ReportData): string {
  return csvDocument([RISK_REGISTER_COLUMNS, ...data.findings.map(row)]);
}

function row(f: ReportFinding): Array<string | number> {
  return [
    f.id,
    f.targets.map((t) => t.name).join(" → ") || MODEL_WIDE,
    [
      ...f.categories.stride.map((c) => `STRIDE ${c}`),
      ...f.categories.linddun.map((c) => `LINDDUN ${c}`),
    ].join("; "),
    f.title,
    SEVERITY_LABELS[f.risk.severity],
    f.risk.dread !== null ? Math.floor(f.risk.dread * 10) / 10 : f.risk.score,
    f.risk.likelihood,
    f.risk.impact,
    f.risk.dread !== null ? "DREAD-AI (0-10)" : "Likelihood x impact (1-25)",
    TRIAGE_STATUS_LABELS[f.status],
    f.triage?.owner ?? "",
    f.triage?.ticket ?? "",
    f.triage?.reviewBy ?? "",
    f.triage?.justification ?? "",
    f.residual ? SEVERITY_LABELS[f.residual.severity] : "",
    mitigationsText(f),
    f.references.map((r) => r.id).join("; "),
    f.origin === "custom"
      ? "Custom threat"
      : f.origin === "checklist"
        ? `Checklist ${f.references[0]?.id ?? f.ruleId ?? ""}`
        : `Rule ${f.ruleId ?? ""}`,
  ];
}

function mitigationsText(f: ReportFinding): string {
  const recorded = f.mitigationRecords.map((m) => {
    const details = [MITIGATION_STATUS_LABELS[m.status], m.owner, m.ticket]
      .filter(Boolean)
      .join(", ");
    return `${m.title} (${details})`;
  });
  const suggested = f.suggestedMitigations.map((text) => `Suggested: ${text}`);
  return [...recorded, ...suggested].join("\n");
}
