import { describe, expect, it } from "vitest";
import { freeCorner, minimapRect, MINIMAP_SIZE } from "./minimapPlacement";

const canvas = { width: 1000, height: 700 };

describe("freeCorner", () => {
  it("prefers the bottom right when nothing is there", () => {
    expect(freeCorner([{ x: 100, y: 100, width: 150, height: 90 }], canvas)).toBe("bottom-right");
  });

  it("moves to the top right, then the top left, when elements are under it", () => {
    const bottomRight = { x: 900, y: 620, width: 60, height: 40 };
    expect(freeCorner([bottomRight], canvas)).toBe("top-right");
    const topRight = { x: 900, y: 60, width: 60, height: 40 };
    expect(freeCorner([bottomRight, topRight], canvas)).toBe("top-left");
  });

  it("steps aside entirely when every corner is taken or the canvas is small", () => {
    const everywhere = [{ x: 0, y: 0, width: 1000, height: 700 }];
    expect(freeCorner(everywhere, canvas)).toBeNull();
    expect(freeCorner([], { width: 350, height: 700 })).toBeNull();
  });

  it("never returns a corner whose rectangle overlaps an element", () => {
    for (let i = 0; i < 200; i++) {
      const el = { x: (i * 37) % 1000, y: (i * 53) % 700, width: 120, height: 80 };
      const corner = freeCorner([el], canvas);
      if (corner === null) continue;
      const r = minimapRect(corner, canvas);
      const overlap =
        r.x < el.x + el.width &&
        el.x < r.x + r.width &&
        r.y < el.y + el.height &&
        el.y < r.y + r.height;
      expect(overlap).toBe(false);
      expect(r.width).toBe(MINIMAP_SIZE.width);
    }
  });
});
