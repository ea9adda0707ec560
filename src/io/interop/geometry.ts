/** Plane geometry for placing imported diagrams: rectangles, polylines and their crossings. */

export interface Pt {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function centerOf(box: Box): Pt {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

export function boxContainsPoint(box: Box, p: Pt): boolean {
  return p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height;
}

export function boxContainsBox(outer: Box, inner: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

export function area(box: Box): number {
  return box.width * box.height;
}

/** The smallest box holding every point. */
export function boundingBox(points: readonly Pt[]): Box | null {
  if (points.length === 0) return null;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

function cross(o: Pt, a: Pt, b: Pt): number {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

/** Whether two segments properly intersect (touching at an end point counts). */
export function segmentsIntersect(a1: Pt, a2: Pt, b1: Pt, b2: Pt): boolean {
  const d1 = cross(b1, b2, a1);
  const d2 = cross(b1, b2, a2);
  const d3 = cross(a1, a2, b1);
  const d4 = cross(a1, a2, b2);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
    return true;
  }
  return (
    (d1 === 0 && onSegment(b1, b2, a1)) ||
    (d2 === 0 && onSegment(b1, b2, a2)) ||
    (d3 === 0 && onSegment(a1, a2, b1)) ||
    (d4 === 0 && onSegment(a1, a2, b2))
  );
}

function onSegment(a: Pt, b: Pt, p: Pt): boolean {
  return (
    Math.min(a.x, b.x) <= p.x &&
    p.x <= Math.max(a.x, b.x) &&
    Math.min(a.y, b.y) <= p.y &&
    p.y <= Math.max(a.y, b.y)
  );
}

/**
 * How many times two polylines cross. A crossing exactly at a vertex is counted once, not once
 * per segment that meets there, so that odd means "ends up on the other side".
 */
export function polylineCrossings(a: readonly Pt[], b: readonly Pt[]): number {
  let count = 0;
  for (let i = 0; i + 1 < a.length; i++) {
    for (let j = 0; j + 1 < b.length; j++) {
      const hit = intersectionParameters(a[i]!, a[i + 1]!, b[j]!, b[j + 1]!);
      if (!hit) continue;
      const lastA = i + 2 === a.length;
      const lastB = j + 2 === b.length;
      if ((hit.t < 1 || lastA) && (hit.u < 1 || lastB)) count++;
    }
  }
  return count;
}

/** Where two segments meet, as fractions along each (0-1); null when they do not or are parallel. */
function intersectionParameters(p1: Pt, p2: Pt, q1: Pt, q2: Pt): { t: number; u: number } | null {
  const rx = p2.x - p1.x;
  const ry = p2.y - p1.y;
  const sx = q2.x - q1.x;
  const sy = q2.y - q1.y;
  const denominator = rx * sy - ry * sx;
  if (denominator === 0) return null;
  const t = ((q1.x - p1.x) * sy - (q1.y - p1.y) * sx) / denominator;
  const u = ((q1.x - p1.x) * ry - (q1.y - p1.y) * rx) / denominator;
  return t >= 0 && t <= 1 && u >= 0 && u <= 1 ? { t, u } : null;
}

/**
 * A quadratic curve from `start` to `end` that passes through `through` halfway (TMT draws
 * its connectors and line boundaries so, with a handle on the curve), as a polyline.
 */
export function curveThrough(start: Pt, through: Pt, end: Pt, segments = 16): Pt[] {
  const control = {
    x: 2 * through.x - (start.x + end.x) / 2,
    y: 2 * through.y - (start.y + end.y) / 2,
  };
  const points: Pt[] = [];
  for (let i = 0; i <= segments; i++) {
    const t = i / segments;
    const u = 1 - t;
    points.push({
      x: u * u * start.x + 2 * u * t * control.x + t * t * end.x,
      y: u * u * start.y + 2 * u * t * control.y + t * t * end.y,
    });
  }
  return points;
}

export function finiteOr(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

/** A number from a number or a numeric string ("445"); null otherwise. */
export function numberFrom(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" && value.trim() !== "") {
    const n = Number(value);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}
