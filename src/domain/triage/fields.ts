import type { TriageRecord } from "../decisions";
import { nowIso } from "../document";
import { fail, ok, type OperationResult } from "../operations/result";
import type { ThreatModel } from "../schema";
import { STATUS_LABELS } from "./labels";
import { logEntry, type Actor, type LogVia } from "./log";
import { appendLog, checkRecord, currentRecord, putRecord, withSnapshot } from "./records";
import { needsJustification, RESIDUAL_STATUSES } from "./rules";
import type { TriageTarget } from "./target";

/** The fields of a decision a person edits besides its status. */
export type TriagePatch = Partial<
  Pick<
    TriageRecord,
    | "justification"
    | "owner"
    | "ticket"
    | "reviewBy"
    | "notes"
    | "likelihood"
    | "impact"
    | "dread"
    | "residual"
  >
>;

const PATCH_KEYS = [
  "justification",
  "owner",
  "ticket",
  "reviewBy",
  "notes",
  "likelihood",
  "impact",
  "dread",
  "residual",
] as const satisfies readonly (keyof TriagePatch)[];

/**
 * Edit a decision's owner, ticket, review date, notes, justification, score overrides or
 * residual risk. Each field is validated (a ticket must be an http(s) link, scores 1-5 ...);
 * a justification cannot be emptied while the status needs one, and a changed justification
 * of such a status is logged. Residual risk belongs to Mitigated, Accepted and Transferred.
 */
export function editTriage(
  doc: ThreatModel,
  target: TriageTarget,
  patch: TriagePatch,
  actor: Actor,
  via: LogVia = "triage",
): OperationResult {
  if (target.kind === "question") return fail("questions are answered, not triaged");
  const before = currentRecord(doc, target);
  const changed = PATCH_KEYS.filter(
    (key) => patch[key] !== undefined && !sameValue(patch[key], before[key]),
  );
  if (changed.length === 0) return ok(doc);
  const merged: TriageRecord = { ...before };
  for (const key of changed) Object.assign(merged, { [key]: patch[key] });
  if (
    changed.includes("residual") &&
    merged.residual !== null &&
    !RESIDUAL_STATUSES.includes(merged.status)
  ) {
    return fail(
      `residual risk is for a finding that is ${RESIDUAL_STATUSES.map((s) => `"${STATUS_LABELS[s]}"`).join(", ")}; set its status first`,
    );
  }
  const justificationChanged = changed.includes("justification");
  if (
    justificationChanged &&
    merged.justification.trim() === "" &&
    needsJustification(doc, target, merged.status)
  ) {
    return fail(`"${STATUS_LABELS[merged.status]}" needs a justification; it cannot be emptied`);
  }
  const at = actor.at ?? nowIso();
  const record = withSnapshot(merged, target, at);
  const problem = checkRecord(record);
  if (problem) return fail(problem);
  const entries =
    justificationChanged && merged.status !== "open"
      ? [logEntry(target.id, merged.status, merged.status, merged.justification, actor, via)]
      : [];
  const decisionLog = appendLog(doc.decisionLog, entries);
  if (typeof decisionLog === "string") return fail(decisionLog);
  return ok({ ...doc, triage: putRecord(doc.triage, target, record), decisionLog });
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
