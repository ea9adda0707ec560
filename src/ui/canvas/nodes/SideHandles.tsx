import { Handle } from "@xyflow/react";
import { SIDES, handleOrigin } from "../handles";

/**
 * One handle per side. The canvas runs in "loose" connection mode, so every handle can start
 * or end a flow; flows are drawn to whichever sides face each other. Placed on the node box
 * (a sibling of the shape, not inside its border) where the node's `handles` say they are (see
 * handles.ts): React Flow attaches flows from those numbers, not from the DOM.
 */
export function SideHandles({ width, height }: { width: number; height: number }) {
  return (
    <>
      {SIDES.map(([id, position]) => {
        const { x, y } = handleOrigin(id, width, height);
        return (
          <Handle
            key={id}
            id={id}
            type="source"
            position={position}
            className="tc-handle"
            // Size, and no right / bottom / transform of React Flow's own: canvas.css.
            style={{ left: x, top: y }}
          />
        );
      })}
    </>
  );
}

/**
 * Where the handles are, for the overview, which offers no connecting: hidden boxes that React
 * Flow measures as it measures handles. It reads a mounted or resized node's handles from the DOM
 * (a "source" element, its data-handleid and data-handlepos, its box) and would otherwise find
 * none and detach the node's flows. Not React Flow's Handle, which subscribes to its store
 * (four per element: 4,000 subscriptions at 1,000 elements) to show connection states.
 */
export function HandleMarks({ width, height }: { width: number; height: number }) {
  return (
    <>
      {SIDES.map(([id, position]) => {
        const { x, y } = handleOrigin(id, width, height);
        return (
          <span
            key={id}
            className="source tc-handle-mark"
            data-handleid={id}
            data-handlepos={position}
            style={{ left: x, top: y }}
          />
        );
      })}
    </>
  );
}
