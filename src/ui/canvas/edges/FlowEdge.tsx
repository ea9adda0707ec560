import { memo } from "react";
import { createPortal } from "react-dom";
import { BaseEdge, getBezierPath, type EdgeProps } from "@xyflow/react";
import { editorStore } from "../../../store/editorStore";
import type { FlowEdge as FlowEdgeType } from "../deriveEdges";
import { FindingsBadge } from "../nodes/FindingsBadge";
import { useLabelLayer } from "./labelLayer";

/** A data flow: a labelled arrow (arrowheads at both ends when bidirectional). */
export const FlowEdge = memo(function FlowEdge({
  id,
  data,
  selected,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  markerEnd,
  markerStart,
}: EdgeProps<FlowEdgeType>) {
  const [path, labelX, labelY] = getBezierPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
  });
  const layer = useLabelLayer();
  const flow = data?.flow;
  const label = flow?.label.trim() ?? "";
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        markerStart={markerStart}
        className={`tc-flow-path${selected ? " is-selected" : ""}${flow?.outOfScope ? " is-out-of-scope" : ""}`}
        interactionWidth={18}
      />
      {layer &&
        createPortal(
          <div
            className={`tc-flow-label nodrag nopan${selected ? " is-selected" : ""}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            onClick={(event) => {
              event.stopPropagation();
              editorStore.getState().select([id]);
            }}
          >
            {label && (
              <span className="tc-flow-text" dir="auto">
                {label}
              </span>
            )}
            <FindingsBadge elementId={id} />
          </div>,
          layer,
        )}
    </>
  );
});
