import { describe, expect, it } from "vitest";
import { elementSize } from "../../domain/graph";
import { moveElements } from "../../domain/operations";
import { createLlmInferencePipelineSample } from "../../domain/samples/llmInferencePipeline";
import type { Point, Size } from "../../domain/schema";
import { createNodeDeriver } from "./deriveNodes";
import { HANDLE_SIZE } from "./handles";

const doc = createLlmInferencePipelineSample("derive-nodes");
const none = new Set<string>();
const noPositions = new Map<string, Point>();
const noSizes = new Map<string, Size>();

describe("createNodeDeriver", () => {
  it("gives every element a node with its document size, and handles on the middle of each side", () => {
    const nodes = createNodeDeriver()(doc, none, noPositions, noSizes);
    expect(nodes.map((n) => n.id)).toEqual(doc.elements.map((e) => e.id));
    for (const node of nodes) {
      const element = doc.elements.find((e) => e.id === node.id)!;
      const { width, height } = elementSize(element);
      expect(node.measured).toEqual({ width, height });
      if (element.type === "trustBoundary") {
        expect(node.handles).toEqual([]);
        continue;
      }
      const centres = Object.fromEntries(
        node.handles!.map((h) => [
          h.id,
          { x: h.x + HANDLE_SIZE / 2, y: h.y + HANDLE_SIZE / 2, type: h.type },
        ]),
      );
      expect(centres).toEqual({
        top: { x: width / 2, y: 0, type: "source" },
        right: { x: width, y: height / 2, type: "source" },
        bottom: { x: width / 2, y: height, type: "source" },
        left: { x: 0, y: height / 2, type: "source" },
      });
    }
  });

  it("keeps every node object that did not change, and the array when none did", () => {
    const derive = createNodeDeriver();
    const first = derive(doc, none, noPositions, noSizes);
    expect(derive(doc, none, noPositions, noSizes)).toBe(first);
    const target = doc.elements.find((e) => e.type === "process")!;
    const moved = moveElements(doc, [
      { id: target.id, position: { x: target.position.x + 1, y: target.position.y } },
    ]);
    if (!moved.ok) throw new Error(moved.error);
    const second = derive(moved.doc, none, noPositions, noSizes);
    expect(second).not.toBe(first);
    second.forEach((node, i) => {
      if (node.id === target.id) expect(node).not.toBe(first[i]);
      else expect(node).toBe(first[i]);
    });
    const selected = derive(moved.doc, new Set([target.id]), noPositions, noSizes);
    expect(selected.find((n) => n.id === target.id)?.selected).toBe(true);
    expect(selected.filter((n, i) => n !== second[i]).map((n) => n.id)).toEqual([target.id]);
  });

  it("follows a live resize with the node's size and handles", () => {
    const target = doc.elements.find((e) => e.type === "dataStore")!;
    const nodes = createNodeDeriver()(
      doc,
      none,
      noPositions,
      new Map([[target.id, { width: 400, height: 100 }]]),
    );
    const node = nodes.find((n) => n.id === target.id)!;
    expect([node.width, node.height]).toEqual([400, 100]);
    expect(node.handles!.find((h) => h.id === "right")!.x).toBe(400 - HANDLE_SIZE / 2);
  });
});
