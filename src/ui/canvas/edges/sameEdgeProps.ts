import type { EdgeProps } from "@xyflow/react";
import type { FlowEdge } from "../deriveEdges";

/** Where an edge ends: React Flow computes these from the handles of its nodes. */
const ENDS = ["sourceX", "sourceY", "targetX", "targetY"] as const;

/** A hundredth of a canvas unit: a third of a pixel's hundredth at the largest zoom (3x). */
const SAME_WITHIN = 0.01;

/**
 * Whether a flow draws the same. Its ends are compared within SAME_WITHIN, every other prop by
 * identity: React Flow measures every node's handles from the DOM once it is laid out (its
 * ResizeObserver forces it), and at a small zoom the browser's layout units give back the handles
 * our nodes declare (node.handles) off by a few thousandths. Each flow then received new ends,
 * and all of them (7,500 in a large model) were drawn and their labels placed again, to the
 * same pixels, just after the model opened.
 */
export function sameEdgeProps(a: EdgeProps<FlowEdge>, b: EdgeProps<FlowEdge>): boolean {
  const keys = Object.keys(a) as (keyof EdgeProps<FlowEdge>)[];
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (a[key] === b[key]) continue;
    if (!(ENDS as readonly string[]).includes(key)) return false;
    const before = a[key] as number;
    const after = b[key] as number;
    if (!(Math.abs(before - after) < SAME_WITHIN)) return false;
  }
  return true;
}
