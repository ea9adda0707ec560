import type { ThreatModel } from "../../domain/schema";
import type { Finding } from "../../engine/types";

/**
 * Triage status of a finding. Triage is not built yet: until it is, every finding is "open".
 * This is the one place that reads triage data, so the CI gate and the reports honour it the
 * day it lands.
 *
 * Expected shape (provisional, read defensively because the model keeps unknown keys):
 *   model.triage = { [findingId]: { status: "open" | "mitigated" | "accepted" | ... } }
 */
export type FindingStatus = string;

/** Statuses that close a finding: it no longer counts against a release gate. */
export const CLOSED_STATUSES: ReadonlySet<string> = new Set([
  "mitigated",
  "accepted",
  "not-applicable",
  "false-positive",
]);

export function findingStatus(model: ThreatModel, findingId: string): FindingStatus {
  const triage: unknown = (model as { triage?: unknown }).triage;
  if (!isRecord(triage) || !Object.hasOwn(triage, findingId)) return "open";
  const entry = triage[findingId];
  return isRecord(entry) && typeof entry.status === "string" && entry.status.length > 0
    ? entry.status
    : "open";
}

/** Open = not closed by triage. (Whether a question counts is the caller's policy.) */
export function isOpen(model: ThreatModel, finding: Finding): boolean {
  return !CLOSED_STATUSES.has(findingStatus(model, finding.id));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
