import type { Node } from "@xyflow/react";
import { elementSize } from "../../domain/graph";
import type { DfdElement, Point, Size, ThreatModel } from "../../domain/schema";
import { ELEMENT_TYPE_LABELS, ML_KIND_LABELS, elementDisplayName } from "../labels";
import { sideHandles } from "./handles";

/** What the diagram is drawn from: the document's elements and flows. */
type DiagramOf = Pick<ThreatModel, "elements" | "flows">;

export type DfdNodeData = { element: DfdElement };
export type DfdNode = Node<DfdNodeData, DfdElement["type"]>;

interface CacheEntry {
  element: DfdElement;
  selected: boolean;
  position: Point;
  size: Size | undefined;
  node: DfdNode;
}

/**
 * React Flow nodes derived from the document. The derivation is memoised per element: a node
 * object is rebuilt only when its element, selection state or transient drag position changed,
 * so React Flow skips every other node (it compares node objects by identity).
 */
export function createNodeDeriver() {
  let cache = new Map<string, CacheEntry>();
  let lastResult: DfdNode[] = [];

  return function deriveNodes(
    doc: DiagramOf,
    selection: ReadonlySet<string>,
    dragPositions: ReadonlyMap<string, Point>,
    liveSizes: ReadonlyMap<string, Size>,
  ): DfdNode[] {
    const next = new Map<string, CacheEntry>();
    const result: DfdNode[] = new Array(doc.elements.length);
    let changed = doc.elements.length !== lastResult.length;
    doc.elements.forEach((element, i) => {
      const selected = selection.has(element.id);
      const position = dragPositions.get(element.id) ?? element.position;
      const size = liveSizes.get(element.id);
      const cached = cache.get(element.id);
      let entry: CacheEntry;
      if (
        cached &&
        cached.element === element &&
        cached.selected === selected &&
        cached.position.x === position.x &&
        cached.position.y === position.y &&
        cached.size === size
      ) {
        entry = cached;
      } else {
        entry = {
          element,
          selected,
          position,
          size,
          node: toNode(element, selected, position, size),
        };
      }
      next.set(element.id, entry);
      result[i] = entry.node;
      if (lastResult[i] !== entry.node) changed = true;
    });
    cache = next;
    if (!changed) return lastResult;
    lastResult = result;
    return result;
  };
}

function toNode(
  element: DfdElement,
  selected: boolean,
  position: Point,
  liveSize: Size | undefined,
): DfdNode {
  const { width, height } = liveSize ?? elementSize(element);
  const kindLabel =
    element.type !== "trustBoundary" && element.mlKind
      ? ` (${ML_KIND_LABELS[element.mlKind]})`
      : "";
  return {
    id: element.id,
    type: element.type,
    position,
    data: { element },
    selected,
    width,
    height,
    // Sizes and handles come from the document, so React Flow can lay out edges before it has
    // measured anything (boundaries have no handles: they are not ends of flows).
    measured: { width, height },
    handles: element.type === "trustBoundary" ? [] : sideHandles(width, height),
    ...(element.parentId !== null ? { parentId: element.parentId } : {}),
    ...(element.type === "trustBoundary" ? { zIndex: -1 } : {}),
    ariaLabel: `${ELEMENT_TYPE_LABELS[element.type]}${kindLabel}: ${elementDisplayName(element)}`,
  };
}
