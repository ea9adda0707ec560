import type { Rect } from "../../domain/graph";
import type { Point } from "../../domain/schema";

/** Plane geometry for drawing flows between shapes. */

export type ShapeKind = "ellipse" | "rect";

export function center(rect: Rect): Point {
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

/**
 * Where the ray from the shape's centre towards `toward` leaves the shape: on the ellipse
 * inscribed in the rect for processes, on the rect otherwise.
 */
export function boundaryPoint(rect: Rect, shape: ShapeKind, toward: Point): Point {
  const c = center(rect);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const a = rect.width / 2;
  const b = rect.height / 2;
  let t: number;
  if (shape === "ellipse") {
    t = 1 / Math.sqrt((dx * dx) / (a * a) + (dy * dy) / (b * b));
  } else {
    const tx = dx === 0 ? Infinity : a / Math.abs(dx);
    const ty = dy === 0 ? Infinity : b / Math.abs(dy);
    t = Math.min(tx, ty);
  }
  return { x: c.x + dx * t, y: c.y + dy * t };
}

/** Point at parameter t of the quadratic Bézier p0 -> (c) -> p1. */
export function quadraticAt(p0: Point, c: Point, p1: Point, t: number): Point {
  const u = 1 - t;
  return {
    x: u * u * p0.x + 2 * u * t * c.x + t * t * p1.x,
    y: u * u * p0.y + 2 * u * t * c.y + t * t * p1.y,
  };
}

/** Unit normal to the segment a -> b (pointing left of the direction of travel). */
export function normal(a: Point, b: Point): Point {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  return { x: -dy / length, y: dx / length };
}

/** Smallest rect holding all of `rects`; null for none. */
export function union(rects: Iterable<Rect>): Rect | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const r of rects) {
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.width);
    maxY = Math.max(maxY, r.y + r.height);
  }
  return minX === Infinity ? null : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** Angle of the direction a -> b, in radians (for arrowheads). */
export function angle(a: Point, b: Point): number {
  return Math.atan2(b.y - a.y, b.x - a.x);
}
