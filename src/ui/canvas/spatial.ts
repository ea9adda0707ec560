/** Spatial keyboard navigation between items on the canvas: pure geometry, no DOM. */
export interface NavItem {
  id: string;
  /** Where the item is on screen: its centre (a boundary: the middle of its header). */
  x: number;
  y: number;
}

export type Direction = "up" | "down" | "left" | "right";

/**
 * The item nearest to `from` in a direction: only items ahead (within a 60° cone either side,
 * so a slightly higher neighbour still counts as "right"), scored by distance along the
 * direction plus twice the sideways offset, which prefers the item straight ahead.
 */
export function nearestInDirection(
  from: NavItem,
  items: readonly NavItem[],
  direction: Direction,
): NavItem | null {
  let best: NavItem | null = null;
  let bestScore = Infinity;
  for (const item of items) {
    if (item.id === from.id) continue;
    const dx = item.x - from.x;
    const dy = item.y - from.y;
    const along =
      direction === "right" ? dx : direction === "left" ? -dx : direction === "down" ? dy : -dy;
    const across = Math.abs(direction === "left" || direction === "right" ? dy : dx);
    if (along <= 0 || across > along * Math.tan(Math.PI / 3)) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = item;
    }
  }
  return best;
}

/** Reading order (top to bottom, then left to right, in rows of `rowHeight`). */
export function readingOrder<T extends NavItem>(items: readonly T[], rowHeight = 40): T[] {
  return [...items].sort(
    (a, b) => Math.floor(a.y / rowHeight) - Math.floor(b.y / rowHeight) || a.x - b.x,
  );
}
