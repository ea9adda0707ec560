import { absoluteRect, boundaryChain, indexModel, type ModelIndex, type Rect } from "../graph";
import type { DfdElement, ThreatModel } from "../schema";
import { reassignMembership } from "./membership";

/** Room left between a settled element and the boundary edge it straddled. */
export const SETTLE_MARGIN = 12;

export interface StraddleNote {
  elementId: string;
  boundaryId: string;
  placed: "inside" | "outside";
}

/**
 * An element dropped across a boundary's edge is ambiguous on screen (is it in or out?) while
 * the model has already decided by its centre. Settle it where the model says: fully inside
 * the boundary holding it (when it fits), or fully outside a boundary whose edge it crosses,
 * moved the shortest way. Only processes, data stores and external entities are settled;
 * boundaries may overlap each other. Returns what was settled so the user can be told.
 */
export function settleStraddles(
  doc: ThreatModel,
  ids: Iterable<string>,
): { doc: ThreatModel; notes: StraddleNote[] } {
  let current = doc;
  const notes: StraddleNote[] = [];
  for (const id of ids) {
    const index = indexModel(current);
    const element = index.elementsById.get(id);
    if (!element || element.type === "trustBoundary") continue;
    const rect = absoluteRect(index, id);
    if (!rect) continue;
    const result = settleOne(index, element, rect);
    if (!result) continue;
    const moved: DfdElement = {
      ...element,
      position: { x: element.position.x + result.dx, y: element.position.y + result.dy },
    };
    current = reassignMembership(
      { ...current, elements: current.elements.map((e) => (e.id === id ? moved : e)) },
      [id],
    );
    notes.push({ elementId: id, boundaryId: result.boundaryId, placed: result.placed });
  }
  return { doc: current, notes };
}

function settleOne(
  index: ModelIndex,
  element: DfdElement,
  rect: Rect,
): { dx: number; dy: number; boundaryId: string; placed: "inside" | "outside" } | null {
  const ancestors = new Set(boundaryChain(index, element.id).map((b) => b.id));
  // Inside first: the element pokes out of a boundary that holds it.
  for (const boundary of boundaryChain(index, element.id)) {
    const outer = absoluteRect(index, boundary.id);
    if (!outer || contains(outer, rect)) continue;
    const shift = shiftInside(rect, outer);
    if (shift) return { ...shift, boundaryId: boundary.id, placed: "inside" };
    return null; // Too big for it: leave it as the user put it.
  }
  // Then outside: the element overlaps the edge of a boundary it is not in.
  for (const boundary of index.model.elements) {
    if (boundary.type !== "trustBoundary" || ancestors.has(boundary.id)) continue;
    const other = absoluteRect(index, boundary.id);
    if (!other || !overlaps(other, rect) || contains(rect, other)) continue;
    const shift = shiftOutside(rect, other);
    return { ...shift, boundaryId: boundary.id, placed: "outside" };
  }
  return null;
}

function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function shiftInside(rect: Rect, outer: Rect): { dx: number; dy: number } | null {
  const m = SETTLE_MARGIN;
  if (rect.width + 2 * m > outer.width || rect.height + 2 * m > outer.height) return null;
  const x = Math.min(Math.max(rect.x, outer.x + m), outer.x + outer.width - m - rect.width);
  const y = Math.min(Math.max(rect.y, outer.y + m), outer.y + outer.height - m - rect.height);
  return { dx: Math.round(x - rect.x), dy: Math.round(y - rect.y) };
}

/** The shortest of the four moves that clear the boundary. */
function shiftOutside(rect: Rect, other: Rect): { dx: number; dy: number } {
  const m = SETTLE_MARGIN;
  const options = [
    { dx: other.x - m - (rect.x + rect.width), dy: 0 },
    { dx: other.x + other.width + m - rect.x, dy: 0 },
    { dx: 0, dy: other.y - m - (rect.y + rect.height) },
    { dx: 0, dy: other.y + other.height + m - rect.y },
  ];
  options.sort((a, b) => Math.abs(a.dx) + Math.abs(a.dy) - (Math.abs(b.dx) + Math.abs(b.dy)));
  const best = options[0]!;
  return { dx: Math.round(best.dx), dy: Math.round(best.dy) };
}
