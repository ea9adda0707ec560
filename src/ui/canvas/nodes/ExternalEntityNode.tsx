import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import type { ExternalEntityElement } from "../../../domain/schema";
import type { DfdNode } from "../deriveNodes";
import { sameNodeProps } from "./sameNodeProps";
import { ElementLabel } from "./ElementLabel";
import { SideHandles } from "./SideHandles";

/** DFD external entity: a rectangle. */
export const ExternalEntityNode = memo(function ExternalEntityNode({
  data,
  selected,
  width,
  height,
}: NodeProps<DfdNode>) {
  const element = data.element as ExternalEntityElement;
  return (
    <>
      <div
        className={`tc-node tc-entity${selected ? " is-selected" : ""}${element.outOfScope ? " is-out-of-scope" : ""}`}
      >
        <ElementLabel element={element} />
      </div>
      <SideHandles width={width ?? 0} height={height ?? 0} />
    </>
  );
}, sameNodeProps);
