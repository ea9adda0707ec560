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
