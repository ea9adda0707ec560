import { MarkerType, type Edge } from "@xyflow/react";
import { elementSize } from "../../domain/graph";
import type { DataFlow, DfdElement, Point, ThreatModel } from "../../domain/schema";
import { flowNameElementId } from "./edges/flowName";

/** What the diagram is drawn from: the document's elements and flows. */
type DiagramOf = Pick<ThreatModel, "elements" | "flows">;

export type FlowEdgeData = { flow: DataFlow };
export type FlowEdge = Edge<FlowEdgeData, "flow">;
export type Side = "top" | "right" | "bottom" | "left";

const ARROW = {
  type: MarkerType.ArrowClosed,
  width: 18,
  height: 18,
  color: "var(--tc-flow, #1e293b)",
};

interface CacheEntry {
  flow: DataFlow;
  selected: boolean;
  sourceSide: Side;
  targetSide: Side;
  edge: FlowEdge;
}

/**
 * React Flow edges derived from the document's flows. Flows attach to the sides of their ends
 * that face each other (chosen here from the current positions, drag included), so arrows take
 * the short way round as elements move. Memoised per flow like the nodes.
 */
export function createEdgeDeriver() {
  let cache = new Map<string, CacheEntry>();
  let lastResult: FlowEdge[] = [];

  return function deriveEdges(
    doc: DiagramOf,
    selection: ReadonlySet<string>,
    dragPositions: ReadonlyMap<string, Point>,
  ): FlowEdge[] {
    const centres = centresOf(doc, dragPositions);
    const next = new Map<string, CacheEntry>();
    const result: FlowEdge[] = new Array(doc.flows.length);
    let changed = doc.flows.length !== lastResult.length;
    doc.flows.forEach((flow, i) => {
      const selected = selection.has(flow.id);
      const [sourceSide, targetSide] = facingSides(
        centres.get(flow.source),
        centres.get(flow.target),
      );
      const cached = cache.get(flow.id);
      let entry: CacheEntry;
      if (
        cached &&
        cached.flow === flow &&
        cached.selected === selected &&
        cached.sourceSide === sourceSide &&
        cached.targetSide === targetSide
      ) {
        entry = cached;
      } else {
        entry = {
          flow,
          selected,
          sourceSide,
          targetSide,
          edge: {
            id: flow.id,
            type: "flow",
            source: flow.source,
            target: flow.target,
            sourceHandle: sourceSide,
            targetHandle: targetSide,
            data: { flow },
            selected,
            // Only a selected flow offers its ends for reconnecting (two grips per flow,
            // otherwise: 15,000 SVG elements and their listeners at 7,500 flows).
            reconnectable: selected,
            markerEnd: ARROW,
            ...(flow.bidirectional ? { markerStart: ARROW } : {}),
            // Named by FlowEdge's name element (see flowName.tsx). Null: React Flow then sets no
            // aria-label of its own (its type says string; EdgeWrapper tests for null).
            ariaLabel: null as unknown as string,
            domAttributes: { "aria-labelledby": flowNameElementId(flow.id) },
          },
        };
      }
      next.set(flow.id, entry);
      result[i] = entry.edge;
      if (lastResult[i] !== entry.edge) changed = true;
    });
    cache = next;
    if (!changed) return lastResult;
    lastResult = result;
    return result;
  };
}

/** Absolute centre of every element, with in-progress drag positions applied. */
function centresOf(doc: DiagramOf, dragPositions: ReadonlyMap<string, Point>): Map<string, Point> {
  const byId = new Map<string, DfdElement>();
  for (const e of doc.elements) byId.set(e.id, e);
  const origins = new Map<string, Point>();
  const originOf = (element: DfdElement, depth = 0): Point => {
    const known = origins.get(element.id);
    if (known) return known;
    const own = dragPositions.get(element.id) ?? element.position;
    const parent = element.parentId !== null ? byId.get(element.parentId) : undefined;
    const base = parent && depth < 64 ? originOf(parent, depth + 1) : { x: 0, y: 0 };
    const origin = { x: base.x + own.x, y: base.y + own.y };
    origins.set(element.id, origin);
    return origin;
  };
  const centres = new Map<string, Point>();
  for (const element of doc.elements) {
    if (element.type === "trustBoundary") continue;
    const origin = originOf(element);
    const { width, height } = elementSize(element);
    centres.set(element.id, { x: origin.x + width / 2, y: origin.y + height / 2 });
  }
  return centres;
}

export function facingSides(from: Point | undefined, to: Point | undefined): [Side, Side] {
  if (!from || !to) return ["right", "left"];
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  if (Math.abs(dx) >= Math.abs(dy)) return dx >= 0 ? ["right", "left"] : ["left", "right"];
  return dy >= 0 ? ["bottom", "top"] : ["top", "bottom"];
}
