import type { TriageRecord } from "../decisions";
import type { ThreatModel } from "../schema";

/**
 * What the triage operations need to know about a finding (generated or custom). Structural, so
 * the domain does not depend on the engine: an engine `Finding` is one.
 */
export interface TriageTarget {
  id: string;
  title: string;
  targetIds: readonly string[];
  /** Questions are answered, not triaged. */
  kind?: "finding" | "question";
  /** Ids the finding had before the engine merged it with others; their decisions are its own. */
  aliases?: readonly string[];
}

/** The finding's id and the ids it was known by, newest first. */
export function idsOf(target: Pick<TriageTarget, "id" | "aliases">): string[] {
  return target.aliases && target.aliases.length > 0 ? [target.id, ...target.aliases] : [target.id];
}

/**
 * The key under which a finding's decision is stored: its id, or else the first alias that has
 * one. The only place a decision is looked up, so merged findings keep the decisions of the
 * findings they replace.
 */
export function decisionKey(
  triage: ThreatModel["triage"],
  target: Pick<TriageTarget, "id" | "aliases">,
): string | null {
  if (Object.hasOwn(triage, target.id)) return target.id;
  // Views look decisions up for thousands of findings per change: no list made for the usual case.
  if (target.aliases) for (const id of target.aliases) if (Object.hasOwn(triage, id)) return id;
  return null;
}

export function decisionFor(
  triage: ThreatModel["triage"],
  target: Pick<TriageTarget, "id" | "aliases">,
): TriageRecord | undefined {
  const key = decisionKey(triage, target);
  return key === null ? undefined : triage[key];
}

/** A record someone has put something into (a status, a note, a score ...). */
export function hasDecision(record: TriageRecord): boolean {
  return (
    record.status !== "open" ||
    record.justification.trim() !== "" ||
    record.owner.trim() !== "" ||
    record.ticket !== "" ||
    record.notes.trim() !== "" ||
    record.reviewBy !== null ||
    record.likelihood !== null ||
    record.impact !== null ||
    record.dread !== null ||
    record.residual !== null
  );
}

/**
 * The element and flow ids a stored decision is about: the snapshot taken when it was made, or
 * (for a record written by hand or by another tool) the ids in a generated finding's id
 * (`ruleId@a>b>c`), or a custom threat's targets.
 */
export function decisionTargetIds(doc: ThreatModel, findingId: string): readonly string[] {
  const custom = doc.customThreats.find((t) => t.id === findingId);
  if (custom) return custom.targetIds;
  const record = Object.hasOwn(doc.triage, findingId) ? doc.triage[findingId] : undefined;
  if (record && record.targetIds.length > 0) return record.targetIds;
  const at = findingId.indexOf("@");
  return at === -1 ? [] : findingId.slice(at + 1).split(">");
}

/**
 * Finding ids whose decision differs between two versions of the triage map (records are
 * replaced, never changed in place, so identity tells). Linear in the number of decisions, not
 * of findings: what lets a view update only the findings a change touched.
 */
export function changedDecisionIds(
  before: ThreatModel["triage"],
  after: ThreatModel["triage"],
): string[] {
  if (before === after) return [];
  const out: string[] = [];
  for (const id of Object.keys(after)) {
    if ((Object.hasOwn(before, id) ? before[id] : undefined) !== after[id]) out.push(id);
  }
  for (const id of Object.keys(before)) if (!Object.hasOwn(after, id)) out.push(id);
  return out;
}

/** Findings by every id they answer to (their own and their aliases), to find them by decision. */
export function indexByDecisionId<T extends Pick<TriageTarget, "id" | "aliases">>(
  findings: readonly T[],
): Map<string, T[]> {
  const out = new Map<string, T[]>();
  const add = (id: string, f: T) => {
    const list = out.get(id);
    if (list) list.push(f);
    else out.set(id, [f]);
  };
  for (const f of findings) {
    add(f.id, f);
    if (f.aliases) for (const alias of f.aliases) add(alias, f);
  }
  return out;
}
