import type { NodeProps } from "@xyflow/react";
import type { DfdNode } from "../deriveNodes";

/**
 * What the element shapes draw from: the element, selection and size. React Flow also passes the
 * node's absolute position, z-index and dragging flag, which change on every frame of a drag; the
 * shapes do not use them (React Flow positions the node's box itself), so a dragged element's
 * contents (label, badge, handles) are not rendered again on each frame.
 */
export function sameNodeProps(a: NodeProps<DfdNode>, b: NodeProps<DfdNode>): boolean {
  return (
    a.id === b.id &&
    a.data.element === b.data.element &&
    a.selected === b.selected &&
    a.width === b.width &&
    a.height === b.height
  );
}
