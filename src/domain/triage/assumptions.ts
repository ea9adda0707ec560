import { AssumptionSchema, type Assumption, type TriageStatus } from "../decisions";
import { nowIso } from "../document";
import { newId } from "../ids";
import { fail, ok, type OperationResult } from "../operations/result";
import type { ThreatModel } from "../schema";
import { formatIssues } from "../validation";
import { logEntry, type Actor } from "./log";
import type { Created } from "./mitigations";
import { appendLog } from "./records";

export type AssumptionFields = Partial<
  Pick<Assumption, "text" | "elementIds" | "findingIds" | "mitigationIds">
>;

/** Decisions an assumption can have supported; an invalid assumption reopens them. */
const CLOSED: readonly TriageStatus[] = ["mitigated", "accepted", "transferred", "notApplicable"];

function checked(assumption: Assumption): Assumption | string {
  const parsed = AssumptionSchema.safeParse(assumption);
  if (!parsed.success) return formatIssues(parsed.error).join("; ");
  const data = parsed.data as Assumption;
  return {
    ...data,
    elementIds: [...new Set(data.elementIds)],
    findingIds: [...new Set(data.findingIds)],
    mitigationIds: [...new Set(data.mitigationIds)],
  };
}

/** Record an assumption, linked to the elements, findings and mitigations it concerns. */
export function addAssumption(
  doc: ThreatModel,
  fields: AssumptionFields & { text: string; id?: string },
  at = nowIso(),
): Created {
  if (doc.assumptions.length >= 2000) {
    return { result: fail("a model holds at most 2,000 assumptions"), id: null };
  }
  if (fields.id !== undefined && doc.assumptions.some((a) => a.id === fields.id)) {
    return { result: fail(`an assumption with id "${fields.id}" already exists`), id: null };
  }
  const assumption = checked({
    id: fields.id ?? newId("assumption"),
    text: fields.text.trim(),
    elementIds: fields.elementIds ?? [],
    findingIds: fields.findingIds ?? [],
    mitigationIds: fields.mitigationIds ?? [],
    valid: true,
    createdAt: at,
    updatedAt: at,
  });
  if (typeof assumption === "string") return { result: fail(assumption), id: null };
  return {
    result: ok({ ...doc, assumptions: [...doc.assumptions, assumption] }),
    id: assumption.id,
  };
}

export function updateAssumption(
  doc: ThreatModel,
  id: string,
  fields: AssumptionFields,
  at = nowIso(),
): OperationResult {
  const index = doc.assumptions.findIndex((a) => a.id === id);
  if (index === -1) return fail(`no assumption with id "${id}"`);
  const before = doc.assumptions[index]!;
  const defined = Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as AssumptionFields;
  const next = { ...before, ...defined };
  if (typeof next.text === "string") next.text = next.text.trim();
  if (JSON.stringify(next) === JSON.stringify(before)) return ok(doc);
  const assumption = checked({ ...next, updatedAt: at });
  if (typeof assumption === "string") return fail(assumption);
  const assumptions = doc.assumptions.slice();
  assumptions[index] = assumption;
  return ok({ ...doc, assumptions });
}

export function deleteAssumption(doc: ThreatModel, id: string): OperationResult {
  if (!doc.assumptions.some((a) => a.id === id)) return ok(doc);
  return ok({ ...doc, assumptions: doc.assumptions.filter((a) => a.id !== id) });
}

/**
 * The findings whose closing decision rests on an assumption: those it links directly, and those
 * Mitigated by a mitigation it links (the mitigation was trusted on that assumption).
 */
export function findingsResting(doc: ThreatModel, assumption: Assumption): string[] {
  const out = new Set<string>();
  for (const id of assumption.findingIds) {
    const status = Object.hasOwn(doc.triage, id) ? doc.triage[id]!.status : "open";
    if (CLOSED.includes(status)) out.add(id);
  }
  for (const mitigation of doc.mitigations) {
    if (!assumption.mitigationIds.includes(mitigation.id)) continue;
    for (const id of mitigation.findingIds) {
      if (Object.hasOwn(doc.triage, id) && doc.triage[id]!.status === "mitigated") out.add(id);
    }
  }
  return [...out];
}

/**
 * Mark an assumption valid or invalid. Invalid reopens the findings whose decision rested on it
 * (back to Open, their justification cleared and kept in the log, which says the assumption
 * caused it). Valid again reopens nothing and closes nothing: those decisions are the team's
 * to make again.
 */
export function setAssumptionValidity(
  doc: ThreatModel,
  id: string,
  valid: boolean,
  actor: Actor,
): { result: OperationResult; reopened: string[] } {
  const index = doc.assumptions.findIndex((a) => a.id === id);
  if (index === -1) return { result: fail(`no assumption with id "${id}"`), reopened: [] };
  const before = doc.assumptions[index]!;
  if (before.valid === valid) return { result: ok(doc), reopened: [] };
  const at = actor.at ?? nowIso();
  const assumptions = doc.assumptions.slice();
  assumptions[index] = { ...before, valid, updatedAt: at };
  if (valid) return { result: ok({ ...doc, assumptions }), reopened: [] };

  const reopened = findingsResting(doc, before);
  const triage = { ...doc.triage };
  const reason = `Assumption no longer holds: ${before.text}`.slice(0, 20000);
  const entries = reopened.map((findingId) => {
    const record = triage[findingId]!;
    triage[findingId] = { ...record, status: "open", justification: "", updatedAt: at };
    return logEntry(findingId, record.status, "open", reason, { ...actor, at }, "assumption");
  });
  const decisionLog = appendLog(doc.decisionLog, entries);
  if (typeof decisionLog === "string") return { result: fail(decisionLog), reopened: [] };
  return {
    result: ok({ ...doc, assumptions, triage: reopened.length ? triage : doc.triage, decisionLog }),
    reopened,
  };
}
