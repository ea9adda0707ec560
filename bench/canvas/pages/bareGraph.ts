import { MarkerType, type Edge, type Node } from "@xyflow/react";
import { elementSize } from "../../../src/domain/graph";
import type { ThreatModel } from "../../../src/domain/schema";

/**
 * The same graph as the app shows, in plain React Flow terms: default nodes (built-in "group"
 * for boundaries, with parentId for their children), same positions and sizes, default edges
 * with the flow's label and arrowheads.
 */
export function bareNodes(model: ThreatModel): Node[] {
  return model.elements.map((element) => {
    const { width, height } = elementSize(element);
    return {
      id: element.id,
      position: { x: element.position.x, y: element.position.y },
      data: { label: element.name },
      width,
      height,
      ...(element.type === "trustBoundary" ? { type: "group" } : {}),
      ...(element.parentId !== null ? { parentId: element.parentId } : {}),
    };
  });
}

export function bareEdges(model: ThreatModel): Edge[] {
  const arrow = { type: MarkerType.ArrowClosed };
  return model.flows.map((flow) => ({
    id: flow.id,
    source: flow.source,
    target: flow.target,
    ...(flow.label ? { label: flow.label } : {}),
    markerEnd: arrow,
    ...(flow.bidirectional ? { markerStart: arrow } : {}),
  }));
}

/** A node's position in the page's own state, made absolute through its parents. */
export function absolutePositionOf(nodes: Node[], id: string): { x: number; y: number } | null {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  let node = byId.get(id);
  if (!node) return null;
  let x = 0;
  let y = 0;
  for (let depth = 0; node && depth < 64; depth++) {
    x += node.position.x;
    y += node.position.y;
    node = node.parentId ? byId.get(node.parentId) : undefined;
  }
  return { x, y };
}
