import { MiniMap, useStore as useFlowStore, type ReactFlowState } from "@xyflow/react";
import type { DfdNode } from "./deriveNodes";
import { freeCorner, MINIMAP_SIZE, type ScreenRect } from "./minimapPlacement";

/** Elements on screen (canvas-relative pixels); boundaries are left out: they are backgrounds. */
function* elementRects(state: ReactFlowState): Generator<ScreenRect> {
  const [tx, ty, zoom] = state.transform;
  for (const node of state.nodeLookup.values()) {
    if (node.type === "trustBoundary") continue;
    const { x, y } = node.internals.positionAbsolute;
    const width = node.measured.width ?? node.width ?? 0;
    const height = node.measured.height ?? node.height ?? 0;
    yield { x: x * zoom + tx, y: y * zoom + ty, width: width * zoom, height: height * zoom };
  }
}

const cornerOf = (state: ReactFlowState) =>
  freeCorner(elementRects(state), { width: state.width, height: state.height });

/**
 * The minimap, in whichever corner covers no element (bottom right, top right, top left); when
 * every corner would cover one it steps aside and says so.
 */
export function MinimapSlot() {
  const corner = useFlowStore(cornerOf);
  if (corner === null) {
    return (
      <div className="tc-minimap-away" role="status">
        Minimap hidden: elements fill every corner
      </div>
    );
  }
  return (
    <MiniMap<DfdNode>
      position={corner}
      pannable
      zoomable
      ariaLabel="Minimap"
      nodeStrokeWidth={3}
      nodeClassName={(node) => `tc-mm-${node.type}`}
      style={{ width: MINIMAP_SIZE.width, height: MINIMAP_SIZE.height }}
      className={corner.startsWith("top") ? "tc-minimap is-top" : "tc-minimap"}
    />
  );
}
