import { describe, expect, it } from "vitest";
import { entity, flow, modelOf, proc, zone } from "../../engine/testing/models";
import { MIN_WALK_ZOOM, stepRect, viewportFor } from "./camera";

const doc = modelOf(
  [
    zone("z", "dmz", 30, { position: { x: 100, y: 100 }, size: { width: 600, height: 400 } }),
    entity("user", {}, { position: { x: 0, y: 0 } }),
    proc("app", {}, { parentId: "z", position: { x: 50, y: 50 } }),
  ],
  [flow("f", "user", "app")],
);
const area = { left: 0, top: 60, width: 1280, height: 440 };

describe("the walk's camera", () => {
  it("frames an element, a flow's two ends, a boundary", () => {
    expect(stepRect(doc, "app")).toEqual({ x: 150, y: 150, width: 150, height: 150 });
    expect(stepRect(doc, "f")).toEqual({ x: 0, y: 0, width: 300, height: 300 });
    expect(stepRect(doc, "z")).toEqual({ x: 100, y: 100, width: 600, height: 400 });
    expect(stepRect(doc, "missing")).toBeNull();
  });

  it("centres the item in the visible area, as large as fits, up to 1.6 times its size", () => {
    const view = viewportFor({ x: 150, y: 150, width: 150, height: 150 }, area, {
      fitWhole: false,
    });
    expect(view.zoom).toBe(1.6);
    expect(view.x + 225 * view.zoom).toBeCloseTo(640);
    expect(view.y + 225 * view.zoom).toBeCloseTo(280);
  });

  it("keeps elements readable even when the frame does not fit, but fits a boundary whole", () => {
    const wide = { x: 0, y: 0, width: 3000, height: 200 };
    expect(viewportFor(wide, area, { fitWhole: false }).zoom).toBe(MIN_WALK_ZOOM);
    expect(viewportFor(wide, area, { fitWhole: true }).zoom).toBeCloseTo((1280 * 0.97) / 3000);
  });

  it("shows a boundary too tall to fit at the walk's zoom from its top, never smaller", () => {
    const tall = { x: 100, y: 500, width: 200, height: 900 };
    const view = viewportFor(tall, area, { fitWhole: true, minZoom: MIN_WALK_ZOOM });
    expect(view.zoom).toBe(MIN_WALK_ZOOM);
    // Its top edge (where its name is) sits just below the top bar, inside the visible area.
    const top = view.y + tall.y * view.zoom;
    expect(top).toBeGreaterThanOrEqual(area.top);
    expect(top).toBeLessThan(area.top + 20);
    // Centred across.
    expect(view.x + 200 * view.zoom).toBeCloseTo(640);
    // A boundary that fits is still fitted whole and centred.
    const small = viewportFor({ x: 0, y: 0, width: 400, height: 200 }, area, {
      fitWhole: true,
      minZoom: MIN_WALK_ZOOM,
    });
    expect(small.zoom).toBeCloseTo(Math.min(1.6, (440 * 0.97) / 200));
  });
});
