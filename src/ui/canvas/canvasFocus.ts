import { nearestInDirection, readingOrder, type Direction, type NavItem } from "./spatial";

/**
 * Keyboard focus on the canvas. React Flow makes every node and flow focusable; the canvas
 * still counts as one Tab stop (see Canvas's key handling): Tab enters at the selected or the
 * last focused item, and arrow keys move between items when nothing is selected.
 */
export const CANVAS_ID = "tc-canvas";
const ITEM_SELECTOR = ".react-flow__node[data-id], .react-flow__edge[data-id]";

let lastFocused: string | null = null;

export function rememberFocus(id: string): void {
  lastFocused = id;
}

function canvasRoot(): HTMLElement | null {
  return document.getElementById(CANVAS_ID);
}

export function itemElement(id: string): HTMLElement | null {
  const root = canvasRoot();
  if (!root) return null;
  for (const el of root.querySelectorAll<HTMLElement>(ITEM_SELECTOR)) {
    if (el.dataset.id === id) return el;
  }
  return null;
}

export function itemIdOf(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  const item = target.closest<HTMLElement>(ITEM_SELECTOR);
  return item?.dataset.id ?? null;
}

/** Focus one item (once React has drawn it: a node added a moment ago may not be there yet). */
export function focusCanvasItem(id: string, attempts = 3): void {
  const el = itemElement(id);
  if (el) {
    el.focus({ preventScroll: true });
    lastFocused = id;
    return;
  }
  if (attempts > 0) requestAnimationFrame(() => focusCanvasItem(id, attempts - 1));
}

/** Where focus goes on entering the canvas: the selection, else the last focused item, else the first in reading order. */
export function canvasEntryItem(selection: readonly string[]): string | null {
  for (const id of [...selection, lastFocused]) {
    if (id && itemElement(id)) return id;
  }
  return readingOrder(navItems())[0]?.id ?? null;
}

/** Focus the canvas at its entry item (or the canvas itself when it is empty). */
export function focusCanvas(selection: readonly string[]): void {
  const id = canvasEntryItem(selection);
  if (id !== null) focusCanvasItem(id);
  else canvasRoot()?.focus();
}

function navItems(): NavItem[] {
  const root = canvasRoot();
  if (!root) return [];
  const out: NavItem[] = [];
  for (const el of root.querySelectorAll<HTMLElement>(ITEM_SELECTOR)) {
    const id = el.dataset.id;
    if (!id) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    const boundary = el.classList.contains("react-flow__node-trustBoundary");
    const label = el.classList.contains("react-flow__edge") ? labelRect(id) : null;
    const box = label ?? r;
    out.push({ id, x: box.x + box.width / 2, y: boundary ? box.y + 16 : box.y + box.height / 2 });
  }
  return out;
}

/** A flow's label is where people see the flow; its path's box can span half the canvas. */
function labelRect(id: string): DOMRect | null {
  const label = canvasRoot()?.querySelector<HTMLElement>(
    `.tc-flow-label[data-flow-id="${CSS.escape(id)}"]`,
  );
  return label ? label.getBoundingClientRect() : null;
}

/** Move focus from item `fromId` to its nearest neighbour in a direction; false if none. */
export function moveCanvasFocus(fromId: string, direction: Direction): boolean {
  const items = navItems();
  const from = items.find((i) => i.id === fromId);
  if (!from) return false;
  const next = nearestInDirection(from, items, direction);
  if (!next) return false;
  focusCanvasItem(next.id);
  return true;
}
