import type { NodeProps } from "@xyflow/react";
import { describe, expect, it } from "vitest";
import { createLlmInferencePipelineSample } from "../../../domain/samples/llmInferencePipeline";
import type { DfdNode } from "../deriveNodes";
import { sameNodeProps } from "./sameNodeProps";

const element = createLlmInferencePipelineSample("same-props").elements[1]!;
const props = {
  id: element.id,
  data: { element },
  selected: false,
  width: 150,
  height: 150,
  positionAbsoluteX: 10,
  positionAbsoluteY: 20,
  dragging: false,
  zIndex: 0,
} as unknown as NodeProps<DfdNode>;

describe("sameNodeProps", () => {
  it("ignores what a drag changes on every frame (position, dragging, z-index, a new data wrapper)", () => {
    const dragged = {
      ...props,
      data: { element },
      positionAbsoluteX: 300,
      positionAbsoluteY: 400,
      dragging: true,
      zIndex: 1000,
    };
    expect(sameNodeProps(props, dragged)).toBe(true);
  });

  it("sees a changed element, selection or size", () => {
    expect(sameNodeProps(props, { ...props, data: { element: { ...element } } })).toBe(false);
    expect(sameNodeProps(props, { ...props, selected: true })).toBe(false);
    expect(sameNodeProps(props, { ...props, width: 151 })).toBe(false);
    expect(sameNodeProps(props, { ...props, height: 149 })).toBe(false);
  });
});
