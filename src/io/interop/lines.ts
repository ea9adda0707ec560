import {
  boundingBox,
  boxContainsBox,
  boxContainsPoint,
  centerOf,
  polylineCrossings,
  type Box,
  type Pt,
} from "./geometry";

/**
 * Boundaries drawn as lines (Threat Dragon's curves, TMT's line boundaries) hold nothing: a flow
 * crosses one when its path does. Our boundaries are containers, so each line is placed as well
 * as it can be: when the flows it crosses cut the diagram in two and one side fits in a box that
 * holds nothing else, the line becomes that box (crossings then follow from membership); when
 * not, it becomes an empty zone below the diagram, and the flows that crossed it say so.
 */

export interface LineNode {
  id: string;
  box: Box;
}

export interface LineFlow {
  id: string;
  source: string;
  target: string;
  path: Pt[];
}

export interface LineBoundary {
  id: string;
  path: Pt[];
  /** When the file says which flows cross it (newer Threat Dragon files), those. */
  crossingFlowIds?: string[];
}

export interface PlacedLine {
  id: string;
  box: Box;
  /** True when the box is drawn around one side, so that it holds those elements. */
  encloses: boolean;
  /** Flows that cross the line. */
  crossingFlowIds: string[];
  /** Of those, flows whose crossing membership does not explain: to be marked on the flow. */
  explicitCrossings: string[];
}

const PADDING = 24;
const HEADER = 30;

export function placeLines(
  lines: readonly LineBoundary[],
  nodes: readonly LineNode[],
  flows: readonly LineFlow[],
  boxes: readonly Box[],
): PlacedLine[] {
  const zones = [...boxes];
  const nodeBox = new Map(nodes.map((n) => [n.id, n.box]));
  const placed: PlacedLine[] = [];
  let belowY = bottomOf([...nodes.map((n) => n.box), ...boxes]) + 60;
  for (const line of lines) {
    const crossing =
      line.crossingFlowIds ??
      flows.filter((f) => polylineCrossings(f.path, line.path) % 2 === 1).map((f) => f.id);
    const crossingSet = new Set(crossing);
    const side = smallerSide(nodes, flows, crossingSet);
    const candidate = side
      ? padded(boundingBox(side.flatMap((id) => corners(nodeBox.get(id)!)))!)
      : null;
    const ok =
      candidate !== null &&
      side !== null &&
      nodes.every((n) => side.includes(n.id) || !boxContainsPoint(candidate, centerOf(n.box))) &&
      zones.every((z) => nestsOrApart(z, candidate));
    if (ok) {
      zones.push(candidate);
      const inside = new Set(side);
      placed.push({
        id: line.id,
        box: candidate,
        encloses: true,
        crossingFlowIds: crossing,
        explicitCrossings: flows
          .filter((f) => crossingSet.has(f.id) && inside.has(f.source) === inside.has(f.target))
          .map((f) => f.id),
      });
      continue;
    }
    const extent = boundingBox(line.path) ?? { x: 0, y: 0, width: 200, height: 0 };
    const box = { x: extent.x, y: belowY, width: Math.max(160, extent.width), height: 60 };
    belowY += 100;
    placed.push({
      id: line.id,
      box,
      encloses: false,
      crossingFlowIds: crossing,
      explicitCrossings: crossing,
    });
  }
  return placed;
}

/**
 * The elements on the smaller side of a cut: elements joined by flows that do not cross are on
 * one side; a crossing flow puts its ends on opposite sides. Null when that is inconsistent or
 * nothing crosses.
 */
function smallerSide(
  nodes: readonly LineNode[],
  flows: readonly LineFlow[],
  crossing: ReadonlySet<string>,
): string[] | null {
  if (crossing.size === 0) return null;
  const parent = new Map(nodes.map((n) => [n.id, n.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  for (const f of flows) {
    if (crossing.has(f.id) || !parent.has(f.source) || !parent.has(f.target)) continue;
    parent.set(find(f.source), find(f.target));
  }
  const colour = new Map<string, 0 | 1>();
  const links = flows.filter(
    (f) => crossing.has(f.id) && parent.has(f.source) && parent.has(f.target),
  );
  for (const start of links) {
    const first = find(start.source);
    if (colour.has(first)) continue;
    colour.set(first, 0);
    const queue = [first];
    while (queue.length) {
      const at = queue.shift()!;
      for (const f of links) {
        const a = find(f.source);
        const b = find(f.target);
        if (a !== at && b !== at) continue;
        if (a === b) return null;
        const other = a === at ? b : a;
        const want = colour.get(at) === 0 ? 1 : 0;
        const has = colour.get(other);
        if (has === undefined) {
          colour.set(other, want);
          queue.push(other);
        } else if (has !== want) return null;
      }
    }
  }
  const sides: [string[], string[]] = [[], []];
  for (const n of nodes) {
    const c = colour.get(find(n.id));
    if (c !== undefined) sides[c].push(n.id);
  }
  if (sides[0].length === 0 || sides[1].length === 0) return null;
  return sides[0].length <= sides[1].length ? sides[0] : sides[1];
}

function nestsOrApart(zone: Box, candidate: Box): boolean {
  if (boxContainsBox(zone, candidate) || boxContainsBox(candidate, zone)) return true;
  return (
    candidate.x + candidate.width <= zone.x ||
    zone.x + zone.width <= candidate.x ||
    candidate.y + candidate.height <= zone.y ||
    zone.y + zone.height <= candidate.y
  );
}

function corners(box: Box): Pt[] {
  return [
    { x: box.x, y: box.y },
    { x: box.x + box.width, y: box.y + box.height },
  ];
}

/** Room around the side's elements, and a header for the boundary's name. */
function padded(box: Box): Box {
  return {
    x: box.x - PADDING,
    y: box.y - PADDING - HEADER,
    width: box.width + PADDING * 2,
    height: box.height + PADDING * 2 + HEADER,
  };
}

function bottomOf(boxes: readonly Box[]): number {
  return boxes.length ? Math.max(...boxes.map((b) => b.y + b.height)) : 0;
}
