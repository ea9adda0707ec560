import { describe, expect, it } from "vitest";
import {
  bezierCurve,
  LABEL_MAX_TEXT,
  labelSize,
  ObstacleIndex,
  placeLabel,
  pointAt,
} from "./labelPlacement";

const straight = bezierCurve({ x: 0, y: 0 }, "right", { x: 400, y: 0 }, "left");

describe("placeLabel", () => {
  it("uses the middle of the curve when it is free", () => {
    const p = placeLabel(straight, { width: 80, height: 26, textWidth: 60 }, new ObstacleIndex([]));
    expect(p.x).toBeCloseTo(200, 5);
    expect(p.y).toBeCloseTo(0, 5);
  });

  it("slides along the curve off an element that sits on the middle", () => {
    const node = { x: 150, y: -40, width: 100, height: 80 };
    const p = placeLabel(
      straight,
      { width: 80, height: 26, textWidth: 60 },
      new ObstacleIndex([node]),
    );
    const box = { x: p.x - 40, y: p.y - 13, width: 80, height: 26 };
    const overlaps =
      box.x < node.x + node.width &&
      node.x < box.x + box.width &&
      box.y < node.y + node.height &&
      node.y < box.y + box.height;
    expect(overlaps).toBe(false);
  });

  it("keeps clear of the arrowheads even when that is the only free room", () => {
    // Everything but the last 30 units before the target is covered.
    const wall = { x: 0, y: -50, width: 370, height: 100 };
    const p = placeLabel(
      straight,
      { width: 40, height: 26, textWidth: 20 },
      new ObstacleIndex([wall]),
    );
    expect(p.x).toBeLessThan(400 - 22);
  });

  it("falls back to the point of least overlap when nothing is free", () => {
    const wall = { x: -100, y: -100, width: 600, height: 200 };
    const p = placeLabel(
      straight,
      { width: 80, height: 26, textWidth: 60 },
      new ObstacleIndex([wall]),
    );
    expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it("shortens the text (an ellipsis) to fit between two elements that are close", () => {
    // 140 units free between two nodes; the label wants 200.
    const left = { x: -200, y: -50, width: 330, height: 100 };
    const right = { x: 270, y: -50, width: 230, height: 100 };
    const label = { width: 200, height: 26, textWidth: 180 };
    const p = placeLabel(straight, label, new ObstacleIndex([left, right]));
    expect(p.textWidth).toBeLessThan(180);
    const width = label.width - label.textWidth + p.textWidth;
    expect(p.x - width / 2).toBeGreaterThanOrEqual(130);
    expect(p.x + width / 2).toBeLessThanOrEqual(270);
    expect(p.overElements).toBe(false);
  });

  it("says when no spot is free of elements (the label then lies over one)", () => {
    const wall = { x: -1000, y: -1000, width: 2000, height: 2000 };
    const p = placeLabel(
      straight,
      { width: 80, height: 26, textWidth: 60 },
      new ObstacleIndex([wall]),
    );
    expect(p.overElements).toBe(true);
    const free = placeLabel(
      straight,
      { width: 80, height: 26, textWidth: 60 },
      new ObstacleIndex([]),
    );
    expect(free.overElements).toBe(false);
  });
});

describe("ObstacleIndex", () => {
  it("measures the covered area wherever the box is, negative coordinates and cell edges included", () => {
    const rects = [
      { x: -500, y: -260, width: 100, height: 40 },
      { x: -250, y: 230, width: 30, height: 30 },
      { x: 100, y: -100, width: 600, height: 600 },
    ];
    const index = new ObstacleIndex(rects);
    const boxes = [
      { x: -520, y: -250, width: 60, height: 30 },
      { x: -245, y: 225, width: 20, height: 20 },
      { x: 230, y: 230, width: 30, height: 30 },
      { x: -1000, y: -1000, width: 3000, height: 3000 },
      { x: 1000, y: 1000, width: 10, height: 10 },
    ];
    for (const box of boxes) {
      const expected = rects.reduce((sum, r) => {
        const w = Math.min(box.x + box.width, r.x + r.width) - Math.max(box.x, r.x);
        const h = Math.min(box.y + box.height, r.y + r.height) - Math.max(box.y, r.y);
        return sum + (w > 0 && h > 0 ? w * h : 0);
      }, 0);
      expect(index.coverage(box)).toBe(expected);
    }
  });

  it("lists each region's cells in turn, empty ones included", () => {
    const r = { x: 10, y: 10, width: 10, height: 10 };
    const index = new ObstacleIndex([r]);
    const lists = index.near(
      { x: 0, y: 0, width: 300, height: 1 },
      { x: -5, y: -5, width: 1, height: 1 },
    );
    expect(lists).toHaveLength(3);
    expect(lists[0]).toEqual([r]);
    expect(lists[1]).toEqual([]);
    expect(lists[2]).toEqual([]);
  });
});

describe("pointAt", () => {
  it("starts and ends at the curve's ends", () => {
    const c = bezierCurve({ x: 10, y: 20 }, "bottom", { x: 300, y: 400 }, "top");
    expect(pointAt(c, 0)).toEqual({ x: 10, y: 20 });
    expect(pointAt(c, 1)).toEqual({ x: 300, y: 400 });
  });
});

describe("labelSize", () => {
  it("caps long labels (they are shortened with an ellipsis) and counts the badge", () => {
    expect(labelSize("x".repeat(200), false).textWidth).toBe(LABEL_MAX_TEXT);
    expect(labelSize("Prompts", true).width).toBeGreaterThan(labelSize("Prompts", false).width);
    expect(labelSize("", false).width).toBe(16);
  });
});
