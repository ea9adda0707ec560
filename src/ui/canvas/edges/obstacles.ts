import { createContext, useContext } from "react";
import { absoluteRect } from "../../../domain/graph";
import type { ThreatModel } from "../../../domain/schema";
import { ObstacleIndex, type Rect } from "./labelPlacement";

/** Height of a boundary's header (name, zone, badge) that labels keep off. */
const BOUNDARY_HEADER = 36;

/** What labels are placed around: the diagram's elements. */
type Diagram = Pick<ThreatModel, "elements">;

/** Everything a flow label should not cover: elements, and boundary headers. */
export function obstacleRects(doc: Diagram): Rect[] {
  const index = { elementsById: new Map(doc.elements.map((e) => [e.id, e])) };
  const out: Rect[] = [];
  for (const element of doc.elements) {
    const rect = absoluteRect(index, element.id);
    if (!rect) continue;
    out.push(element.type === "trustBoundary" ? { ...rect, height: BOUNDARY_HEADER } : rect);
  }
  return out;
}

/**
 * One obstacle index per layout of the document: an edit that moves or resizes nothing (a
 * rename, a property) keeps the same index, so flow labels are not placed again.
 */
export function createObstacleCache() {
  let key = "";
  let current = new ObstacleIndex([]);
  return (doc: Diagram): ObstacleIndex => {
    let next = "";
    for (const e of doc.elements) {
      next += `${e.id}|${e.parentId ?? ""}|${e.position.x},${e.position.y}|${e.size?.width ?? ""},${e.size?.height ?? ""};`;
    }
    if (next !== key) {
      key = next;
      current = new ObstacleIndex(obstacleRects(doc));
    }
    return current;
  };
}

export const ObstacleContext = createContext<ObstacleIndex>(new ObstacleIndex([]));

export function useObstacles(): ObstacleIndex {
  return useContext(ObstacleContext);
}
