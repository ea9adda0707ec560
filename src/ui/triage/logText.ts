import type { DecisionLogEntry } from "../../domain/decisions";
import { STATUS_LABELS } from "../../domain/triage/labels";

export const VIA_LABELS: Readonly<Record<DecisionLogEntry["via"], string>> = {
  triage: "by hand",
  bulk: "bulk change",
  mitigation: "mitigation implemented",
  assumption: "assumption invalid",
  walk: "guided walk",
  import: "import",
};

/** "Open → Accepted", or "Accepted (reason changed)" when the status stayed. */
export function changeText(entry: DecisionLogEntry): string {
  return entry.from === entry.to
    ? `${STATUS_LABELS[entry.to]} (reason changed)`
    : `${STATUS_LABELS[entry.from]} → ${STATUS_LABELS[entry.to]}`;
}

/** A log time in the reader's locale, with the ISO time kept for the machine-readable attribute. */
export function timeText(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime())
    ? at
    : date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}
