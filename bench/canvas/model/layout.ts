import type { Random } from "./random";

/** The model is laid out on a grid of cells; each element occupies one cell. */
export const CELL = { width: 250, height: 210 } as const;
/** Where an element sits inside its cell (room for a boundary's header above it). */
const ELEMENT_OFFSET = { x: 30, y: 42 } as const;
/** Inset of a boundary's rectangle from its cells' edges, per nesting level. */
const BOUNDARY_INSET = 8;

export interface CellRect {
  col: number;
  row: number;
  cols: number;
  rows: number;
}

export interface PlannedBoundary {
  rect: CellRect;
  /** Index of the enclosing boundary in the plan, or null at top level. */
  parent: number | null;
  depth: number;
}

export interface GridPlan {
  columns: number;
  rows: number;
  /** Parents always come before their children (React Flow needs that order). */
  boundaries: PlannedBoundary[];
}

/** A grid with room for `elements` cells (plus ~12 % empty), shaped like a 16:10 screen. */
export function planGrid(elements: number, boundaryCount: number, random: Random): GridPlan {
  const cells = Math.ceil(elements * 1.12);
  const columns = Math.ceil(Math.sqrt(cells * 1.6 * (CELL.height / CELL.width)));
  const rows = Math.ceil(cells / columns);
  const boundaries: PlannedBoundary[] = [];
  const taken: CellRect[] = [];
  let attempts = 0;
  while (boundaries.length < boundaryCount && attempts++ < 10_000) {
    const cols = 4 + random.int(4);
    const rowsSpan = 3 + random.int(3);
    const rect = {
      col: random.int(columns - cols + 1),
      row: random.int(rows - rowsSpan + 1),
      cols,
      rows: rowsSpan,
    };
    if (taken.some((other) => overlaps(grow(rect), other))) continue;
    taken.push(rect);
    const index = boundaries.length;
    boundaries.push({ rect, parent: null, depth: 0 });
    // Every third boundary holds a nested one (a sub-zone) in its bottom-right corner.
    if (index % 3 === 0 && boundaries.length < boundaryCount) {
      const inner = { col: rect.col + cols - 2, row: rect.row + rowsSpan - 2, cols: 2, rows: 2 };
      boundaries.push({ rect: inner, parent: index, depth: 1 });
    }
  }
  if (boundaries.length < boundaryCount) throw new Error("grid too small for the boundaries");
  return { columns, rows, boundaries };
}

/** Absolute rectangle of a boundary, in canvas units. */
export function boundaryBox(boundary: PlannedBoundary) {
  const inset = BOUNDARY_INSET * (boundary.depth + 1);
  return {
    x: boundary.rect.col * CELL.width + inset,
    y: boundary.rect.row * CELL.height + inset,
    width: boundary.rect.cols * CELL.width - 2 * inset,
    height: boundary.rect.rows * CELL.height - 2 * inset,
  };
}

/** Absolute top-left corner of the element placed in a cell. */
export function cellOrigin(col: number, row: number) {
  return { x: col * CELL.width + ELEMENT_OFFSET.x, y: row * CELL.height + ELEMENT_OFFSET.y };
}

/** Index of the innermost boundary containing the cell, or null. */
export function innermostBoundary(plan: GridPlan, col: number, row: number): number | null {
  let found: number | null = null;
  plan.boundaries.forEach((boundary, index) => {
    if (!contains(boundary.rect, col, row)) return;
    if (found === null || boundary.depth > plan.boundaries[found]!.depth) found = index;
  });
  return found;
}

function contains(rect: CellRect, col: number, row: number): boolean {
  return (
    col >= rect.col && col < rect.col + rect.cols && row >= rect.row && row < rect.row + rect.rows
  );
}

/** One cell of margin, so that boundaries never touch. */
function grow(rect: CellRect): CellRect {
  return { col: rect.col - 1, row: rect.row - 1, cols: rect.cols + 2, rows: rect.rows + 2 };
}

function overlaps(a: CellRect, b: CellRect): boolean {
  return (
    a.col < b.col + b.cols &&
    b.col < a.col + a.cols &&
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows
  );
}
