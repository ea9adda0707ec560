import type { Box } from "./geometry";

/**
 * A simple layered layout for imported models that carry no positions (OTM without a diagram,
 * the Threat Model Library): flows run left to right, rank by rank, and each boundary is laid
 * out the same way inside, then sized to hold what it contains. Pure and deterministic.
 */

export interface LayoutNode {
  id: string;
  /** The container this node sits in, or null. */
  parentId: string | null;
  isContainer: boolean;
  width: number;
  height: number;
}

export interface LayoutEdge {
  source: string;
  target: string;
}

const GAP_X = 90;
const GAP_Y = 50;
const PADDING = 40;
const HEADER = 36;
const MIN_CONTAINER = { width: 240, height: 160 };

/** Absolute boxes for every node (containers sized to their contents). */
export function layeredLayout(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
): Map<string, Box> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const children = new Map<string | null, LayoutNode[]>();
  for (const node of nodes) {
    const parent = node.parentId !== null && byId.has(node.parentId) ? node.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(node);
    children.set(parent, list);
  }
  const sizes = new Map<string, { width: number; height: number }>();
  const local = new Map<string, { x: number; y: number }>();

  const layoutContainer = (containerId: string | null): { width: number; height: number } => {
    const kids = children.get(containerId) ?? [];
    for (const kid of kids) {
      sizes.set(kid.id, kid.isContainer ? layoutContainer(kid.id) : kid);
    }
    const ranks = rankChildren(containerId, kids, edges, byId);
    const columns: LayoutNode[][] = [];
    kids.forEach((kid) => {
      const rank = ranks.get(kid.id) ?? 0;
      (columns[rank] ??= []).push(kid);
    });
    const top = containerId === null ? 0 : PADDING + HEADER;
    const left = containerId === null ? 0 : PADDING;
    let x = left;
    let maxBottom = top;
    for (const column of columns) {
      if (!column) continue;
      let y = top;
      let widest = 0;
      for (const kid of column) {
        const size = sizes.get(kid.id)!;
        local.set(kid.id, { x, y });
        y += size.height + GAP_Y;
        widest = Math.max(widest, size.width);
      }
      maxBottom = Math.max(maxBottom, y - GAP_Y);
      x += widest + GAP_X;
    }
    const contentRight = columns.length ? x - GAP_X : left;
    if (containerId === null) return { width: contentRight, height: maxBottom };
    return {
      width: Math.max(MIN_CONTAINER.width, contentRight + PADDING),
      height: Math.max(MIN_CONTAINER.height, maxBottom + PADDING),
    };
  };
  layoutContainer(null);

  const result = new Map<string, Box>();
  const place = (containerId: string | null, originX: number, originY: number): void => {
    for (const kid of children.get(containerId) ?? []) {
      const at = local.get(kid.id) ?? { x: 0, y: 0 };
      const size = sizes.get(kid.id)!;
      const x = originX + at.x;
      const y = originY + at.y;
      result.set(kid.id, { x, y, width: size.width, height: size.height });
      if (kid.isContainer) place(kid.id, x, y);
    }
  };
  place(null, 0, 0);
  return result;
}

/** Longest-path ranks of a container's direct children, flows lifted to them; cycles broken. */
function rankChildren(
  containerId: string | null,
  kids: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  byId: ReadonlyMap<string, LayoutNode>,
): Map<string, number> {
  const kidIds = new Set(kids.map((k) => k.id));
  const lift = (id: string): string | null => {
    let cursor = byId.get(id);
    const seen = new Set<string>();
    while (cursor && !seen.has(cursor.id)) {
      if (kidIds.has(cursor.id)) return cursor.id;
      seen.add(cursor.id);
      if (cursor.parentId === containerId) return null;
      cursor = cursor.parentId === null ? undefined : byId.get(cursor.parentId);
    }
    return null;
  };
  const out = new Map<string, string[]>();
  for (const edge of edges) {
    const from = lift(edge.source);
    const to = lift(edge.target);
    if (from === null || to === null || from === to) continue;
    const list = out.get(from) ?? [];
    if (!list.includes(to)) list.push(to);
    out.set(from, list);
  }
  // Depth-first search drops edges that close a cycle, leaving a DAG.
  const state = new Map<string, "open" | "done">();
  const dag = new Map<string, string[]>();
  const visit = (id: string): void => {
    state.set(id, "open");
    for (const next of out.get(id) ?? []) {
      const s = state.get(next);
      if (s === "open") continue;
      (dag.get(id) ?? dag.set(id, []).get(id)!).push(next);
      if (s === undefined) visit(next);
    }
    state.set(id, "done");
  };
  for (const kid of kids) if (!state.has(kid.id)) visit(kid.id);

  const ranks = new Map<string, number>();
  const indegree = new Map<string, number>(kids.map((k) => [k.id, 0]));
  for (const targets of dag.values()) {
    for (const t of targets) indegree.set(t, (indegree.get(t) ?? 0) + 1);
  }
  const queue = kids.filter((k) => indegree.get(k.id) === 0).map((k) => k.id);
  for (const id of queue) ranks.set(id, 0);
  while (queue.length) {
    const id = queue.shift()!;
    for (const next of dag.get(id) ?? []) {
      ranks.set(next, Math.max(ranks.get(next) ?? 0, (ranks.get(id) ?? 0) + 1));
      const left = (indegree.get(next) ?? 1) - 1;
      indegree.set(next, left);
      if (left === 0) queue.push(next);
    }
  }
  return ranks;
}
