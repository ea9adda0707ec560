import { CustomThreatSchema, type CustomThreat } from "../decisions";
import { nowIso } from "../document";
import { newId } from "../ids";
import { fail, ok, type OperationResult } from "../operations/result";
import type { ThreatModel } from "../schema";
import { formatIssues } from "../validation";
import type { Created } from "./mitigations";

export type CustomThreatFields = Partial<
  Pick<
    CustomThreat,
    | "targetIds"
    | "title"
    | "description"
    | "categories"
    | "references"
    | "likelihood"
    | "impact"
    | "mitigation"
  >
>;

/** Element, flow and boundary ids a custom threat can be about. */
function knownIds(doc: ThreatModel): Set<string> {
  const ids = new Set<string>();
  for (const e of doc.elements) ids.add(e.id);
  for (const f of doc.flows) ids.add(f.id);
  return ids;
}

function validate(doc: ThreatModel, threat: CustomThreat): CustomThreat | string {
  const parsed = CustomThreatSchema.safeParse(threat);
  if (!parsed.success) return formatIssues(parsed.error).join("; ");
  const known = knownIds(doc);
  const missing = parsed.data.targetIds.find((id) => !known.has(id));
  if (missing !== undefined) {
    return `targetIds: "${missing}" is not an element, flow or boundary of this model`;
  }
  return {
    ...parsed.data,
    targetIds: [...new Set(parsed.data.targetIds)],
    references: [...new Set(parsed.data.references)],
  } as CustomThreat;
}

/**
 * A threat written by a person, on elements, flows or boundaries, or (no targets) on the whole
 * model. Its id is also its finding id; it never contains "@", so it cannot collide with a
 * generated finding's id.
 */
export function addCustomThreat(
  doc: ThreatModel,
  fields: CustomThreatFields & { title: string; id?: string },
  at = nowIso(),
): Created {
  if (doc.customThreats.length >= 5000) {
    return { result: fail("a model holds at most 5,000 custom threats"), id: null };
  }
  const id = fields.id ?? newId("threat");
  if (
    id.includes("@") ||
    doc.customThreats.some((t) => t.id === id) ||
    Object.hasOwn(doc.triage, id)
  ) {
    return { result: fail(`"${id}" cannot be the id of a new custom threat`), id: null };
  }
  const threat = validate(doc, {
    id,
    targetIds: fields.targetIds ?? [],
    title: fields.title.trim(),
    description: fields.description ?? "",
    categories: fields.categories ?? { stride: [], linddun: [] },
    references: fields.references ?? [],
    likelihood: fields.likelihood ?? 3,
    impact: fields.impact ?? 3,
    mitigation: fields.mitigation ?? "",
    source: null,
    createdAt: at,
  });
  if (typeof threat === "string") return { result: fail(threat), id: null };
  return {
    result: ok({ ...doc, customThreats: [...doc.customThreats, threat] }),
    id: threat.id,
  };
}

export function updateCustomThreat(
  doc: ThreatModel,
  id: string,
  fields: CustomThreatFields,
): OperationResult {
  const index = doc.customThreats.findIndex((t) => t.id === id);
  if (index === -1) return fail(`no custom threat with id "${id}"`);
  const before = doc.customThreats[index]!;
  const defined = Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as CustomThreatFields;
  const next = { ...before, ...defined };
  if (typeof next.title === "string") next.title = next.title.trim();
  if (JSON.stringify(next) === JSON.stringify(before)) return ok(doc);
  const threat = validate(doc, next);
  if (typeof threat === "string") return fail(threat);
  const customThreats = doc.customThreats.slice();
  customThreats[index] = threat;
  return ok({ ...doc, customThreats });
}

/**
 * Delete a custom threat with its decision and its links from mitigations and assumptions.
 * The decision log keeps its history; undo brings all of it back.
 */
export function deleteCustomThreat(doc: ThreatModel, id: string): OperationResult {
  if (!doc.customThreats.some((t) => t.id === id)) return ok(doc);
  const triage = { ...doc.triage };
  delete triage[id];
  return ok({
    ...doc,
    customThreats: doc.customThreats.filter((t) => t.id !== id),
    triage,
    mitigations: doc.mitigations.map((m) =>
      m.findingIds.includes(id) ? { ...m, findingIds: m.findingIds.filter((f) => f !== id) } : m,
    ),
    assumptions: doc.assumptions.map((a) =>
      a.findingIds.includes(id) ? { ...a, findingIds: a.findingIds.filter((f) => f !== id) } : a,
    ),
  });
}
