import { describe, expect, it } from "vitest";
import {
  DEFAULT_SIZES,
  absolutePosition,
  absoluteRect,
  boundaryAtPoint,
  boundaryChain,
  childrenOf,
  containsPoint,
  crossesBoundary,
  descendantsOf,
  downstreamOf,
  elementSize,
  flowCrossing,
  flowsOf,
  indexModel,
  innermostBoundary,
  isWithin,
  upstreamOf,
  type ModelIndex,
} from "./graph";
import {
  CURRENT_SCHEMA_VERSION,
  ThreatModelSchema,
  type DataFlow,
  type ThreatModel,
  type ThreatModelInput,
} from "./schema";

type ElementInput = ThreatModelInput["elements"][number];
type FlowInput = ThreatModelInput["flows"][number];

const T = "2024-05-01T12:00:00.000Z";

function model(elements: ElementInput[], flows: FlowInput[] = []): ThreatModel {
  return ThreatModelSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: "m",
    createdAt: T,
    updatedAt: T,
    elements,
    flows,
  } satisfies ThreatModelInput);
}

const zone = (
  id: string,
  x: number,
  y: number,
  width: number,
  height: number,
  parentId: string | null = null,
): ElementInput => ({
  id,
  type: "trustBoundary",
  position: { x, y },
  size: { width, height },
  parentId,
});
const proc = (id: string, x: number, y: number, parentId: string | null = null): ElementInput => ({
  id,
  type: "process",
  position: { x, y },
  parentId,
});

/**
 * A (100,100 600×400)
 *   B (abs 150,150 300×200)
 *     C (abs 160,160 100×100)
 *       c1 (abs 165,165)
 *     p1 (abs 300,170)
 *     p3 (abs 300,320)
 *   p2 (abs 500,150)
 * D (0,700 400×300)
 *   d1 (abs 10,710)
 * ext (1000,100)
 */
const doc = model(
  [
    zone("A", 100, 100, 600, 400),
    zone("B", 50, 50, 300, 200, "A"),
    zone("C", 10, 10, 100, 100, "B"),
    proc("c1", 5, 5, "C"),
    proc("p1", 150, 20, "B"),
    proc("p3", 150, 170, "B"),
    proc("p2", 400, 50, "A"),
    zone("D", 0, 700, 400, 300),
    { id: "d1", type: "dataStore", position: { x: 10, y: 10 }, parentId: "D" },
    { id: "ext", type: "externalEntity", position: { x: 1000, y: 100 } },
  ],
  [
    { id: "f1", source: "ext", target: "c1" },
    { id: "f2", source: "c1", target: "p1" },
    { id: "f3", source: "p1", target: "p2" },
    { id: "f4", source: "p2", target: "d1" },
    { id: "f5", source: "d1", target: "ext", bidirectional: true },
    { id: "f6", source: "p1", target: "p3" },
  ],
);
const index = indexModel(doc);

const ids = (items: ReadonlyArray<{ id: string }>) => items.map((e) => e.id);
const flow = (id: string): DataFlow => index.flowsById.get(id)!;
const hops = (list: Array<{ element: { id: string }; hops: number }>) =>
  list.map((x) => [x.element.id, x.hops]);

describe("indexModel", () => {
  it("indexes elements, flows, children and adjacency", () => {
    expect(index.model).toBe(doc);
    expect(index.elementsById.get("p1")).toBe(doc.elements.find((e) => e.id === "p1"));
    expect(index.flowsById.get("f3")).toBe(doc.flows.find((f) => f.id === "f3"));
    expect(ids(index.outgoing.get("p1") ?? [])).toEqual(["f3", "f6"]);
    expect(ids(index.incoming.get("p1") ?? [])).toEqual(["f2"]);
  });

  it("lists the direct children of a boundary, and none for anything else", () => {
    expect(ids(childrenOf(index, "A"))).toEqual(["B", "p2"]);
    expect(ids(childrenOf(index, "B"))).toEqual(["C", "p1", "p3"]);
    expect(childrenOf(index, "p1")).toEqual([]);
    expect(childrenOf(index, "missing")).toEqual([]);
  });
});

describe("boundary membership and nesting", () => {
  it("boundaryChain lists containing boundaries innermost first", () => {
    expect(ids(boundaryChain(index, "c1"))).toEqual(["C", "B", "A"]);
    expect(ids(boundaryChain(index, "p2"))).toEqual(["A"]);
    expect(ids(boundaryChain(index, "C"))).toEqual(["B", "A"]);
    expect(boundaryChain(index, "ext")).toEqual([]);
    expect(boundaryChain(index, "missing")).toEqual([]);
  });

  it("innermostBoundary is the direct parent, or null", () => {
    expect(innermostBoundary(index, "c1")?.id).toBe("C");
    expect(innermostBoundary(index, "d1")?.id).toBe("D");
    expect(innermostBoundary(index, "ext")).toBeNull();
    expect(innermostBoundary(index, "A")).toBeNull();
  });

  it("isWithin is true for the element itself and every containing boundary", () => {
    expect(isWithin(index, "c1", "c1")).toBe(true);
    expect(isWithin(index, "c1", "C")).toBe(true);
    expect(isWithin(index, "c1", "A")).toBe(true);
    expect(isWithin(index, "c1", "D")).toBe(false);
    expect(isWithin(index, "A", "c1")).toBe(false);
    expect(isWithin(index, "p2", "B")).toBe(false);
  });

  it("descendantsOf returns everything inside at any depth, the boundary excluded", () => {
    expect(ids(descendantsOf(index, "A")).sort()).toEqual(["B", "C", "c1", "p1", "p2", "p3"]);
    expect(ids(descendantsOf(index, "B")).sort()).toEqual(["C", "c1", "p1", "p3"]);
    expect(ids(descendantsOf(index, "C"))).toEqual(["c1"]);
    expect(descendantsOf(index, "p1")).toEqual([]);
    expect(descendantsOf(index, "missing")).toEqual([]);
  });
});

describe("flow crossings", () => {
  it("a flow into a nested zone enters every boundary, innermost first", () => {
    const crossing = flowCrossing(index, flow("f1"));
    expect(crossing.flow).toBe(flow("f1"));
    expect(ids(crossing.exits)).toEqual([]);
    expect(ids(crossing.enters)).toEqual(["C", "B", "A"]);
  });

  it("a flow out of a nested zone exits only the boundaries the target is not in", () => {
    const f2 = flowCrossing(index, flow("f2"));
    expect(ids(f2.exits)).toEqual(["C"]);
    expect(ids(f2.enters)).toEqual([]);
    const f3 = flowCrossing(index, flow("f3"));
    expect(ids(f3.exits)).toEqual(["B"]);
    expect(ids(f3.enters)).toEqual([]);
  });

  it("a flow between two top-level zones exits one and enters the other", () => {
    const crossing = flowCrossing(index, flow("f4"));
    expect(ids(crossing.exits)).toEqual(["A"]);
    expect(ids(crossing.enters)).toEqual(["D"]);
    expect(ids(flowCrossing(index, flow("f5")).exits)).toEqual(["D"]);
    expect(ids(flowCrossing(index, flow("f5")).enters)).toEqual([]);
  });

  it("a flow inside one boundary crosses nothing", () => {
    expect(flowCrossing(index, flow("f6"))).toMatchObject({ exits: [], enters: [] });
    expect(crossesBoundary(index, flow("f6"))).toBe(false);
    for (const id of ["f1", "f2", "f3", "f4", "f5"]) {
      expect(crossesBoundary(index, flow(id))).toBe(true);
    }
  });

  it("two top-level elements cross nothing", () => {
    const flat = indexModel(
      model([proc("a", 0, 0), proc("b", 300, 0)], [{ id: "f", source: "a", target: "b" }]),
    );
    expect(crossesBoundary(flat, flat.flowsById.get("f")!)).toBe(false);
  });

  it("flowsOf lists outgoing then incoming flows", () => {
    expect(ids(flowsOf(index, "p1"))).toEqual(["f3", "f6", "f2"]);
    expect(ids(flowsOf(index, "ext"))).toEqual(["f1", "f5"]);
    expect(flowsOf(index, "A")).toEqual([]);
  });
});

describe("upstreamOf / downstreamOf", () => {
  it("walks against the arrows, nearest first, with hop counts", () => {
    expect(hops(upstreamOf(index, "p2", 10))).toEqual([
      ["p1", 1],
      ["c1", 2],
      ["ext", 3],
      ["d1", 4],
    ]);
  });

  it("stops at maxHops", () => {
    expect(hops(upstreamOf(index, "p2", 1))).toEqual([["p1", 1]]);
    expect(hops(upstreamOf(index, "p2", 2))).toEqual([
      ["p1", 1],
      ["c1", 2],
    ]);
    expect(upstreamOf(index, "p2", 0)).toEqual([]);
  });

  it("walks along the arrows downstream", () => {
    expect(hops(downstreamOf(index, "p1", 1))).toEqual([
      ["p2", 1],
      ["p3", 1],
    ]);
    expect(hops(downstreamOf(index, "p2", 10))).toEqual([
      ["d1", 1],
      ["ext", 2],
      ["c1", 3],
      ["p1", 4],
      ["p3", 5],
    ]);
  });

  it("counts bidirectional flows in both directions", () => {
    // f5 is d1 <-> ext: ext is upstream of d1 as well as downstream of it.
    expect(hops(upstreamOf(index, "d1", 1))).toEqual([
      ["p2", 1],
      ["ext", 1],
    ]);
    expect(hops(downstreamOf(index, "d1", 1))).toEqual([["ext", 1]]);
    expect(hops(downstreamOf(index, "ext", 1))).toEqual([
      ["c1", 1],
      ["d1", 1],
    ]);
    // A one-way flow does not count backwards.
    expect(hops(downstreamOf(index, "c1", 1))).toEqual([["p1", 1]]);
    expect(hops(upstreamOf(index, "c1", 1))).toEqual([["ext", 1]]);
  });

  it("never includes the start element, even around a cycle", () => {
    const cyclic = indexModel(
      model(
        [proc("a", 0, 0), proc("b", 300, 0), proc("c", 600, 0)],
        [
          { id: "ab", source: "a", target: "b" },
          { id: "bc", source: "b", target: "c" },
          { id: "ca", source: "c", target: "a" },
        ],
      ),
    );
    expect(hops(downstreamOf(cyclic, "a", 10))).toEqual([
      ["b", 1],
      ["c", 2],
    ]);
    expect(hops(upstreamOf(cyclic, "a", 10))).toEqual([
      ["c", 1],
      ["b", 2],
    ]);
  });

  it("returns nothing for an isolated or unknown element", () => {
    expect(upstreamOf(index, "A", 5)).toEqual([]);
    expect(downstreamOf(index, "missing", 5)).toEqual([]);
  });
});

describe("geometry", () => {
  it("absolutePosition adds up positions through nested parents", () => {
    expect(absolutePosition(index, "A")).toEqual({ x: 100, y: 100 });
    expect(absolutePosition(index, "B")).toEqual({ x: 150, y: 150 });
    expect(absolutePosition(index, "C")).toEqual({ x: 160, y: 160 });
    expect(absolutePosition(index, "c1")).toEqual({ x: 165, y: 165 });
    expect(absolutePosition(index, "p1")).toEqual({ x: 300, y: 170 });
    expect(absolutePosition(index, "d1")).toEqual({ x: 10, y: 710 });
    expect(absolutePosition(index, "ext")).toEqual({ x: 1000, y: 100 });
    expect(absolutePosition(index, "missing")).toEqual({ x: 0, y: 0 });
  });

  it("elementSize uses the element's size or its type's default", () => {
    const a = index.elementsById.get("A")!;
    expect(elementSize(a)).toEqual({ width: 600, height: 400 });
    expect(elementSize(index.elementsById.get("p1")!)).toEqual(DEFAULT_SIZES.process);
    expect(elementSize(index.elementsById.get("d1")!)).toEqual(DEFAULT_SIZES.dataStore);
    expect(elementSize(index.elementsById.get("ext")!)).toEqual(DEFAULT_SIZES.externalEntity);
  });

  it("absoluteRect combines absolute position and size", () => {
    expect(absoluteRect(index, "B")).toEqual({ x: 150, y: 150, width: 300, height: 200 });
    expect(absoluteRect(index, "p1")).toEqual({ x: 300, y: 170, width: 150, height: 150 });
    expect(absoluteRect(index, "missing")).toBeNull();
  });

  it("containsPoint includes the edges", () => {
    const rect = { x: 0, y: 0, width: 10, height: 10 };
    expect(containsPoint(rect, { x: 0, y: 0 })).toBe(true);
    expect(containsPoint(rect, { x: 10, y: 10 })).toBe(true);
    expect(containsPoint(rect, { x: 5, y: 10.01 })).toBe(false);
    expect(containsPoint(rect, { x: -0.01, y: 5 })).toBe(false);
  });
});

describe("boundaryAtPoint", () => {
  it("picks the innermost boundary under the point", () => {
    expect(boundaryAtPoint(index, { x: 170, y: 170 })?.id).toBe("C");
    expect(boundaryAtPoint(index, { x: 300, y: 300 })?.id).toBe("B");
    expect(boundaryAtPoint(index, { x: 600, y: 450 })?.id).toBe("A");
    expect(boundaryAtPoint(index, { x: 100, y: 100 })?.id).toBe("A");
    expect(boundaryAtPoint(index, { x: 50, y: 800 })?.id).toBe("D");
    expect(boundaryAtPoint(index, { x: 900, y: 900 })).toBeNull();
  });

  it("skips excluded boundaries and falls back to the next one out", () => {
    expect(boundaryAtPoint(index, { x: 170, y: 170 }, new Set(["C"]))?.id).toBe("B");
    expect(boundaryAtPoint(index, { x: 170, y: 170 }, new Set(["C", "B"]))?.id).toBe("A");
    expect(boundaryAtPoint(index, { x: 170, y: 170 }, new Set(["C", "B", "A"]))).toBeNull();
  });

  it("decides by nesting depth, not by array order", () => {
    const reversed = indexModel(
      model([zone("inner", 10, 10, 50, 50, "outer"), zone("outer", 0, 0, 500, 500)]),
    );
    expect(boundaryAtPoint(reversed, { x: 20, y: 20 })?.id).toBe("inner");
    expect(boundaryAtPoint(reversed, { x: 200, y: 200 })?.id).toBe("outer");
  });

  it("ignores non-boundary elements", () => {
    expect(boundaryAtPoint(index, { x: 1010, y: 110 })).toBeNull();
  });
});

describe("queries are cycle-safe on documents that were never validated", () => {
  // Built by hand: the schema refuses parent cycles, but queries must not hang if one slips in.
  const valid = model([zone("x", 10, 10, 100, 100), zone("y", 5, 5, 50, 50), proc("p", 1, 1)]);
  const broken: ThreatModel = {
    ...valid,
    elements: valid.elements.map((e) =>
      e.id === "x" ? { ...e, parentId: "y" } : e.id === "y" ? { ...e, parentId: "x" } : e,
    ),
  };
  broken.elements[2] = { ...broken.elements[2]!, parentId: "x" };
  const cyclic: ModelIndex = indexModel(broken);

  it("terminates", () => {
    expect(ids(boundaryChain(cyclic, "p"))).toEqual(["x", "y"]);
    expect(ids(descendantsOf(cyclic, "x")).sort()).toEqual(["p", "y"]);
    expect(absolutePosition(cyclic, "p")).toEqual({ x: 16, y: 16 });
    expect(boundaryAtPoint(cyclic, { x: 20, y: 20 })).not.toBeUndefined();
  });
});
