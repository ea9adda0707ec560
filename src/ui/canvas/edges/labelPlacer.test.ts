import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { moveElements, updateElement } from "../../../domain/operations";
import { createLlmInferencePipelineSample } from "../../../domain/samples/llmInferencePipeline";
import { bezierCurve, labelReach, ObstacleIndex, placeLabel, type Rect } from "./labelPlacement";
import { LabelPlacer } from "./labelPlacer";
import { createObstacleCache, obstacleRects } from "./obstacles";

const curve = bezierCurve({ x: 0, y: 0 }, "right", { x: 400, y: 0 }, "left");
const box = { width: 80, height: 26, textWidth: 60 };
const onMiddle: Rect = { x: 150, y: -40, width: 100, height: 80 };
const farAway: Rect = { x: 5000, y: 5000, width: 100, height: 80 };

describe("ObstacleIndex built after another", () => {
  it("keeps the lists of the cells that did not change, and only those", () => {
    const before = new ObstacleIndex([onMiddle, farAway]);
    const moved = { ...farAway, x: farAway.x + 10 };
    const after = new ObstacleIndex([{ ...onMiddle }, moved], undefined, before);
    const region = { x: 0, y: -50, width: 400, height: 100 };
    expect(after.near(region)).toEqual(before.near(region));
    after.near(region).forEach((list, i) => expect(list).toBe(before.near(region)[i]));
    const there = { x: 5000, y: 5000, width: 10, height: 10 };
    expect(after.near(there)[0]).not.toBe(before.near(there)[0]);
  });
});

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe("labelReach", () => {
  const point = fc.integer({ min: -2000, max: 2000 });
  const side = fc.constantFrom("top", "right", "bottom", "left" as const);
  const rect = fc.record({
    x: point,
    y: point,
    width: fc.integer({ min: 1, max: 600 }),
    height: fc.integer({ min: 1, max: 600 }),
  });

  it("holds the box placeLabel chooses, whatever the obstacles, curve and label", () => {
    fc.assert(
      fc.property(
        point,
        point,
        side,
        point,
        point,
        side,
        fc.integer({ min: 0, max: 190 }),
        fc.boolean(),
        fc.array(rect, { maxLength: 40 }),
        (sx, sy, ss, tx, ty, ts, textWidth, badge, rects) => {
          const arc = bezierCurve({ x: sx, y: sy }, ss, { x: tx, y: ty }, ts);
          const label = { width: 16 + textWidth + (badge ? 32 : 0), height: 30, textWidth };
          const spot = placeLabel(arc, label, new ObstacleIndex(rects));
          const width = label.width - label.textWidth + spot.textWidth;
          const chosen = { x: spot.x - width / 2, y: spot.y - 15, width, height: 30 };
          expect(labelReach(arc, label).some((r) => contains(r, chosen))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

function contains(outer: Rect, inner: Rect): boolean {
  return (
    outer.x <= inner.x &&
    outer.y <= inner.y &&
    outer.x + outer.width >= inner.x + inner.width &&
    outer.y + outer.height >= inner.y + inner.height
  );
}

describe("LabelPlacer", () => {
  it("places as placeLabel does, and keeps the spot while nothing near the curve changes", () => {
    const first = new ObstacleIndex([onMiddle, farAway]);
    const placer = new LabelPlacer(first);
    const spot = placer.place("f", curve, box);
    expect(spot).toEqual(placeLabel(curve, box, first));
    expect(placer.place("f", curve, box)).toBe(spot);
    placer.setObstacles(
      new ObstacleIndex([{ ...onMiddle }, { ...farAway, y: farAway.y + 50 }], undefined, first),
    );
    expect(placer.place("f", curve, box)).toBe(spot);
  });

  it("places again when an obstacle near the curve, the curve or the box changes", () => {
    const first = new ObstacleIndex([onMiddle]);
    const placer = new LabelPlacer(first);
    const spot = placer.place("f", curve, box);
    const cleared = new ObstacleIndex([{ ...onMiddle, y: 400 }], undefined, first);
    placer.setObstacles(cleared);
    const again = placer.place("f", curve, box);
    expect(again).not.toBe(spot);
    expect(again).toEqual(placeLabel(curve, box, cleared));
    const longer = bezierCurve({ x: 0, y: 0 }, "right", { x: 600, y: 0 }, "left");
    expect(placer.place("f", longer, box)).toEqual(placeLabel(longer, box, cleared));
    const wider = { ...box, width: 120, textWidth: 100 };
    expect(placer.place("f", longer, wider)).toEqual(placeLabel(longer, wider, cleared));
  });

  it("keeps the spot when what changed lies away from every place the label can go", () => {
    // A long arc: its control points' box is large, the places tried on it few.
    const arc = bezierCurve({ x: 0, y: 0 }, "right", { x: 4000, y: 2000 }, "left");
    const inside: Rect = { x: 3500, y: 200, width: 60, height: 40 };
    expect(labelReach(arc, box).some((r) => overlaps(r, inside))).toBe(false);
    const first = new ObstacleIndex([inside]);
    const placer = new LabelPlacer(first);
    const spot = placer.place("f", arc, box);
    placer.setObstacles(new ObstacleIndex([{ ...inside, x: inside.x + 30 }], undefined, first));
    expect(placer.place("f", arc, box)).toBe(spot);
  });

  it("tells its subscribers when the obstacles change, not when they are the same", () => {
    const first = new ObstacleIndex([onMiddle]);
    const placer = new LabelPlacer(first);
    const listener = vi.fn();
    const unsubscribe = placer.subscribe(listener);
    placer.setObstacles(first);
    expect(listener).not.toHaveBeenCalled();
    placer.setObstacles(new ObstacleIndex([], undefined, first));
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    placer.setObstacles(new ObstacleIndex([onMiddle]));
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe("createObstacleCache", () => {
  const doc = createLlmInferencePipelineSample("obstacles");
  const process = doc.elements.find((e) => e.type === "process")!;

  it("keeps the index for an edit that moves nothing, and builds one after a move", () => {
    const rects = obstacleRects(doc);
    const at = rects[doc.elements.indexOf(process)]!;
    const far = rects.find((r) => Math.abs(r.x - at.x) > 600 || Math.abs(r.y - at.y) > 600)!;
    const probe = { x: far.x + 1, y: far.y + 1, width: 1, height: 1 };
    const obstaclesOf = createObstacleCache();
    const first = obstaclesOf(doc);
    // A label is placed against it (what builds an index).
    expect(first.near(probe)[0]!.length).toBeGreaterThan(0);
    const renamed = updateElement(doc, process.id, { name: "Renamed" });
    if (!renamed.ok) throw new Error(renamed.error);
    expect(obstaclesOf(renamed.doc)).toBe(first);
    const moved = moveElements(renamed.doc, [
      { id: process.id, position: { x: process.position.x + 5, y: process.position.y } },
    ]);
    if (!moved.ok) throw new Error(moved.error);
    const second = obstaclesOf(moved.doc);
    expect(second).not.toBe(first);
    // Far from the moved element, the cells are the same lists.
    expect(second.near(probe)[0]).toBe(first.near(probe)[0]);
  });

  it("reads no element until a label asks, and then only the newest layout", () => {
    let reads = 0;
    const counted = (d: typeof doc) => ({
      get elements() {
        reads++;
        return d.elements;
      },
    });
    const obstaclesOf = createObstacleCache();
    const first = obstaclesOf(doc);
    expect(first.near({ x: 0, y: 0, width: 1, height: 1 })).toHaveLength(1);
    const layouts = [5, 10, 15].map((dx) => {
      const moved = moveElements(doc, [
        { id: process.id, position: { x: process.position.x + dx, y: process.position.y } },
      ]);
      if (!moved.ok) throw new Error(moved.error);
      return moved.doc;
    });
    const indexes = layouts.map((layout) => obstaclesOf(layout));
    reads = 0;
    const last = new ObstacleIndex(
      () => obstacleRects(counted(layouts[2]!)),
      undefined,
      indexes[1],
    );
    expect(reads).toBe(0);
    const rects = obstacleRects(layouts[2]!);
    const box = rects[layouts[2]!.elements.findIndex((e) => e.id === process.id)]!;
    expect(last.near(box)[0]).toContainEqual(box);
    expect(reads).toBeGreaterThan(0);
  });
});
