import type { ThreatModel, Viewport } from "../../../src/domain/schema";

/** What run.ts injects before a page loads (addInitScript). */
export interface BenchInput {
  model: ThreatModel;
  /** The viewport to open at; null means fitView (used once, to calibrate). */
  viewport: Viewport | null;
  /** Size of the bare page's canvas box, to match the app's canvas; null means the window. */
  canvasSize: { width: number; height: number } | null;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How far a drag path goes from its start, in screen pixels. */
export interface Reach {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** What a bench page exposes to run.ts (page.evaluate). Same contract in app and bare pages. */
export interface BenchApi {
  /** Every node and edge of the model is rendered. */
  ready(): boolean;
  /** The node's absolute position in the page's own state (the document, or React state). */
  positionOf(id: string): { x: number; y: number } | null;
  /** The viewport React Flow applied, read from the DOM transform. */
  viewport(): Viewport | null;
  /** The React Flow pane, in window coordinates. */
  paneRect(): Rect | null;
  nodeRect(id: string): Rect | null;
  /**
   * The candidates whose centre hits the node itself (no edge or label over it) and from which
   * a path of `reach` stays inside the pane, in the given order, with their centres.
   */
  grabbable(candidates: string[], reach: Reach): Array<{ id: string; x: number; y: number }>;
}

declare global {
  interface Window {
    __BENCH_INPUT__?: BenchInput;
    __bench?: BenchApi;
  }
}

export function readInput(): BenchInput {
  const input = window.__BENCH_INPUT__;
  if (!input) throw new Error("window.__BENCH_INPUT__ was not injected");
  return input;
}
