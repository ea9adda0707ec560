import type { EdgeProps } from "@xyflow/react";
import { Position } from "@xyflow/react";
import { describe, expect, it } from "vitest";
import type { FlowEdge } from "../deriveEdges";
import { sameEdgeProps } from "./sameEdgeProps";

const data = { flow: { id: "f1" } } as unknown as FlowEdge["data"];
const props = {
  id: "f1",
  source: "a",
  target: "b",
  sourceX: 100,
  sourceY: 50.5,
  targetX: 400,
  targetY: 250,
  sourcePosition: Position.Right,
  targetPosition: Position.Left,
  selected: false,
  data,
  markerEnd: "url(#end)",
} as unknown as EdgeProps<FlowEdge>;

describe("sameEdgeProps", () => {
  it("takes ends measured a few thousandths off as the same", () => {
    const measured = {
      ...props,
      sourceX: 100.0031,
      sourceY: 50.4962,
      targetX: 399.9999,
      targetY: 250.004,
    };
    expect(sameEdgeProps(props, measured)).toBe(true);
  });

  it("sees an end that moved, and any other prop that changed", () => {
    expect(sameEdgeProps(props, { ...props, sourceX: 100.02 })).toBe(false);
    expect(sameEdgeProps(props, { ...props, targetY: 251 })).toBe(false);
    expect(sameEdgeProps(props, { ...props, targetX: Number.NaN })).toBe(false);
    expect(sameEdgeProps(props, { ...props, selected: true })).toBe(false);
    expect(sameEdgeProps(props, { ...props, data: { ...data! } })).toBe(false);
    expect(sameEdgeProps(props, { ...props, sourcePosition: Position.Bottom })).toBe(false);
    expect(sameEdgeProps(props, { ...props, markerStart: "url(#start)" })).toBe(false);
  });
});
