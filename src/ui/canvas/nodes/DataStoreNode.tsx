import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import type { DataStoreElement } from "../../../domain/schema";
import type { DfdNode } from "../deriveNodes";
import { sameNodeProps } from "./sameNodeProps";
import { ElementLabel } from "./ElementLabel";
import { SideHandles } from "./SideHandles";

/** DFD data store: two parallel lines, open at both ends. */
export const DataStoreNode = memo(function DataStoreNode({
  data,
  selected,
  width,
  height,
}: NodeProps<DfdNode>) {
  const element = data.element as DataStoreElement;
  return (
    <>
      <div
        className={`tc-node tc-store${selected ? " is-selected" : ""}${element.outOfScope ? " is-out-of-scope" : ""}`}
      >
        <ElementLabel element={element} />
      </div>
      <SideHandles width={width ?? 0} height={height ?? 0} />
    </>
  );
}, sameNodeProps);
