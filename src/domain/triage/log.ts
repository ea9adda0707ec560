import { nowIso } from "../document";
import type { DecisionLogEntry, TriageStatus } from "../decisions";
import { newId } from "../ids";
import type { ThreatModel } from "../schema";
import { idsOf, type TriageTarget } from "./target";

/** Who is deciding, and when (tests pass a fixed time). */
export interface Actor {
  /** The name the user gave in the app's settings; "" when they gave none. */
  by: string;
  at?: string;
}

export type LogVia = DecisionLogEntry["via"];

export function logEntry(
  findingId: string,
  from: TriageStatus,
  to: TriageStatus,
  justification: string,
  actor: Actor,
  via: LogVia,
): DecisionLogEntry {
  return {
    id: newId("log"),
    at: actor.at ?? nowIso(),
    findingId,
    from,
    to,
    justification,
    by: actor.by.trim().slice(0, 200),
    via,
  };
}

/** The log of one finding (its id and its aliases), oldest first, as it was written. */
export function logFor(
  doc: ThreatModel,
  target: Pick<TriageTarget, "id" | "aliases">,
): DecisionLogEntry[] {
  const ids = new Set(idsOf(target));
  return doc.decisionLog.filter((entry) => ids.has(entry.findingId));
}
