import type { TriageStatus } from "../decisions";
import { nowIso } from "../document";
import { fail, ok, type OperationResult } from "../operations/result";
import type { ThreatModel } from "../schema";
import { STATUS_LABELS } from "./labels";
import { logEntry, type Actor, type LogVia } from "./log";
import { appendLog, checkRecord, currentRecord, putRecord, withSnapshot } from "./records";
import { needsJustification } from "./rules";
import { decisionKey, type TriageTarget } from "./target";

export interface StatusChange {
  status: TriageStatus;
  /** Replaces the stored justification; omitted keeps it. */
  justification?: string;
}

const QUESTION_REFUSED =
  "questions are answered, not triaged: answer it, and the finding it becomes can be triaged";

/** Why a status cannot be set without a reason, in words. */
function justificationMissing(status: TriageStatus): string {
  return status === "mitigated"
    ? `"${STATUS_LABELS.mitigated}" needs a justification when no mitigation record covers the finding: link a mitigation, or say how it is mitigated`
    : `"${STATUS_LABELS[status]}" needs a justification: say why`;
}

/**
 * Set one finding's status. Accepted, Transferred and Not applicable need a justification, and
 * so does Mitigated when no mitigation record covers the finding. Every change of status (or of
 * the reason given for it) is appended to the decision log with the user's name.
 */
export function setStatus(
  doc: ThreatModel,
  target: TriageTarget,
  change: StatusChange,
  actor: Actor,
  via: LogVia = "triage",
): OperationResult {
  if (target.kind === "question") return fail(QUESTION_REFUSED);
  const justification = change.justification ?? currentRecord(doc, target).justification;
  if (needsJustification(doc, target, change.status) && justification.trim() === "") {
    return fail(justificationMissing(change.status));
  }
  return setStatuses(doc, [target], change, actor, via);
}

/**
 * Set the status of many findings at once (one decision, one log entry per finding). Refused as
 * a whole when any of them would break a rule, so a bulk change never half-applies.
 */
export function setStatuses(
  doc: ThreatModel,
  targets: readonly TriageTarget[],
  change: StatusChange,
  actor: Actor,
  via: LogVia = targets.length > 1 ? "bulk" : "triage",
): OperationResult {
  if (targets.length === 0) return ok(doc);
  if (targets.some((t) => t.kind === "question")) return fail(QUESTION_REFUSED);
  const at = actor.at ?? nowIso();
  const missing = targets.filter((target) => {
    const justification = change.justification ?? currentRecord(doc, target).justification;
    return needsJustification(doc, target, change.status) && justification.trim() === "";
  });
  if (missing.length > 0) {
    const label = STATUS_LABELS[change.status];
    return fail(
      `${missing.length} of ${targets.length} ${targets.length === 1 ? "finding needs" : "findings need"} a justification to be "${label}"${
        change.status === "mitigated" ? " (no mitigation record covers them)" : ""
      }: give one`,
    );
  }
  let triage = doc.triage;
  const entries = [];
  const seen = new Set<string>();
  for (const target of targets) {
    if (seen.has(target.id)) continue;
    seen.add(target.id);
    const before = currentRecord({ ...doc, triage }, target);
    const justification = change.justification ?? before.justification;
    const sameStatus = before.status === change.status;
    const key = decisionKey(triage, target);
    const moved = key !== null && key !== target.id;
    if (sameStatus && justification === before.justification && !moved) continue;
    const record = withSnapshot({ ...before, status: change.status, justification }, target, at);
    const problem = checkRecord(record);
    if (problem) return fail(problem);
    triage = putRecord(triage, target, record);
    if (!sameStatus || justification !== before.justification) {
      entries.push(logEntry(target.id, before.status, change.status, justification, actor, via));
    }
  }
  if (triage === doc.triage) return ok(doc);
  const decisionLog = appendLog(doc.decisionLog, entries);
  if (typeof decisionLog === "string") return fail(decisionLog);
  return ok({ ...doc, triage, decisionLog });
}

/**
 * Drop a finding's decision (typically one listed under "no longer applies"). The log keeps its
 * history, and records that the decision was removed when it had closed the finding.
 */
export function forgetDecision(doc: ThreatModel, findingId: string, actor: Actor): OperationResult {
  if (!Object.hasOwn(doc.triage, findingId)) return ok(doc);
  const record = doc.triage[findingId]!;
  const triage = { ...doc.triage };
  delete triage[findingId];
  const entries =
    record.status === "open"
      ? []
      : [logEntry(findingId, record.status, "open", "Decision removed.", actor, "triage")];
  const decisionLog = appendLog(doc.decisionLog, entries);
  if (typeof decisionLog === "string") return fail(decisionLog);
  return ok({ ...doc, triage, decisionLog });
}
