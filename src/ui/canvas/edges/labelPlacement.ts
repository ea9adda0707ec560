/**
 * Where a flow's label goes: on the free part of its curve, clear of elements, boundary headers
 * and the arrowheads at its ends. Pure geometry in canvas units.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Pt {
  x: number;
  y: number;
}
export type Side = "top" | "right" | "bottom" | "left";

/** React Flow's bezier control points (getBezierPath, curvature 0.25), to sample the same curve. */
function controlOffset(distance: number, curvature: number): number {
  return distance >= 0 ? 0.5 * distance : curvature * 25 * Math.sqrt(-distance);
}

function control(side: Side, from: Pt, to: Pt, curvature: number): Pt {
  switch (side) {
    case "left":
      return { x: from.x - controlOffset(from.x - to.x, curvature), y: from.y };
    case "right":
      return { x: from.x + controlOffset(to.x - from.x, curvature), y: from.y };
    case "top":
      return { x: from.x, y: from.y - controlOffset(from.y - to.y, curvature) };
    case "bottom":
      return { x: from.x, y: from.y + controlOffset(to.y - from.y, curvature) };
  }
}

export interface Curve {
  p0: Pt;
  c1: Pt;
  c2: Pt;
  p3: Pt;
}

export function bezierCurve(source: Pt, sourceSide: Side, target: Pt, targetSide: Side): Curve {
  return {
    p0: source,
    c1: control(sourceSide, source, target, 0.25),
    c2: control(targetSide, target, source, 0.25),
    p3: target,
  };
}

export function pointAt({ p0, c1, c2, p3 }: Curve, t: number): Pt {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return {
    x: a * p0.x + b * c1.x + c * c2.x + d * p3.x,
    y: a * p0.y + b * c1.y + c * c2.y + d * p3.y,
  };
}

const NO_RECTS: readonly Rect[] = Object.freeze([]);

/**
 * A cell's key: column * 2^20 + row, exact for any column and any row within ±2^19 cells (±125
 * million canvas units at 240 a cell). A number, not a "x:y" string: at 7,500 flows the keys of
 * every label test are made in the millions.
 */
const ROW_SPAN = 1 << 20;
const cellKey = (column: number, row: number) => column * ROW_SPAN + row;

/**
 * Rectangles a label must not cover, bucketed on a coarse grid so each test looks only at the
 * few near it. Built after a `previous` index, a cell whose rectangles are the same keeps the
 * previous list object: what did not change near a label can be told by identity (see near()).
 *
 * Given as a function, the rectangles are read and bucketed on the first test, not before: in
 * the canvas overview no label is drawn, and building the index for every layout of 5,000
 * elements (each nudge, each undo) was 7 ms of each. An index never built keeps no chain of
 * earlier ones: it is built after the last index that was (whose labels it may keep).
 */
export class ObstacleIndex {
  private built: Map<number, readonly Rect[]> | null = null;
  private rects: (() => Iterable<Rect>) | null;
  private base: ObstacleIndex | undefined;
  constructor(
    rects: Iterable<Rect> | (() => Iterable<Rect>),
    private readonly cell = 240,
    previous?: ObstacleIndex,
  ) {
    // An index never built stands for the last one that was (or the first of its line).
    this.base = previous && (previous.built !== null ? previous : (previous.base ?? previous));
    if (typeof rects === "function") {
      this.rects = rects;
    } else {
      this.rects = () => rects;
      this.build();
    }
  }

  private get cells(): Map<number, readonly Rect[]> {
    return this.built ?? this.build();
  }

  private build(): Map<number, readonly Rect[]> {
    const lists = new Map<number, Rect[]>();
    for (const r of this.rects!()) {
      const { x0, x1, y0, y1 } = this.span(r);
      for (let x = x0; x <= x1; x++) {
        for (let y = y0; y <= y1; y++) {
          const key = cellKey(x, y);
          const list = lists.get(key);
          if (list) list.push(r);
          else lists.set(key, [r]);
        }
      }
    }
    const previous = this.base?.cell === this.cell ? this.base.built : null;
    const cells = new Map<number, readonly Rect[]>();
    for (const [key, list] of lists) {
      const before = previous?.get(key);
      cells.set(key, before && sameRects(before, list) ? before : list);
    }
    this.built = cells;
    this.rects = null;
    this.base = undefined;
    return cells;
  }

  /**
   * The rectangles of each cell the `regions` touch, region after region, in a fixed order (a
   * cell two regions touch is listed twice); an empty cell is NO_RECTS.
   */
  near(...regions: Rect[]): (readonly Rect[])[] {
    const out: (readonly Rect[])[] = [];
    for (const region of regions) {
      const { x0, x1, y0, y1 } = this.span(region);
      for (let x = x0; x <= x1; x++) {
        for (let y = y0; y <= y1; y++) out.push(this.cells.get(cellKey(x, y)) ?? NO_RECTS);
      }
    }
    return out;
  }

  private span(r: Rect) {
    return {
      x0: Math.floor(r.x / this.cell),
      x1: Math.floor((r.x + r.width) / this.cell),
      y0: Math.floor(r.y / this.cell),
      y1: Math.floor((r.y + r.height) / this.cell),
    };
  }

  /** Area of `box` covered by obstacles (overlaps counted per obstacle). */
  coverage(box: Rect): number {
    const { x0, x1, y0, y1 } = this.span(box);
    // A label box mostly lies in one cell: then no rectangle can be met twice.
    const seen = x0 === x1 && y0 === y1 ? null : new Set<Rect>();
    let area = 0;
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        for (const r of this.cells.get(cellKey(x, y)) ?? NO_RECTS) {
          if (seen) {
            if (seen.has(r)) continue;
            seen.add(r);
          }
          area += overlapArea(box, r);
        }
      }
    }
    return area;
  }
}

/** From the middle outwards; the ends (arrowheads) are never used. */
const STEPS = [0.5, 0.42, 0.58, 0.34, 0.66, 0.27, 0.73, 0.2, 0.8];
/** Room kept free around each end of the curve for the arrowhead. */
const END_CLEARANCE = 14;

export interface LabelSpot extends Pt {
  /** Width the label's text may take; narrower than it wants means an ellipsis. */
  textWidth: number;
  /** No free spot: the label lies over an element (it must then not take the element's clicks). */
  overElements: boolean;
}

/**
 * Where the label goes and how wide its text may be: the first point from the middle of the
 * curve where the label covers nothing (and keeps clear of the arrowheads); if none is free at
 * its full width, the text is shortened step by step (an ellipsis, the whole label on hover);
 * if even the shortest is never free, the point and width where it covers least.
 */
/**
 * Every box placeLabel may test lies within one of these: the label at its full width, centred
 * on each point it is tried at. What placeLabel reads of the obstacles is what lies in them.
 */
export function labelReach(curve: Curve, label: LabelBox): Rect[] {
  return STEPS.map((t) => {
    const p = pointAt(curve, t);
    return {
      x: p.x - label.width / 2,
      y: p.y - label.height / 2,
      width: label.width,
      height: label.height,
    };
  });
}

export function placeLabel(curve: Curve, label: LabelBox, obstacles: ObstacleIndex): LabelSpot {
  const ends: Rect[] = [curve.p0, curve.p3].map((p) => ({
    x: p.x - END_CLEARANCE,
    y: p.y - END_CLEARANCE,
    width: END_CLEARANCE * 2,
    height: END_CLEARANCE * 2,
  }));
  const points = STEPS.map((t) => pointAt(curve, t));
  let best: LabelSpot = { ...points[0]!, textWidth: label.textWidth, overElements: true };
  let bestCover = Infinity;
  for (const textWidth of narrowings(label.textWidth)) {
    const width = label.width - label.textWidth + textWidth;
    for (const p of points) {
      const box = { x: p.x - width / 2, y: p.y - label.height / 2, width, height: label.height };
      const onElements = obstacles.coverage(box);
      let cover = onElements;
      for (const end of ends) cover += overlapArea(box, end);
      if (cover === 0) return { ...p, textWidth, overElements: false };
      if (cover < bestCover) {
        bestCover = cover;
        best = { ...p, textWidth, overElements: onElements > 0 };
      }
    }
  }
  return best;
}

/** Shortest a shortened text gets: about six characters, enough to recognise it. */
const MIN_TEXT = 56;

/** The text's full width, then 12 units shorter each time, down to MIN_TEXT. */
function narrowings(full: number): number[] {
  const out = [full];
  for (let w = full - 12; w >= MIN_TEXT; w -= 12) out.push(w);
  if (full > MIN_TEXT && out[out.length - 1] !== MIN_TEXT) out.push(MIN_TEXT);
  return out;
}

function sameRects(a: readonly Rect[], b: readonly Rect[]): boolean {
  return (
    a.length === b.length &&
    a.every((r, i) => {
      const o = b[i]!;
      return r.x === o.x && r.y === o.y && r.width === o.width && r.height === o.height;
    })
  );
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Longest a label's text is drawn before it is shortened with an ellipsis (canvas units). */
export const LABEL_MAX_TEXT = 190;

export interface LabelBox {
  width: number;
  height: number;
  /** The part of `width` that is text (the rest: padding and the findings badge). */
  textWidth: number;
}

/** Estimated box of a label: 15 px semibold text (~8.4 units a character), padding, badge. */
export function labelSize(text: string, hasBadge: boolean): LabelBox {
  const textWidth = text ? Math.min(LABEL_MAX_TEXT, text.length * 8.4) : 0;
  const width = 16 + textWidth + (hasBadge ? 32 : 0) + (text && hasBadge ? 6 : 0);
  return { width, height: 30, textWidth };
}
