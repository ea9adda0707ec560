import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import type { ProcessElement } from "../../../domain/schema";
import type { DfdNode } from "../deriveNodes";
import { sameNodeProps } from "./sameNodeProps";
import { ElementLabel } from "./ElementLabel";
import { SideHandles } from "./SideHandles";

/** DFD process: a circle. */
export const ProcessNode = memo(function ProcessNode({
  data,
  selected,
  width,
  height,
}: NodeProps<DfdNode>) {
  const element = data.element as ProcessElement;
  return (
    <>
      <div
        className={`tc-node tc-process${selected ? " is-selected" : ""}${element.outOfScope ? " is-out-of-scope" : ""}`}
      >
        <ElementLabel element={element} />
      </div>
      <SideHandles width={width ?? 0} height={height ?? 0} />
    </>
  );
}, sameNodeProps);
