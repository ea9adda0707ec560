import type { EdgeChange, NodeChange } from "@xyflow/react";

/** Fold React Flow's select/deselect changes into our selection list (order kept, no dupes). */
export function applySelectionChanges(
  selection: readonly string[],
  changes: ReadonlyArray<NodeChange | EdgeChange>,
): readonly string[] {
  let next: string[] | null = null;
  for (const change of changes) {
    if (change.type !== "select") continue;
    const current: readonly string[] = next ?? selection;
    const has = current.includes(change.id);
    if (change.selected && !has) next = [...current, change.id];
    else if (!change.selected && has) next = current.filter((id) => id !== change.id);
  }
  return next ?? selection;
}
