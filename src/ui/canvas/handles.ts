import { Position, type NodeHandle } from "@xyflow/react";

/** Side length of a connection handle, px (its style and its bounds both use it). */
export const HANDLE_SIZE = 12;

export const SIDES = [
  ["top", Position.Top],
  ["right", Position.Right],
  ["bottom", Position.Bottom],
  ["left", Position.Left],
] as const;

export type HandleSide = (typeof SIDES)[number][0];

/** Top-left corner of a side's handle in a node of this size: centred on the middle of the side. */
export function handleOrigin(side: HandleSide, width: number, height: number) {
  const half = HANDLE_SIZE / 2;
  switch (side) {
    case "top":
      return { x: width / 2 - half, y: -half };
    case "right":
      return { x: width - half, y: height / 2 - half };
    case "bottom":
      return { x: width / 2 - half, y: height - half };
    case "left":
      return { x: -half, y: height / 2 - half };
  }
}

/**
 * The handles of a node of this size, as React Flow wants them on the node (`node.handles`), so
 * that flows attach before React Flow has measured the node. SideHandles draws each one at the
 * same place, so its measurement (on every node resize) finds the same numbers. They are placed
 * with left/top, not with React Flow's translate(-50%): a transform per handle, four per node,
 * weighed on every frame's paint in a large model.
 */
export function sideHandles(width: number, height: number): NodeHandle[] {
  return SIDES.map(([id, position]) => ({
    id,
    type: "source",
    position,
    ...handleOrigin(id, width, height),
    width: HANDLE_SIZE,
    height: HANDLE_SIZE,
  }));
}
