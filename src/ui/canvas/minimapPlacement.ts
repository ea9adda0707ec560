/** Where the minimap can go without covering an element: pure geometry on screen rectangles. */
export interface ScreenRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Corner = "bottom-right" | "top-right" | "top-left";

export const MINIMAP_SIZE = { width: 200, height: 150 } as const;
/** From the canvas edge; the top corners leave room for the attribution line above. */
const MARGIN = 12;
const TOP_MARGIN = 34;
/** Bottom left holds the zoom controls. */
const CORNERS: readonly Corner[] = ["bottom-right", "top-right", "top-left"];

export function minimapRect(corner: Corner, canvas: { width: number; height: number }): ScreenRect {
  const { width, height } = MINIMAP_SIZE;
  const x = corner === "top-left" ? MARGIN : canvas.width - width - MARGIN;
  const y = corner === "bottom-right" ? canvas.height - height - MARGIN : TOP_MARGIN;
  return { x, y, width, height };
}

function overlaps(a: ScreenRect, b: ScreenRect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * The first corner (bottom right, top right, top left) where the minimap covers no element, or
 * null when every corner would cover one (the minimap then steps out of the way entirely).
 * `elements` are in canvas-relative screen pixels.
 */
export function freeCorner(
  elements: Iterable<ScreenRect>,
  canvas: { width: number; height: number },
): Corner | null {
  if (canvas.width < MINIMAP_SIZE.width * 2 || canvas.height < MINIMAP_SIZE.height * 2) return null;
  const rects = CORNERS.map((c) => [c, minimapRect(c, canvas)] as const);
  const blocked = new Set<Corner>();
  for (const element of elements) {
    for (const [corner, rect] of rects) {
      if (!blocked.has(corner) && overlaps(rect, element)) blocked.add(corner);
    }
    if (blocked.size === rects.length) return null;
  }
  return CORNERS.find((c) => !blocked.has(c)) ?? null;
}
