import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import type { NodeElement } from "../../../domain/schema";
import { isolateBidi } from "../../../domain/text/bidi";
import { elementDisplayName } from "../../labels";
import type { DfdNode } from "../deriveNodes";
import { useOverview } from "../detailLevel";
import { ElementLabel } from "./ElementLabel";
import { FindingsBadge } from "./FindingsBadge";
import { HandleMarks, SideHandles } from "./SideHandles";
import { sameNodeProps } from "./sameNodeProps";

interface ElementShapeProps {
  element: NodeElement;
  /** The shape's class in canvas.css: tc-process, tc-store or tc-entity. */
  shape: string;
  selected: boolean;
  width: number;
  height: number;
}

/**
 * An element's shape with its label and connection handles; in the overview (see detailLevel.ts)
 * the shape and its findings count only, its name in the tooltip, and where its handles are.
 */
export function ElementShape({ element, shape, selected, width, height }: ElementShapeProps) {
  const overview = useOverview();
  const className = `tc-node ${shape}${selected ? " is-selected" : ""}${element.outOfScope ? " is-out-of-scope" : ""}`;
  if (overview) {
    return (
      <>
        <div
          className={`${className} is-overview`}
          // A tooltip cannot be given dir: user text is isolated so it cannot reorder it.
          title={isolateBidi(elementDisplayName(element))}
        >
          <FindingsBadge elementId={element.id} />
        </div>
        <HandleMarks width={width} height={height} />
      </>
    );
  }
  return (
    <>
      <div className={className}>
        <ElementLabel element={element} width={width} />
      </div>
      <SideHandles width={width} height={height} />
    </>
  );
}

/**
 * The React Flow node type of the elements drawn with this shape: tc-process (a circle),
 * tc-store (two parallel lines, open at both ends) or tc-entity (a rectangle).
 */
export function elementNode(shape: string) {
  return memo(function ElementNode({ data, selected, width, height }: NodeProps<DfdNode>) {
    return (
      <ElementShape
        element={data.element as NodeElement}
        shape={shape}
        selected={selected}
        width={width ?? 0}
        height={height ?? 0}
      />
    );
  }, sameNodeProps);
}
