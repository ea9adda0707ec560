import type { DecisionLogEntry } from "../../domain/decisions";
import type { ThreatModel } from "../../domain/schema";
import { STATUS_LABELS } from "../../domain/triage/labels";

/**
 * The decision log as CSV (RFC 4180), for auditors and risk registers: one row per status change,
 * oldest first. A cell a spreadsheet would run as a formula (=, +, -, @, tab, carriage return)
 * is prefixed with an apostrophe, so a justification is never executed.
 */
export const DECISION_LOG_COLUMNS = [
  "When",
  "Finding id",
  "Finding",
  "From",
  "To",
  "By",
  "Via",
  "Justification",
] as const;

export function csvCell(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function decisionLogCsv(model: ThreatModel): string {
  const titles = new Map<string, string>();
  for (const threat of model.customThreats) titles.set(threat.id, threat.title);
  for (const [id, record] of Object.entries(model.triage))
    if (record.title) titles.set(id, record.title);
  const row = (entry: DecisionLogEntry) =>
    [
      entry.at,
      entry.findingId,
      titles.get(entry.findingId) ?? "",
      STATUS_LABELS[entry.from],
      STATUS_LABELS[entry.to],
      entry.by,
      entry.via,
      entry.justification,
    ]
      .map(csvCell)
      .join(",");
  return [DECISION_LOG_COLUMNS.join(","), ...model.decisionLog.map(row)].join("\r\n") + "\r\n";
}
