import { memo, useEffect, useSyncExternalStore } from "react";
import { createPortal } from "react-dom";
import { BaseEdge, getBezierPath, type EdgeProps } from "@xyflow/react";
import { isolateBidi } from "../../../domain/text/bidi";
import { editorStore } from "../../../store/editorStore";
import { useWorkspace } from "../../shell/workspaceStore";
import type { FlowEdge as FlowEdgeType } from "../deriveEdges";
import { FindingsBadge } from "../nodes/FindingsBadge";
import { useElementFindingSummary } from "../../findings/useFindings";
import { labelTextFits } from "../textFit";
import { LABEL_MAX_TEXT, bezierCurve, labelSize, type Side } from "./labelPlacement";
import { useLabelPlacer } from "./labelPlacer";
import { useLabelLayer } from "./labelLayer";
import { sameEdgeProps } from "./sameEdgeProps";

/**
 * A data flow: a labelled arrow (arrowheads at both ends when bidirectional). The label sits on
 * the free part of the curve; a long label is shortened with an ellipsis and shown whole on
 * hover, on keyboard focus and while the flow is selected.
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
  const layer = useLabelLayer();
  const placer = useLabelPlacer();
  const focused = useWorkspace((s) => s.focusedItem === id);
  const hasBadge = (useElementFindingSummary(id)?.count ?? 0) > 0;
  const flow = data?.flow;
  const label = flow?.label.trim() ?? "";
  const curve = bezierCurve(
    { x: sourceX, y: sourceY },
    sourcePosition as Side,
    { x: targetX, y: targetY },
    targetPosition as Side,
  );
  const box = labelSize(label, hasBadge);
  const at = useSyncExternalStore(placer.subscribe, () => placer.place(id, curve, box));
  useEffect(() => () => placer.forget(id), [placer, id]);
  // Only a label that had to be shortened gets a width; others take what their text needs.
  const shortened = at.textWidth < box.textWidth;
  const textRoom = shortened ? Math.round(at.textWidth) : LABEL_MAX_TEXT;
  // Clipped (for the ellipsis) only when the text is wider than its room (see textFit.ts).
  const clipped = !labelTextFits(label, textRoom);
  const expanded = selected || focused;
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        markerStart={markerStart}
        className={`tc-flow-path${selected ? " is-selected" : ""}${focused ? " is-focused" : ""}${flow?.outOfScope ? " is-out-of-scope" : ""}`}
        interactionWidth={18}
      />
      {layer &&
        (label || hasBadge) &&
        createPortal(
          // Centred on its spot by a zero-size anchor, not by translate(-50%, -50%): one
          // transform per label, 7,500 in a large model, weighed on every frame's paint.
          <div className="tc-flow-anchor" style={{ left: at.x, top: at.y }}>
            <div
              className={`tc-flow-label nodrag nopan${selected ? " is-selected" : ""}${expanded ? " is-expanded" : ""}${focused ? " is-focused" : ""}${at.overElements ? " is-over-elements" : ""}`}
              data-flow-id={id}
              style={shortened ? { ["--tc-label-text" as string]: `${textRoom}px` } : undefined}
              // A tooltip cannot be given dir: user text is isolated so it cannot reorder it.
              title={label ? isolateBidi(label) : undefined}
              onClick={(event) => {
                event.stopPropagation();
                editorStore.getState().select([id]);
              }}
            >
              {label && (
                <span className={clipped ? "tc-flow-text is-clipped" : "tc-flow-text"} dir="auto">
                  {label}
                </span>
              )}
              <FindingsBadge elementId={id} />
            </div>
          </div>,
          layer,
        )}
    </>
  );
}, sameEdgeProps);
