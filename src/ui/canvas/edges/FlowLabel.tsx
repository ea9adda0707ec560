import { useEffect, useSyncExternalStore } from "react";
import { createPortal } from "react-dom";
import { isolateBidi } from "../../../domain/text/bidi";
import { editorStore } from "../../../store/editorStore";
import { FindingsBadge } from "../nodes/FindingsBadge";
import { useElementFindingSummary } from "../../findings/useFindings";
import { fitText } from "../textFit";
import { LABEL_MAX_TEXT, labelSize, type Curve } from "./labelPlacement";
import { useLabelPlacer } from "./labelPlacer";
import { useLabelLayer } from "./labelLayer";

/** A label's text: 15 px semibold (canvas.css .tc-flow-label). */
const LABEL_FONT = { size: 15, weight: 600 } as const;

interface FlowLabelProps {
  id: string;
  /** The flow's label, trimmed ("" for none). */
  label: string;
  selected: boolean;
  focused: boolean;
  curve: Curve;
}

/**
 * A flow's label and findings count, on the free part of its curve. A long label is shortened
 * with an ellipsis and shown whole on hover, on keyboard focus and while the flow is selected.
 */
export function FlowLabel({ id, label, selected, focused, curve }: FlowLabelProps) {
  const layer = useLabelLayer();
  const placer = useLabelPlacer();
  const hasBadge = (useElementFindingSummary(id)?.count ?? 0) > 0;
  const box = labelSize(label, hasBadge);
  const at = useSyncExternalStore(placer.subscribe, () => placer.place(id, curve, box));
  useEffect(() => () => placer.forget(id), [placer, id]);
  if (!layer || !(label || hasBadge)) return null;
  // Narrowed: the placer found room on the curve for less text than the label has.
  const shortened = at.textWidth < box.textWidth;
  const expanded = selected || focused;
  // Shortened here, not by CSS's text-overflow (which needs a clip: see textFit.ts); the whole
  // text is shown instead on hover, focus and selection (canvas.css).
  const short = label && fitText(label, LABEL_FONT, shortened ? at.textWidth : LABEL_MAX_TEXT);
  return createPortal(
    // Centred on its spot by a zero-size anchor, not by translate(-50%, -50%): one transform
    // per label, 7,500 in a large model, weighed on every frame's paint.
    <div className="tc-flow-anchor" style={{ left: at.x, top: at.y }}>
      <div
        className={`tc-flow-label nodrag nopan${selected ? " is-selected" : ""}${expanded ? " is-expanded" : ""}${focused ? " is-focused" : ""}${at.overElements ? " is-over-elements" : ""}`}
        data-flow-id={id}
        // A tooltip cannot be given dir: user text is isolated so it cannot reorder it.
        title={label ? isolateBidi(label) : undefined}
        onClick={(event) => {
          event.stopPropagation();
          editorStore.getState().select([id]);
        }}
      >
        {label && (
          <span className="tc-flow-text" dir="auto">
            {short === label ? (
              label
            ) : (
              <>
                <span className="tc-flow-short" dir="auto">
                  {short}
                </span>
                <span className="tc-flow-whole" dir="auto">
                  {label}
                </span>
              </>
            )}
          </span>
        )}
        <FindingsBadge elementId={id} />
      </div>
    </div>,
    layer,
  );
}
