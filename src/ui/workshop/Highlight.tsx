import { useMemo } from "react";
import { absoluteRect, indexModel } from "../../domain/graph";
import type { ThreatModel } from "../../domain/schema";
import type { DiagramControls } from "./diagramControls";

/**
 * A ring around the item the room is at (the walk's step, or the target of the finding being
 * scored or mitigated), drawn in the diagram's own coordinates (it pans and zooms with it): the
 * element or boundary, or both ends of a flow.
 */
export function Highlight({
  doc,
  id,
  Portal,
}: {
  doc: ThreatModel;
  id: string | null;
  Portal: DiagramControls["ViewportPortal"];
}) {
  const { rects, isFlow } = useMemo(() => {
    if (!id) return { rects: [], isFlow: false };
    const index = indexModel(doc);
    const flow = index.flowsById.get(id);
    const ids = flow ? [flow.source, flow.target] : [id];
    return {
      isFlow: Boolean(flow),
      rects: ids.flatMap((at) => {
        const rect = absoluteRect(index, at);
        return rect ? [{ id: at, ...rect }] : [];
      }),
    };
  }, [doc, id]);
  return (
    <Portal>
      {rects.map((r) => (
        <div
          key={r.id}
          className={`tc-ws-highlight${isFlow ? " is-flow-end" : ""}`}
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
