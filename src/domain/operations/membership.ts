import {
  absolutePosition,
  boundaryAtPoint,
  descendantsOf,
  elementSize,
  indexModel,
  type ModelIndex,
} from "../graph";
import type { DfdElement, Point, ThreatModel } from "../schema";

/**
 * Re-decide which boundary holds each of `ids` from where its centre now lies, keeping every
 * element exactly where it is on screen (positions are stored relative to the parent, so a
 * change of parent rewrites the position). Returns the same document when nothing changed.
 */
export function reassignMembership(doc: ThreatModel, ids: Iterable<string>): ThreatModel {
  let index = indexModel(doc);
  let elements = doc.elements;
  let changed = false;
  for (const id of ids) {
    const element = index.elementsById.get(id);
    if (!element) continue;
    const absolute = absolutePosition(index, id);
    const size = elementSize(element);
    const centre = { x: absolute.x + size.width / 2, y: absolute.y + size.height / 2 };
    const excluded = new Set<string>([id]);
    if (element.type === "trustBoundary") {
      for (const d of descendantsOf(index, id)) excluded.add(d.id);
    }
    const container = boundaryAtPoint(index, centre, excluded);
    const parentId = container?.id ?? null;
    if (parentId === element.parentId) continue;
    const parentOrigin: Point =
      parentId === null ? { x: 0, y: 0 } : absolutePosition(index, parentId);
    const moved: DfdElement = {
      ...element,
      parentId,
      position: { x: absolute.x - parentOrigin.x, y: absolute.y - parentOrigin.y },
    };
    elements = elements.map((e) => (e.id === id ? moved : e));
    changed = true;
    index = indexModel({ ...doc, elements });
  }
  if (!changed) return doc;
  return orderParentsFirst({ ...doc, elements });
}

/**
 * React Flow needs a parent node before its children in the node array. Keep the document in
 * that order (stable otherwise) so derived nodes never need re-sorting.
 */
export function orderParentsFirst(doc: ThreatModel): ThreatModel {
  const positions = new Map<string, number>();
  doc.elements.forEach((e, i) => positions.set(e.id, i));
  const needsSort = doc.elements.some(
    (e, i) => e.parentId !== null && (positions.get(e.parentId) ?? -1) > i,
  );
  if (!needsSort) return doc;
  const index = indexModel(doc);
  const depth = (e: DfdElement): number => depthOf(index, e);
  const withIndex = doc.elements.map((e, i) => ({ e, i, d: depth(e) }));
  withIndex.sort((a, b) => a.d - b.d || a.i - b.i);
  return { ...doc, elements: withIndex.map((x) => x.e) };
}

function depthOf(index: ModelIndex, element: DfdElement): number {
  let depth = 0;
  const seen = new Set<string>();
  let parentId = element.parentId;
  while (parentId !== null && !seen.has(parentId)) {
    seen.add(parentId);
    depth++;
    parentId = index.elementsById.get(parentId)?.parentId ?? null;
  }
  return depth;
}
