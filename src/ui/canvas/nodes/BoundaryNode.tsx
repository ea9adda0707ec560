import { memo } from "react";
import { NodeResizer, type NodeProps } from "@xyflow/react";
import type { TrustBoundaryElement } from "../../../domain/schema";
import { editorStore } from "../../../store/editorStore";
import { commands } from "../../../store/commands";
import { ZONE_KIND_LABELS, elementDisplayName } from "../../labels";
import type { DfdNode } from "../deriveNodes";
import { sameNodeProps } from "./sameNodeProps";
import { FindingsBadge } from "./FindingsBadge";

/** Trust boundary: a dashed, labelled container that can be resized from any side or corner. */
export const BoundaryNode = memo(function BoundaryNode({ data, selected }: NodeProps<DfdNode>) {
  const element = data.element as TrustBoundaryElement;
  const zone =
    element.props.zoneKind === "custom"
      ? element.props.customZone.trim() || "Custom zone"
      : ZONE_KIND_LABELS[element.props.zoneKind].split(" (")[0];
  return (
    <div
      className={`tc-boundary tc-zone-${element.props.zoneKind}${selected ? " is-selected" : ""}`}
    >
      <NodeResizer
        isVisible={selected}
        minWidth={120}
        minHeight={80}
        lineClassName="tc-resize-line"
        handleClassName="tc-resize-handle"
        onResizeStart={() => editorStore.getState().setResizing(element.id)}
        onResizeEnd={(_event, params) => {
          const state = editorStore.getState();
          state.setResizing(null);
          state.setDragPositions(new Map());
          state.setLiveSizes(new Map());
          state.execute(
            commands.resizeElement(
              element.id,
              { width: params.width, height: params.height },
              { x: params.x, y: params.y },
            ),
          );
        }}
      />
      <div className="tc-boundary-header">
        <span className="tc-boundary-name" dir="auto">
          {elementDisplayName(element)}
        </span>
        <span className="tc-boundary-zone">
          <bdi>{zone}</bdi> · trust {element.props.trustLevel}
        </span>
        <FindingsBadge elementId={element.id} />
      </div>
    </div>
  );
}, sameNodeProps);
