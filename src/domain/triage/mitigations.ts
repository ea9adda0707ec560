import {
  AT_RISK_STATUSES,
  MitigationRecordSchema,
  type MitigationRecord,
  type MitigationStatus,
} from "../decisions";
import { nowIso } from "../document";
import { newId } from "../ids";
import { fail, ok, type OperationResult } from "../operations/result";
import type { ThreatModel } from "../schema";
import { formatIssues } from "../validation";
import type { Actor } from "./log";
import { currentRecord } from "./records";
import { setStatuses } from "./status";
import { idsOf, type TriageTarget } from "./target";
import { titleFrom } from "./titles";

export { titleFrom };

export type MitigationFields = Partial<
  Pick<
    MitigationRecord,
    "title" | "description" | "status" | "owner" | "ticket" | "atlasMitigations" | "findingIds"
  >
>;

export interface Created {
  result: OperationResult;
  /** Id of the record made (or reused); null when refused. */
  id: string | null;
}

function checked(record: MitigationRecord): MitigationRecord | string {
  const parsed = MitigationRecordSchema.safeParse(record);
  return parsed.success ? (parsed.data as MitigationRecord) : formatIssues(parsed.error).join("; ");
}

/** Write a mitigation by hand. */
export function createMitigation(
  doc: ThreatModel,
  fields: MitigationFields & { id?: string },
  at = nowIso(),
): Created {
  if (doc.mitigations.length >= 5000) {
    return { result: fail("a model holds at most 5,000 mitigations"), id: null };
  }
  if (fields.id !== undefined && doc.mitigations.some((m) => m.id === fields.id)) {
    return { result: fail(`a mitigation with id "${fields.id}" already exists`), id: null };
  }
  const record = checked({
    id: fields.id ?? newId("mit"),
    title: (fields.title ?? "").trim(),
    description: fields.description ?? "",
    status: fields.status ?? "proposed",
    owner: fields.owner ?? "",
    ticket: fields.ticket ?? "",
    atlasMitigations: unique(fields.atlasMitigations ?? []),
    findingIds: unique(fields.findingIds ?? []),
    createdAt: at,
    updatedAt: at,
  });
  if (typeof record === "string") return { result: fail(record), id: null };
  return { result: ok({ ...doc, mitigations: [...doc.mitigations, record] }), id: record.id };
}

/**
 * One click on a finding's suggested mitigation: a Proposed record titled after the text and
 * linked to the finding. When the model already records a mitigation with that title, the
 * finding is linked to it instead (one mitigation covers many findings).
 */
export function createMitigationFromSuggestion(
  doc: ThreatModel,
  target: TriageTarget,
  text: string,
  atlasMitigations: readonly string[] = [],
  at = nowIso(),
): Created {
  const title = titleFrom(text);
  if (!title) return { result: fail("the suggested mitigation has no text"), id: null };
  const existing = doc.mitigations.find((m) => m.title.toLowerCase() === title.toLowerCase());
  if (existing) return { result: linkMitigation(doc, existing.id, target.id, at), id: existing.id };
  return createMitigation(
    doc,
    {
      title,
      description: text.trim() === title ? "" : text.trim(),
      atlasMitigations: [...atlasMitigations],
      findingIds: [target.id],
    },
    at,
  );
}

export function updateMitigation(
  doc: ThreatModel,
  id: string,
  fields: MitigationFields,
  at = nowIso(),
): OperationResult {
  const index = doc.mitigations.findIndex((m) => m.id === id);
  if (index === -1) return fail(`no mitigation with id "${id}"`);
  const before = doc.mitigations[index]!;
  const next: MitigationRecord = { ...before };
  let changed = false;
  for (const key of Object.keys(fields) as (keyof MitigationFields)[]) {
    const value = fields[key];
    if (value === undefined) continue;
    const normal = Array.isArray(value)
      ? unique(value)
      : key === "title"
        ? String(value).trim()
        : value;
    if (JSON.stringify(normal) === JSON.stringify(before[key])) continue;
    Object.assign(next, { [key]: normal });
    changed = true;
  }
  if (!changed) return ok(doc);
  const record = checked({ ...next, updatedAt: at });
  if (typeof record === "string") return fail(record);
  const mitigations = doc.mitigations.slice();
  mitigations[index] = record;
  return ok({ ...doc, mitigations });
}

export function setMitigationStatus(
  doc: ThreatModel,
  id: string,
  status: MitigationStatus,
  at = nowIso(),
): OperationResult {
  return updateMitigation(doc, id, { status }, at);
}

export function linkMitigation(
  doc: ThreatModel,
  mitigationId: string,
  findingId: string,
  at = nowIso(),
): OperationResult {
  const record = doc.mitigations.find((m) => m.id === mitigationId);
  if (!record) return fail(`no mitigation with id "${mitigationId}"`);
  if (record.findingIds.includes(findingId)) return ok(doc);
  return updateMitigation(doc, mitigationId, { findingIds: [...record.findingIds, findingId] }, at);
}

export function unlinkMitigation(
  doc: ThreatModel,
  mitigationId: string,
  findingId: string,
  at = nowIso(),
): OperationResult {
  const record = doc.mitigations.find((m) => m.id === mitigationId);
  if (!record) return fail(`no mitigation with id "${mitigationId}"`);
  if (!record.findingIds.includes(findingId)) return ok(doc);
  return updateMitigation(
    doc,
    mitigationId,
    { findingIds: record.findingIds.filter((f) => f !== findingId) },
    at,
  );
}

/** Delete a mitigation record; assumptions stop pointing at it. */
export function deleteMitigation(doc: ThreatModel, id: string): OperationResult {
  if (!doc.mitigations.some((m) => m.id === id)) return ok(doc);
  return ok({
    ...doc,
    mitigations: doc.mitigations.filter((m) => m.id !== id),
    assumptions: doc.assumptions.map((a) =>
      a.mitigationIds.includes(id)
        ? { ...a, mitigationIds: a.mitigationIds.filter((m) => m !== id) }
        : a,
    ),
  });
}

/**
 * What to offer once a mitigation is Implemented: the findings it covers that are still at risk
 * (Open, Needs investigation, Mitigation in progress), among those given (the findings that fire
 * now, so a decision about a finding that no longer applies is left alone).
 */
export function implementationOffer(
  doc: ThreatModel,
  mitigationId: string,
  findings: readonly TriageTarget[],
): TriageTarget[] {
  const record = doc.mitigations.find((m) => m.id === mitigationId);
  if (!record || record.status !== "implemented") return [];
  const linked = new Set(record.findingIds);
  return findings.filter(
    (f) =>
      f.kind !== "question" &&
      idsOf(f).some((id) => linked.has(id)) &&
      AT_RISK_STATUSES.includes(currentRecord(doc, f).status),
  );
}

/** Accept the offer: the findings become Mitigated, logged as caused by the mitigation. */
export function markCoveredMitigated(
  doc: ThreatModel,
  mitigationId: string,
  findings: readonly TriageTarget[],
  actor: Actor,
): OperationResult {
  const record = doc.mitigations.find((m) => m.id === mitigationId);
  if (!record) return fail(`no mitigation with id "${mitigationId}"`);
  if (record.status !== "implemented") {
    return fail(`"${record.title}" is not implemented yet`);
  }
  const offered = implementationOffer(doc, mitigationId, findings);
  return setStatuses(
    doc,
    offered,
    { status: "mitigated", justification: `Mitigation implemented: ${record.title}` },
    actor,
    "mitigation",
  );
}

function unique<T>(list: readonly T[]): T[] {
  return [...new Set(list)];
}
