import { orderParentsFirst } from "./operations/membership";
import type { DataFlow, DfdElement, ThreatModel } from "./schema";

/**
 * What changed between two versions of a document, item by item: the elements and flows added,
 * changed or removed (by id), and the other top-level fields that differ. Small where the edit
 * was small, so it can be kept on every change (the unload draft), shown to a person ("recovered:
 * API gateway changed"), and applied over another version of the same model (a history step over
 * another tab's save, recovered changes over a newer stored version).
 *
 * Documents share structure (an unchanged element is the same object in both), so comparing by
 * identity is exact and cheap for versions made in this tab. For versions that went through
 * storage, pass `{ deep: true }`.
 */

export interface ItemChanges<T extends { id: string }> {
  /** Items added or changed, whole, in the new version's order. */
  put: T[];
  /** Ids of items removed. */
  remove: string[];
  /** Every id in the new order, when applying `put` and `remove` alone would not give it. */
  order: string[] | null;
}

export interface DocumentChanges {
  /** Top-level fields other than elements and flows whose value changed: the new value. */
  fields: Record<string, unknown>;
  /** Top-level fields the new version no longer has. */
  removedFields: string[];
  elements: ItemChanges<DfdElement>;
  flows: ItemChanges<DataFlow>;
}

const ITEM_FIELDS = new Set(["elements", "flows"]);

export function diffDocuments(
  base: ThreatModel,
  next: ThreatModel,
  options: { deep?: boolean } = {},
): DocumentChanges {
  const same = options.deep ? sameValue : Object.is;
  const before = base as unknown as Record<string, unknown>;
  const after = next as unknown as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  const removedFields: string[] = [];
  for (const key of Object.keys(after)) {
    if (ITEM_FIELDS.has(key)) continue;
    if (!Object.hasOwn(before, key) || !same(before[key], after[key])) fields[key] = after[key];
  }
  for (const key of Object.keys(before)) {
    if (!ITEM_FIELDS.has(key) && !Object.hasOwn(after, key)) removedFields.push(key);
  }
  return {
    fields,
    removedFields,
    elements: diffItems(base.elements, next.elements, same),
    flows: diffItems(base.flows, next.flows, same),
  };
}

function diffItems<T extends { id: string }>(
  base: readonly T[],
  next: readonly T[],
  same: (a: unknown, b: unknown) => boolean,
): ItemChanges<T> {
  if (base === next) return { put: [], remove: [], order: null };
  const baseById = new Map(base.map((item) => [item.id, item]));
  const nextIds = new Set(next.map((item) => item.id));
  const put = next.filter((item) => {
    const old = baseById.get(item.id);
    return old === undefined || !same(old, item);
  });
  const remove = base.filter((item) => !nextIds.has(item.id)).map((item) => item.id);
  const changes: ItemChanges<T> = { put, remove, order: null };
  const applied = applyItems(base, changes);
  const inOrder =
    applied.length === next.length && applied.every((item, i) => item.id === next[i]!.id);
  return inOrder ? changes : { ...changes, order: next.map((item) => item.id) };
}

/**
 * `doc` with the changes applied: changed items replace theirs in place, new ones are appended,
 * removed ones go; `order` arranges the items it names among the places they hold (items it does
 * not name, say another tab's additions, keep theirs). Parents come first, as the loader orders
 * them. The result is not validated: check it (`checkDocument`) before keeping it.
 */
export function applyChanges(doc: ThreatModel, changes: DocumentChanges): ThreatModel {
  const result: Record<string, unknown> = { ...doc, ...changes.fields };
  for (const key of changes.removedFields) delete result[key];
  result.elements = applyItems(doc.elements, changes.elements);
  result.flows = applyItems(doc.flows, changes.flows);
  return orderParentsFirst(result as unknown as ThreatModel);
}

function applyItems<T extends { id: string }>(items: readonly T[], changes: ItemChanges<T>): T[] {
  if (changes.put.length === 0 && changes.remove.length === 0 && changes.order === null) {
    return items as T[];
  }
  const removed = new Set(changes.remove);
  const put = new Map(changes.put.map((item) => [item.id, item]));
  const present = new Set<string>();
  const out: T[] = [];
  for (const item of items) {
    if (removed.has(item.id)) continue;
    present.add(item.id);
    out.push(put.get(item.id) ?? item);
  }
  for (const item of changes.put) {
    if (!present.has(item.id) && !removed.has(item.id)) {
      present.add(item.id);
      out.push(item);
    }
  }
  return changes.order ? arrange(out, changes.order) : out;
}

/** Put the items named in `order` into that order, within the slots they occupy. */
function arrange<T extends { id: string }>(items: T[], order: readonly string[]): T[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  const slots: number[] = [];
  const named: T[] = [];
  items.forEach((item, i) => {
    if (rank.has(item.id)) {
      slots.push(i);
      named.push(item);
    }
  });
  named.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  const out = items.slice();
  slots.forEach((slot, i) => (out[slot] = named[i]!));
  return out;
}

/** The changes that take `after` back to `before`, given `changes` = diff(before, after). */
export function invertChanges(before: ThreatModel, changes: DocumentChanges): DocumentChanges {
  const old = before as unknown as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  const removedFields: string[] = [];
  for (const key of Object.keys(changes.fields)) {
    if (Object.hasOwn(old, key)) fields[key] = old[key];
    else removedFields.push(key);
  }
  for (const key of changes.removedFields) fields[key] = old[key];
  return {
    fields,
    removedFields,
    elements: invertItems(before.elements, changes.elements),
    flows: invertItems(before.flows, changes.flows),
  };
}

function invertItems<T extends { id: string }>(
  before: readonly T[],
  changes: ItemChanges<T>,
): ItemChanges<T> {
  if (changes.put.length === 0 && changes.remove.length === 0 && changes.order === null) {
    return changes;
  }
  const byId = new Map(before.map((item) => [item.id, item]));
  const put: T[] = [];
  const remove: string[] = [];
  for (const item of changes.put) {
    const old = byId.get(item.id);
    if (old) put.push(old);
    else remove.push(item.id);
  }
  for (const id of changes.remove) {
    const old = byId.get(id);
    if (old) put.push(old);
  }
  // Re-added items go back where they were, not to the end.
  const needsOrder = changes.order !== null || changes.remove.length > 0;
  return { put, remove, order: needsOrder ? before.map((item) => item.id) : null };
}

/**
 * Whether `doc` holds every item and field the changes touch as `expected` has them: then the
 * changes made to reach `expected` can be reverted over `doc` without overwriting anything else.
 * `ignore` lists fields not compared (updatedAt, viewport).
 */
export function holdsChangedItemsOf(
  doc: ThreatModel,
  expected: ThreatModel,
  changes: DocumentChanges,
  ignore: ReadonlySet<string> = new Set(),
): boolean {
  const have = doc as unknown as Record<string, unknown>;
  const want = expected as unknown as Record<string, unknown>;
  for (const key of [...Object.keys(changes.fields), ...changes.removedFields]) {
    if (ignore.has(key)) continue;
    if (Object.hasOwn(have, key) !== Object.hasOwn(want, key)) return false;
    if (!sameValue(have[key], want[key])) return false;
  }
  return (
    holdsItems(doc.elements, expected.elements, changes.elements) &&
    holdsItems(doc.flows, expected.flows, changes.flows)
  );
}

function holdsItems<T extends { id: string }>(
  items: readonly T[],
  expected: readonly T[],
  changes: ItemChanges<T>,
): boolean {
  if (changes.put.length === 0 && changes.remove.length === 0) return true;
  const have = new Map(items.map((item) => [item.id, item]));
  const want = new Map(expected.map((item) => [item.id, item]));
  for (const id of [...changes.put.map((item) => item.id), ...changes.remove]) {
    const a = have.get(id);
    const b = want.get(id);
    if (a === b) continue;
    if (a === undefined || b === undefined || !sameValue(a, b)) return false;
  }
  return true;
}

/** Whether applying the changes to `doc` would change nothing (they are already in it). */
export function isContainedIn(
  doc: ThreatModel,
  changes: DocumentChanges,
  ignore: ReadonlySet<string> = new Set(["updatedAt"]),
): boolean {
  const have = doc as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(changes.fields)) {
    if (!ignore.has(key) && !sameValue(have[key], value)) return false;
  }
  for (const key of changes.removedFields)
    if (!ignore.has(key) && Object.hasOwn(have, key)) return false;
  const contains = <T extends { id: string }>(items: readonly T[], c: ItemChanges<T>) => {
    const byId = new Map(items.map((item) => [item.id, item]));
    return (
      c.put.every((item) => sameValue(byId.get(item.id), item)) &&
      c.remove.every((id) => !byId.has(id))
    );
  };
  return contains(doc.elements, changes.elements) && contains(doc.flows, changes.flows);
}

export function hasChanges(
  changes: DocumentChanges,
  ignore: ReadonlySet<string> = new Set(["updatedAt"]),
): boolean {
  return (
    Object.keys(changes.fields).some((key) => !ignore.has(key)) ||
    changes.removedFields.some((key) => !ignore.has(key)) ||
    changes.elements.put.length > 0 ||
    changes.elements.remove.length > 0 ||
    changes.elements.order !== null ||
    changes.flows.put.length > 0 ||
    changes.flows.remove.length > 0 ||
    changes.flows.order !== null
  );
}

/** Equality of JSON-like values (what a document holds): same keys, same values, any key order. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(y, key) || !sameValue(x[key], y[key])) return false;
  }
  return true;
}
