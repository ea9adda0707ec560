import type { DfdElement, ThreatModel } from "./schema";

/**
 * Fields that say only where something is drawn: an element's position and size, the handles a
 * flow attaches to. No finding depends on them (the engine never reads them; layoutOnly.test.ts
 * holds it to that), so a change to them alone leaves the evaluation as it was.
 */
const ELEMENT_LAYOUT: ReadonlySet<string> = new Set(["position", "size"]);
const FLOW_LAYOUT: ReadonlySet<string> = new Set(["sourceHandle", "targetHandle"]);

type Diagram = Pick<ThreatModel, "elements" | "flows">;

/**
 * True when `next` has the same elements and flows as `base`, in the same order, apart from
 * layout fields: a drag, a nudge, a resize or an auto layout (or an undo of one). Items are
 * compared field by field, nested values by identity (documents share structure), so the cost is
 * one pass over the lists, nothing for the items that are the same objects.
 */
export function differsOnlyInLayout(base: Diagram, next: Diagram): boolean {
  return (
    sameExceptLayout(base.elements, next.elements, ELEMENT_LAYOUT) &&
    sameExceptLayout(base.flows, next.flows, FLOW_LAYOUT)
  );
}

/**
 * Whether two element lists hold the same ids in the same order, with the same names and types:
 * what display names and the order of name lists depend on. Positions, sizes and properties may
 * differ (a nudge, its undo, a layout, a property edit), so what is built from names can be kept.
 */
export function sameNamesInOrder(
  base: readonly Pick<DfdElement, "id" | "name" | "type">[],
  next: readonly Pick<DfdElement, "id" | "name" | "type">[],
): boolean {
  return sameInOrder(base, next, (a, b) => a.id === b.id && a.name === b.name && a.type === b.type);
}

function sameExceptLayout<T extends { id: string }>(
  base: readonly T[],
  next: readonly T[],
  layout: ReadonlySet<string>,
): boolean {
  return sameInOrder(base, next, (a, b) => sameFields(a, b, layout));
}

/** Same length, and each item the same object as its counterpart or `same` as it. */
function sameInOrder<T>(
  base: readonly T[],
  next: readonly T[],
  same: (a: T, b: T) => boolean,
): boolean {
  if (base === next) return true;
  if (base.length !== next.length) return false;
  for (let i = 0; i < next.length; i++) {
    const a = base[i]!;
    const b = next[i]!;
    if (a !== b && !same(a, b)) return false;
  }
  return true;
}

function sameFields(a: object, b: object, skip: ReadonlySet<string>): boolean {
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  for (const key of Object.keys(right)) {
    if (!skip.has(key) && (!Object.hasOwn(left, key) || !Object.is(left[key], right[key]))) {
      return false;
    }
  }
  for (const key of Object.keys(left)) {
    if (!skip.has(key) && !Object.hasOwn(right, key)) return false;
  }
  return true;
}
