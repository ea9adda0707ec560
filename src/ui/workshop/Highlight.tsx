import { useMemo } from "react";
import { absoluteRect, indexModel } from "../../domain/graph";
import type { ThreatModel } from "../../domain/schema";
import type { WalkStep } from "../../domain/workshop/walk";
import type { DiagramControls } from "./diagramControls";

/**
 * A ring around the item the walk is at, drawn in the diagram's own coordinates (it pans and
 * zooms with it): the element or boundary, or both ends of a flow.
 */
export function Highlight({
  doc,
  step,
  Portal,
}: {
  doc: ThreatModel;
  step: WalkStep | null;
  Portal: DiagramControls["ViewportPortal"];
}) {
  const rects = useMemo(() => {
    if (!step) return [];
    const index = indexModel(doc);
    const flow = index.flowsById.get(step.id);
    const ids = flow ? [flow.source, flow.target] : [step.id];
    return ids.flatMap((id) => {
      const rect = absoluteRect(index, id);
      return rect ? [{ id, ...rect }] : [];
    });
  }, [doc, step]);
  return (
    <Portal>
      {rects.map((r) => (
        <div
          key={r.id}
          className={`tc-ws-highlight${step?.kind === "flow" ? " is-flow-end" : ""}`}
          aria-hidden="true"
          style={{
            transform: `translate(${r.x - 10}px, ${r.y - 10}px)`,
            width: r.width + 20,
            height: r.height + 20,
          }}
        />
      ))}
    </Portal>
  );
}
