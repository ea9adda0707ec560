import { descendantsOf, elementSize, indexModel, type ModelIndex } from "../graph";
import type { DfdElement, Point, ThreatModel } from "../schema";

/**
 * What an auto layout has to arrange, independent of the layout engine: one or more groups of
 * sibling elements (the whole model is one group: the top-level elements), each a forest in
 * which a trust boundary is a container holding its members, and the flows between them.
 */
export interface LayoutNode {
  id: string;
  width: number;
  height: number;
  /** A trust boundary: its size is decided by the layout, from what it holds. */
  container: boolean;
  children: LayoutNode[];
}

export interface LayoutEdge {
  id: string;
  source: string;
  target: string;
  /** Room the flow's label needs between its ends, in canvas units. */
  labelWidth: number;
  labelHeight: number;
}

export interface LayoutGroup {
  /** The boundary the group's roots sit in (null: the canvas). */
  parentId: string | null;
  /** Where the group's bounding box starts, relative to the parent: the result is put there. */
  origin: Point;
  roots: LayoutNode[];
  /** Flows whose both ends are in this group (at any depth), pointing along the data. */
  edges: LayoutEdge[];
}

export interface LayoutProblem {
  groups: LayoutGroup[];
}

/** Canvas units a flow label takes: 13 px type, about 7.5 units per character, capped. */
export function labelBox(label: string): { width: number; height: number } {
  const text = label.trim();
  if (!text) return { width: 0, height: 0 };
  return { width: Math.min(220, 24 + text.length * 7.5), height: 26 };
}

/**
 * The layout problem for the whole model (`ids` empty) or for a selection: each selected element
 * whose boundary is not selected too is a root; roots are grouped by the boundary they sit in,
 * and a selected boundary brings everything inside it.
 */
export function layoutProblem(doc: ThreatModel, ids: readonly string[] = []): LayoutProblem {
  const index = indexModel(doc);
  const wanted = new Set(ids.filter((id) => index.elementsById.has(id)));
  const roots =
    wanted.size === 0
      ? doc.elements.filter((e) => e.parentId === null)
      : doc.elements.filter((e) => wanted.has(e.id) && !hasSelectedAncestor(index, e, wanted));
  const byParent = new Map<string | null, DfdElement[]>();
  for (const root of roots) {
    const key = index.elementsById.has(root.parentId ?? "") ? root.parentId : null;
    const list = byParent.get(key);
    if (list) list.push(root);
    else byParent.set(key, [root]);
  }
  const groups: LayoutGroup[] = [];
  for (const [parentId, members] of byParent) {
    const inGroup = new Set<string>();
    const trees = members.map((m) => tree(index, m, inGroup));
    const edges: LayoutEdge[] = [];
    for (const flow of doc.flows) {
      if (!inGroup.has(flow.source) || !inGroup.has(flow.target)) continue;
      if (flow.source === flow.target) continue;
      const label = labelBox(flow.label);
      edges.push({
        id: flow.id,
        source: flow.source,
        target: flow.target,
        labelWidth: label.width,
        labelHeight: label.height,
      });
    }
    groups.push({ parentId, origin: groupOrigin(members), roots: trees, edges });
  }
  return { groups };
}

function hasSelectedAncestor(index: ModelIndex, element: DfdElement, wanted: Set<string>): boolean {
  const seen = new Set<string>();
  let parentId = element.parentId;
  while (parentId !== null && !seen.has(parentId)) {
    if (wanted.has(parentId)) return true;
    seen.add(parentId);
    parentId = index.elementsById.get(parentId)?.parentId ?? null;
  }
  return false;
}

function tree(index: ModelIndex, element: DfdElement, seen: Set<string>): LayoutNode {
  seen.add(element.id);
  const { width, height } = elementSize(element);
  const children =
    element.type === "trustBoundary"
      ? (index.childrenOf.get(element.id) ?? [])
          .filter((c) => !seen.has(c.id))
          .map((c) => tree(index, c, seen))
      : [];
  return { id: element.id, width, height, container: element.type === "trustBoundary", children };
}

/** Top-left of the members' bounding box, relative to their (shared) parent. */
function groupOrigin(members: readonly DfdElement[]): Point {
  let x = Infinity;
  let y = Infinity;
  for (const m of members) {
    x = Math.min(x, m.position.x);
    y = Math.min(y, m.position.y);
  }
  return Number.isFinite(x) ? { x, y } : { x: 0, y: 0 };
}

/** Every element a layout of `problem` may move: the roots and all they contain. */
export function layoutMembers(doc: ThreatModel, problem: LayoutProblem): Set<string> {
  const index = indexModel(doc);
  const ids = new Set<string>();
  for (const group of problem.groups) {
    for (const root of group.roots) {
      ids.add(root.id);
      for (const d of descendantsOf(index, root.id)) ids.add(d.id);
    }
  }
  return ids;
}
