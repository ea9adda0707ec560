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
  // The usual edit keeps every item in its place: compare slot by slot, no index needed.
  if (base.length === next.length) {
    const put: T[] = [];
    let aligned = true;
    for (let i = 0; i < next.length; i++) {
      const a = base[i]!;
      const b = next[i]!;
      if (a === b) continue;
      if (a.id !== b.id) {
        aligned = false;
        break;
      }
      if (!same(a, b)) put.push(b);
    }
    if (aligned) {
      sharePositions(base, next);
      sharePositions(next, base);
      return { put, remove: [], order: null };
    }
  }
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

const positions = new WeakMap<readonly { id: string }[], ReadonlyMap<string, number>>();

/**
 * Where each id sits in a list, built once per list: documents never change a list in place, so
 * a list seen again (the same object) has the same positions; a list made by replacing items in
 * their slots shares the positions of the list it came from.
 */
export function positionsOf(items: readonly { id: string }[]): ReadonlyMap<string, number> {
  let found = positions.get(items);
  if (!found) {
    const built = new Map<string, number>();
    items.forEach((item, i) => {
      if (!built.has(item.id)) built.set(item.id, i);
    });
    positions.set(items, built);
    found = built;
  }
  return found;
}

/** The item with this id in the list, or undefined. */
export function itemById<T extends { id: string }>(items: readonly T[], id: string): T | undefined {
  const at = positionsOf(items).get(id);
  return at === undefined ? undefined : items[at];
}

function sharePositions(from: readonly { id: string }[], to: readonly { id: string }[]): void {
  const known = positions.get(from);
  if (known && !positions.has(to)) positions.set(to, known);
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
  const elements = applyItems(doc.elements, changes.elements);
  result.elements = elements;
  result.flows = applyItems(doc.flows, changes.flows);
  const parentsKept =
    positions.get(elements) === positions.get(doc.elements) &&
    changes.elements.put.every((e) => itemById(doc.elements, e.id)?.parentId === e.parentId);
  return parentsKept
    ? (result as unknown as ThreatModel)
    : orderParentsFirst(result as unknown as ThreatModel);
}

function applyItems<T extends { id: string }>(items: readonly T[], changes: ItemChanges<T>): T[] {
  if (changes.put.length === 0 && changes.remove.length === 0 && changes.order === null) {
    return items as T[];
  }
  // Only items replaced in their slots: no scan, and the positions stay the same.
  if (changes.remove.length === 0 && changes.order === null) {
    const at = positionsOf(items);
    if (changes.put.every((item) => at.has(item.id))) {
      const out = items.slice();
      for (const item of changes.put) out[at.get(item.id)!] = item;
      sharePositions(items, out);
      return out;
    }
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
  const put: T[] = [];
  const remove: string[] = [];
  for (const item of changes.put) {
    const old = itemById(before, item.id);
    if (old) put.push(old);
    else remove.push(item.id);
  }
  for (const id of changes.remove) {
    const old = itemById(before, id);
    if (old) put.push(old);
  }
  // Re-added items go back where they were, not to the end.
  const needsOrder = changes.order !== null || changes.remove.length > 0;
  return { put, remove, order: needsOrder ? before.map((item) => item.id) : null };
}

/**
 * Whether applying the changes to `doc` would change nothing: every item and field they set is
 * already so in `doc` (compared by content), every item they remove is absent. `ignore` lists
 * fields not compared. Used to tell a draft already stored, and whether a history step still
 * applies over another version (`isContainedIn(doc, diff(before, after))`: doc holds what the
 * step left; with the inverted changes: what the step found).
 */
export function isContainedIn(
  doc: ThreatModel,
  changes: DocumentChanges,
  ignore: ReadonlySet<string> = new Set(["updatedAt"]),
): boolean {
  const have = doc as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(changes.fields)) {
    if (ignore.has(key)) continue;
    if (!Object.hasOwn(have, key) || !sameValue(have[key], value)) return false;
  }
  for (const key of changes.removedFields) {
    if (!ignore.has(key) && Object.hasOwn(have, key)) return false;
  }
  const contains = <T extends { id: string }>(items: readonly T[], c: ItemChanges<T>) => {
    for (const item of c.put) {
      const current = itemById(items, item.id);
      if (current !== item && (current === undefined || !sameValue(current, item))) return false;
    }
    return c.remove.every((id) => !positionsOf(items).has(id));
  };
  return contains(doc.elements, changes.elements) && contains(doc.flows, changes.flows);
}

/**
 * Whether the changes can break a cross-reference (see checkReferences): items added, removed or
 * re-wired (an id, a type, a parent, a flow's ends), or a change to a list with unique ids.
 */
export function touchesStructure(base: ThreatModel, changes: DocumentChanges): boolean {
  if (changes.elements.remove.length > 0 || changes.flows.remove.length > 0) return true;
  if (["id", "customThreats", "mitigations", "assumptions"].some((k) => k in changes.fields)) {
    return true;
  }
  if (changes.removedFields.length > 0) return true;
  for (const e of changes.elements.put) {
    const old = itemById(base.elements, e.id);
    if (!old || old.parentId !== e.parentId || old.type !== e.type) return true;
  }
  for (const f of changes.flows.put) {
    const old = itemById(base.flows, f.id);
    if (!old || old.source !== f.source || old.target !== f.target) return true;
  }
  return false;
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
