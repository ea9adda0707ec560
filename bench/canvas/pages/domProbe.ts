import type { Viewport } from "../../../src/domain/schema";
import type { BenchApi, Rect, Reach } from "./benchApi";

/** The DOM-only half of BenchApi: the same code reads both pages. */
export function installBenchApi(
  positionOf: BenchApi["positionOf"],
  expected: { nodes: number; edges: number },
): void {
  window.__bench = {
    ready: () =>
      document.querySelectorAll(".react-flow__node").length >= expected.nodes &&
      document.querySelectorAll(".react-flow__edge").length >= expected.edges,
    positionOf,
    viewport,
    paneRect: () => rectOf(document.querySelector(".react-flow")),
    nodeRect: (id) => rectOf(nodeElement(id)),
    grabbable,
  };
}

function nodeElement(id: string): Element | null {
  return document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
}

function rectOf(element: Element | null): Rect | null {
  if (!element) return null;
  const r = element.getBoundingClientRect();
  return { x: r.x, y: r.y, width: r.width, height: r.height };
}

function viewport(): Viewport | null {
  const el = document.querySelector<HTMLElement>(".react-flow__viewport");
  if (!el) return null;
  const m = new DOMMatrixReadOnly(getComputedStyle(el).transform);
  return { x: m.e, y: m.f, zoom: m.a };
}

function grabbable(candidates: string[], reach: Reach) {
  const pane = rectOf(document.querySelector(".react-flow"));
  const found: Array<{ id: string; x: number; y: number }> = [];
  if (!pane) return found;
  const margin = 24;
  for (const id of candidates) {
    const rect = rectOf(nodeElement(id));
    if (!rect) continue;
    const x = Math.round(rect.x + rect.width / 2);
    const y = Math.round(rect.y + rect.height / 2);
    const inside =
      x - reach.left >= pane.x + margin &&
      x + reach.right <= pane.x + pane.width - margin &&
      y - reach.top >= pane.y + margin &&
      y + reach.bottom <= pane.y + pane.height - margin;
    const hit = document.elementFromPoint(x, y)?.closest<HTMLElement>(".react-flow__node");
    if (inside && hit?.dataset.id === id) found.push({ id, x, y });
  }
  return found;
}
