import { memo } from "react";
import { BaseEdge, getBezierPath, type EdgeProps } from "@xyflow/react";
import { useWorkspace } from "../../shell/workspaceStore";
import type { FlowEdge as FlowEdgeType } from "../deriveEdges";
import { useOverview } from "../detailLevel";
import { bezierCurve, type Side } from "./labelPlacement";
import { FlowLabel } from "./FlowLabel";
import { FlowNameText } from "./flowName";
import { sameEdgeProps } from "./sameEdgeProps";

/**
 * A data flow: a labelled arrow (arrowheads at both ends when bidirectional); in the overview
 * (see detailLevel.ts) the arrow only.
 */
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
  const [path] = getBezierPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
  });
  const overview = useOverview();
  const focused = useWorkspace((s) => s.focusedItem === id);
  const flow = data?.flow;
  return (
    <>
      <FlowNameText flowId={id} flow={flow} />
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        markerStart={markerStart}
        className={`tc-flow-path${selected ? " is-selected" : ""}${focused ? " is-focused" : ""}${flow?.outOfScope ? " is-out-of-scope" : ""}`}
        interactionWidth={18}
      />
      {!overview && (
        <FlowLabel
          id={id}
          label={flow?.label.trim() ?? ""}
          selected={selected ?? false}
          focused={focused}
          curve={bezierCurve(
            { x: sourceX, y: sourceY },
            sourcePosition as Side,
            { x: targetX, y: targetY },
            targetPosition as Side,
          )}
        />
      )}
    </>
  );
}, sameEdgeProps);
