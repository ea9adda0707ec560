import { elementSize, indexModel } from "../graph";
import { fail, ok, type OperationResult } from "../operations/result";
import type { DfdElement, ThreatModel } from "../schema";
import { BOUNDARY_PADDING, type Placement } from "./elk";

/** Largest side an element may have (the schema's limit). */
const MAX_SIDE = 20000;

/**
 * Put elements where a layout placed them (positions relative to their parent, as stored;
 * laid-out boundaries also take their new size). Membership never changes: members stay in
 * their boundary. A boundary that holds laid-out elements but was not laid out itself grows
 * (never shrinks) so that they fit inside it, and so do the boundaries around it.
 */
export function applyLayout(doc: ThreatModel, placements: readonly Placement[]): OperationResult {
  const byId = new Map<string, Placement>();
  for (const p of placements) {
    const values = [p.position.x, p.position.y, p.size?.width ?? 1, p.size?.height ?? 1];
    if (!values.every(Number.isFinite)) return fail(`the layout gave "${p.id}" no valid place`);
    if (p.size && (p.size.width > MAX_SIDE || p.size.height > MAX_SIDE)) {
      return fail(
        `the layout would make boundary "${p.id}" ${Math.round(p.size.width)} × ${Math.round(p.size.height)}, larger than the ${MAX_SIDE.toLocaleString("en")} × ${MAX_SIDE.toLocaleString("en")} a boundary may be`,
      );
    }
    byId.set(p.id, p);
  }
  let changed = false;
  let elements: DfdElement[] = doc.elements.map((element) => {
    const placed = byId.get(element.id);
    if (!placed) return element;
    const position = { x: Math.round(placed.position.x), y: Math.round(placed.position.y) };
    const size = placed.size
      ? {
          width: Math.max(20, Math.round(placed.size.width)),
          height: Math.max(20, Math.round(placed.size.height)),
        }
      : undefined;
    const same =
      position.x === element.position.x &&
      position.y === element.position.y &&
      (!size || (element.size?.width === size.width && element.size.height === size.height));
    if (same) return element;
    changed = true;
    return {
      ...element,
      position,
      ...(size ? { size: { ...element.size, ...size } } : {}),
    } as DfdElement;
  });
  if (!changed) return ok(doc);

  // Parents of laid-out elements that were not laid out themselves, innermost first.
  const index = indexModel({ ...doc, elements });
  const toFit: string[] = [];
  const seen = new Set<string>();
  for (const id of byId.keys()) {
    let parentId = index.elementsById.get(id)?.parentId ?? null;
    while (parentId !== null && !seen.has(parentId)) {
      seen.add(parentId);
      if (!byId.has(parentId)) toFit.push(parentId);
      parentId = index.elementsById.get(parentId)?.parentId ?? null;
    }
  }
  toFit.sort((a, b) => depth(index, b) - depth(index, a));
  for (const boundaryId of toFit) elements = growToFit(elements, boundaryId);
  return ok({ ...doc, elements });
}

function depth(index: ReturnType<typeof indexModel>, id: string): number {
  let d = 0;
  const seen = new Set<string>();
  let parentId = index.elementsById.get(id)?.parentId ?? null;
  while (parentId !== null && !seen.has(parentId)) {
    seen.add(parentId);
    d++;
    parentId = index.elementsById.get(parentId)?.parentId ?? null;
  }
  return d;
}

/** Grow a boundary so its direct members lie inside its padding; members keep their place on screen. */
export function growToFit(elements: DfdElement[], boundaryId: string): DfdElement[] {
  const boundary = elements.find((e) => e.id === boundaryId);
  if (!boundary) return elements;
  const children = elements.filter((e) => e.parentId === boundaryId);
  if (children.length === 0) return elements;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const c of children) {
    const { width, height } = elementSize(c);
    minX = Math.min(minX, c.position.x);
    minY = Math.min(minY, c.position.y);
    maxX = Math.max(maxX, c.position.x + width);
    maxY = Math.max(maxY, c.position.y + height);
  }
  const size = elementSize(boundary);
  // Members too far left or up: the boundary's origin moves back and they shift to stay put.
  const shiftX = Math.max(0, BOUNDARY_PADDING.left - minX);
  const shiftY = Math.max(0, BOUNDARY_PADDING.top - minY);
  const width = Math.max(size.width + shiftX, maxX + shiftX + BOUNDARY_PADDING.right);
  const height = Math.max(size.height + shiftY, maxY + shiftY + BOUNDARY_PADDING.bottom);
  if (shiftX === 0 && shiftY === 0 && width === size.width && height === size.height)
    return elements;
  return elements.map((e) => {
    if (e.id === boundaryId) {
      return {
        ...e,
        position: { x: e.position.x - shiftX, y: e.position.y - shiftY },
        size: { ...e.size, width, height },
      } as DfdElement;
    }
    if (e.parentId === boundaryId && (shiftX !== 0 || shiftY !== 0)) {
      return { ...e, position: { x: e.position.x + shiftX, y: e.position.y + shiftY } };
    }
    return e;
  });
}
