import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import type { ExternalEntityElement } from "../../../domain/schema";
import type { DfdNode } from "../deriveNodes";
import { sameNodeProps } from "./sameNodeProps";
import { ElementShape } from "./ElementShape";

/** DFD external entity: a rectangle. */
export const ExternalEntityNode = memo(function ExternalEntityNode({
  data,
  selected,
  width,
  height,
}: NodeProps<DfdNode>) {
  return (
    <ElementShape
      element={data.element as ExternalEntityElement}
      shape="tc-entity"
      selected={selected}
      width={width ?? 0}
      height={height ?? 0}
    />
  );
}, sameNodeProps);
