import type { DecisionLogEntry } from "../../domain/decisions";
import { STATUS_LABELS } from "../../domain/triage/labels";
import { DECISION_VIA_LABELS } from "../../domain/triage/viaLabels";

/** Words for what caused a logged decision (shared with the reports). */
export const VIA_LABELS = DECISION_VIA_LABELS;

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
