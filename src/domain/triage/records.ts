import { TriageRecordSchema, type DecisionLogEntry, type TriageRecord } from "../decisions";
import type { ThreatModel } from "../schema";
import { formatIssues } from "../validation";
import { decisionFor, decisionKey, type TriageTarget } from "./target";

/** The schema's cap on the decision log; a longer log would no longer open. */
export const LOG_LIMIT = 100_000;

/**
 * Parsed on first use, not at module load: a parse before the app sets zod's `jitless` (see
 * `src/store/strictCsp.ts`) would try `new Function` under the page's CSP.
 */
let emptyRecord: TriageRecord | null = null;

/** The finding's record, or an untouched one. */
export function currentRecord(
  doc: ThreatModel,
  target: Pick<TriageTarget, "id" | "aliases">,
): TriageRecord {
  return decisionFor(doc.triage, target) ?? (emptyRecord ??= TriageRecordSchema.parse({}));
}

/** The record with what the finding says now, so a decision can be listed once it stops firing. */
export function withSnapshot(record: TriageRecord, target: TriageTarget, at: string): TriageRecord {
  return {
    ...record,
    title: target.title.slice(0, 2000),
    targetIds: target.targetIds.slice(0, 10).map((id) => id.slice(0, 200)),
    updatedAt: at,
  };
}

/** Validates a record; a problem names the field ("ticket: must be an http:// or https:// link"). */
export function checkRecord(record: TriageRecord): string | null {
  const parsed = TriageRecordSchema.safeParse(record);
  return parsed.success ? null : formatIssues(parsed.error).join("; ");
}

/**
 * The triage map with the finding's record written under its current id; a record kept under
 * an alias (a finding the engine has since merged) moves to the new id.
 */
export function putRecord(
  triage: ThreatModel["triage"],
  target: Pick<TriageTarget, "id" | "aliases">,
  record: TriageRecord,
): ThreatModel["triage"] {
  const key = decisionKey(triage, target);
  const next = { ...triage };
  if (key !== null && key !== target.id) delete next[key];
  next[target.id] = record;
  return next;
}

/** Log entries appended, or the reason they cannot be (the log is never trimmed). */
export function appendLog(
  log: readonly DecisionLogEntry[],
  entries: readonly DecisionLogEntry[],
): DecisionLogEntry[] | string {
  if (log.length + entries.length > LOG_LIMIT) {
    return `the decision log is full (${LOG_LIMIT.toLocaleString("en")} entries); export the model and start a new one`;
  }
  return entries.length === 0 ? (log as DecisionLogEntry[]) : [...log, ...entries];
}
