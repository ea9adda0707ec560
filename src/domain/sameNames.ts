import type { DfdElement } from "./schema";

/**
 * Whether two element lists hold the same ids in the same order, with the same names and types:
 * what display names and the order of name lists depend on. Positions, sizes and properties may
 * differ (a nudge, its undo, a layout), so what is built from names can be kept.
 */
export function sameNamesInOrder(
  before: readonly Pick<DfdElement, "id" | "name" | "type">[],
  after: readonly Pick<DfdElement, "id" | "name" | "type">[],
): boolean {
  if (before === after) return true;
  if (before.length !== after.length) return false;
  for (let i = 0; i < after.length; i++) {
    const a = before[i]!;
    const b = after[i]!;
    if (a !== b && (a.id !== b.id || a.name !== b.name || a.type !== b.type)) return false;
  }
  return true;
}
