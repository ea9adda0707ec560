import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import type { DataStoreElement } from "../../../domain/schema";
import type { DfdNode } from "../deriveNodes";
import { sameNodeProps } from "./sameNodeProps";
import { ElementShape } from "./ElementShape";

/** DFD data store: two parallel lines, open at both ends. */
export const DataStoreNode = memo(function DataStoreNode({
  data,
  selected,
  width,
  height,
}: NodeProps<DfdNode>) {
  return (
    <ElementShape
      element={data.element as DataStoreElement}
      shape="tc-store"
      selected={selected}
      width={width ?? 0}
      height={height ?? 0}
    />
  );
}, sameNodeProps);
