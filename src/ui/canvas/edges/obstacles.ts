import { absoluteRect } from "../../../domain/graph";
import type { ThreatModel } from "../../../domain/schema";
import { ObstacleIndex, type Rect } from "./labelPlacement";

/** Height of a boundary's header (name, zone, badge) that labels keep off. */
const BOUNDARY_HEADER = 36;

/** What labels are placed around: the diagram's elements. */
type Diagram = Pick<ThreatModel, "elements">;

/** Everything a flow label should not cover: elements, and boundary headers. */
export function obstacleRects(doc: Diagram): Rect[] {
  const index = { elementsById: new Map(doc.elements.map((e) => [e.id, e])) };
  const out: Rect[] = [];
  for (const element of doc.elements) {
    const rect = absoluteRect(index, element.id);
    if (!rect) continue;
    out.push(element.type === "trustBoundary" ? { ...rect, height: BOUNDARY_HEADER } : rect);
  }
  return out;
}

/**
 * One obstacle index per layout of the document: an edit that moves or resizes nothing (a
 * rename, a property) keeps the same index, so flow labels are not placed again. A new layout
 * gets an index built after the last one built (cells that did not change keep their lists).
 */
export function createObstacleCache() {
  let last: Diagram["elements"] | null = null;
  let current = new ObstacleIndex([]);
  return (doc: Diagram): ObstacleIndex => {
    if (last === null || !sameLayout(last, doc.elements)) {
      // Read when a label is first placed against it (never in the overview).
      current = new ObstacleIndex(() => obstacleRects(doc), undefined, current);
    }
    last = doc.elements;
    return current;
  };
}

/** Same elements where it matters here: ids, parents, positions and sizes, in the same order. */
function sameLayout(a: Diagram["elements"], b: Diagram["elements"]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (
      x.id !== y.id ||
      x.parentId !== y.parentId ||
      x.position.x !== y.position.x ||
      x.position.y !== y.position.y ||
      x.size?.width !== y.size?.width ||
      x.size?.height !== y.size?.height
    ) {
      return false;
    }
  }
  return true;
}
