import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import type { ProcessElement } from "../../../domain/schema";
import type { DfdNode } from "../deriveNodes";
import { sameNodeProps } from "./sameNodeProps";
import { ElementShape } from "./ElementShape";

/** DFD process: a circle. */
export const ProcessNode = memo(function ProcessNode({
  data,
  selected,
  width,
  height,
}: NodeProps<DfdNode>) {
  return (
    <ElementShape
      element={data.element as ProcessElement}
      shape="tc-process"
      selected={selected}
      width={width ?? 0}
      height={height ?? 0}
    />
  );
}, sameNodeProps);
