import { expect, type Locator, type Page } from "@playwright/test";

/**
 * The diagram. Nodes and flows are found by role and accessible name ("Process (LLM): GPU
 * inference server", "Data flow Prompts from API client to API gateway"); React Flow's handles,
 * resize controls and pane have no accessible alternative and are reached by CSS.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Point {
  x: number;
  y: number;
}
export type Side = "top" | "right" | "bottom" | "left";

export const canvas = (page: Page): Locator =>
  page.getByRole("application", { name: "Diagram canvas" });

/** A node by its full accessible name, e.g. "Process (LLM): GPU inference server". */
export const node = (page: Page, label: string): Locator =>
  canvas(page).getByRole("group", { name: label, exact: true });

/** A data flow by its full accessible name. */
export const flow = (page: Page, label: string): Locator =>
  canvas(page).getByRole("group", { name: label, exact: true });

/** Every node (elements and boundaries). */
export const allNodes = (page: Page): Locator =>
  canvas(page).getByRole("group").and(page.locator("[aria-roledescription='node']"));

/** Every data flow. */
export const allFlows = (page: Page): Locator =>
  canvas(page).getByRole("group", { name: /^Data flow / });

export async function box(locator: Locator): Promise<Box> {
  await expect(locator).toBeVisible();
  const b = await locator.boundingBox();
  if (!b) throw new Error("element has no box");
  return b;
}

export const centreOf = (b: Box): Point => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** Where an element is laid out, visible or not. */
async function layoutBox(
  locator: Locator,
): Promise<{ x: number; y: number; width: number; height: number }> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
}

export async function centre(locator: Locator): Promise<Point> {
  return centreOf(await box(locator));
}

/** Press at `from`, move to `to` in several steps (real pointer moves), release. */
export async function drag(
  page: Page,
  from: Point,
  to: Point,
  options: { steps?: number; shift?: boolean } = {},
): Promise<void> {
  const steps = options.steps ?? 12;
  if (options.shift) await page.keyboard.down("Shift");
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  // A first small move gets past React Flow's drag threshold before the real path.
  await page.mouse.move(from.x + 2, from.y + 2, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps });
  await page.mouse.up();
  if (options.shift) await page.keyboard.up("Shift");
}

/**
 * Drag a node by (dx, dy) screen pixels. Elements are grabbed at their centre; boundaries by
 * their header (their middle may hold other elements).
 */
export async function dragNode(
  page: Page,
  target: Locator,
  dx: number,
  dy: number,
  options: { grab?: Point; steps?: number } = {},
): Promise<void> {
  const b = await box(target);
  const isBoundary = (await target.getAttribute("aria-label"))?.startsWith("Trust boundary");
  const grab =
    options.grab ?? (isBoundary ? { x: b.width / 2, y: 8 } : centreOf({ ...b, x: 0, y: 0 }));
  const from = { x: b.x + grab.x, y: b.y + grab.y };
  await drag(page, from, { x: from.x + dx, y: from.y + dy }, { steps: options.steps ?? 12 });
}

export const handle = (target: Locator, side: Side): Locator =>
  target.locator(`.react-flow__handle[data-handleid="${side}"]`);

/**
 * Draw a flow: press on a side handle of `from` and release at `to` (a node: its centre, or a
 * point on screen).
 */
export async function connect(
  page: Page,
  from: Locator,
  to: Locator | Point,
  options: { side?: Side } = {},
): Promise<void> {
  // Handles show only on the hovered node (hidden ones cost nothing to paint), so a target
  // handle is measured from its layout box rather than waited for as visible.
  const end = "x" in to ? to : centreOf(await layoutBox(to));
  await from.hover();
  const start = await centre(handle(from, options.side ?? "right"));
  await drag(page, start, end, { steps: 15 });
}

/** Shift+drag on the empty pane: box selection. */
export async function boxSelect(page: Page, from: Point, to: Point): Promise<void> {
  await drag(page, from, to, { shift: true, steps: 10 });
}

/** React Flow's current viewport, read from the transform of its viewport layer. */
export async function viewport(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  const transform = await canvas(page)
    .locator(".react-flow__viewport")
    .evaluate((el) => getComputedStyle(el).transform);
  const m = /matrix\(([^)]+)\)/.exec(transform);
  if (!m) return { x: 0, y: 0, zoom: 1 };
  const [a, , , , e, f] = m[1]!.split(",").map(Number);
  return { x: e!, y: f!, zoom: a! };
}

/** Screen point of a flow-coordinate point. */
export async function toScreen(page: Page, p: Point): Promise<Point> {
  const pane = await box(canvas(page));
  const v = await viewport(page);
  return { x: pane.x + v.x + p.x * v.zoom, y: pane.y + v.y + p.y * v.zoom };
}

/** An empty point of the pane, in screen coordinates, given as fractions of the canvas box. */
export async function paneAt(page: Page, fx: number, fy: number): Promise<Point> {
  const pane = await box(canvas(page));
  return { x: pane.x + pane.width * fx, y: pane.y + pane.height * fy };
}

/** Boxes of every node, keyed by accessible name. */
export async function nodeBoxes(page: Page): Promise<Record<string, Box>> {
  const result: Record<string, Box> = {};
  for (const n of await allNodes(page).all()) {
    const name = await n.getAttribute("aria-label");
    const b = await n.boundingBox();
    if (name && b) result[name] = b;
  }
  return result;
}

export function expectBoxClose(actual: Box, expected: Box, tolerance = 1): void {
  for (const key of ["x", "y", "width", "height"] as const) {
    expect(
      Math.abs(actual[key] - expected[key]),
      `${key}: ${actual[key]} vs ${expected[key]}`,
    ).toBeLessThanOrEqual(tolerance);
  }
}

export function contains(outer: Box, inner: Box): boolean {
  return (
    inner.x >= outer.x - 0.5 &&
    inner.y >= outer.y - 0.5 &&
    inner.x + inner.width <= outer.x + outer.width + 0.5 &&
    inner.y + inner.height <= outer.y + outer.height + 0.5
  );
}

/**
 * A point on a flow's drawn path, in screen coordinates: at `fraction` of its length (0 = source
 * end, 1 = target end), moved back by `inset` diagram units from the end it is nearest to.
 */
export async function pointOnFlow(target: Locator, fraction = 0.5, inset = 0): Promise<Point> {
  await expect(target).toBeAttached();
  return target.evaluate(
    (g, [f, d]) => {
      const path = g.querySelector<SVGPathElement>("path.react-flow__edge-path");
      const matrix = path?.getScreenCTM();
      if (!path || !matrix) throw new Error("the flow has no drawn path");
      const total = path.getTotalLength();
      const length = Math.min(total, Math.max(0, total * f + (f > 0.5 ? -d : d)));
      const p = path.getPointAtLength(length);
      return {
        x: matrix.a * p.x + matrix.c * p.y + matrix.e,
        y: matrix.b * p.x + matrix.d * p.y + matrix.f,
      };
    },
    [fraction, inset] as const,
  );
}

/**
 * Where a user grabs a flow's end to reconnect it: on the arrow just short of the element (the
 * very tip lies under the element's connection handle, which starts a new flow instead).
 */
export const flowEndGrip = (target: Locator, end: "source" | "target"): Promise<Point> =>
  pointOnFlow(target, end === "source" ? 0 : 1, 8);

/** Select a flow the way a user does: click on its arrow (where its label sits). */
export async function clickFlow(
  page: Page,
  target: Locator,
  modifiers: Array<"Shift"> = [],
): Promise<void> {
  const p = await pointOnFlow(target);
  for (const m of modifiers) await page.keyboard.down(m);
  await page.mouse.click(p.x, p.y);
  for (const m of modifiers) await page.keyboard.up(m);
}

/** Drag one of a selected boundary's resize handles (e.g. "bottom.right") by (dx, dy) pixels. */
export async function resizeBy(
  page: Page,
  target: Locator,
  corner: "top.left" | "top.right" | "bottom.left" | "bottom.right",
  dx: number,
  dy: number,
): Promise<void> {
  const control = target.locator(`.react-flow__resize-control.handle.${corner}`);
  await expect(control).toBeVisible();
  const from = await centre(control);
  await drag(page, from, { x: from.x + dx, y: from.y + dy });
}

/** Select a node by clicking it (boundaries on their header, where nothing else lies). */
export async function clickNode(page: Page, target: Locator, shift = false): Promise<void> {
  const b = await box(target);
  const isBoundary = (await target.getAttribute("aria-label"))?.startsWith("Trust boundary");
  const at = isBoundary ? { x: b.width / 2, y: 8 } : { x: b.width / 2, y: b.height / 2 };
  await target.click({ position: at, modifiers: shift ? ["Shift"] : [] });
}

/** Drop a palette item onto the canvas at a screen point. */
export async function dropFromPalette(page: Page, item: string, at: Point): Promise<void> {
  const pane = await box(canvas(page));
  await page
    .getByRole("navigation", { name: "Palette" })
    .getByRole("button", { name: item, exact: true })
    .dragTo(canvas(page), { targetPosition: { x: at.x - pane.x, y: at.y - pane.y } });
}
