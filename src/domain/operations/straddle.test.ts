import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { absoluteRect, indexModel } from "../graph";
import {
  CURRENT_SCHEMA_VERSION,
  ThreatModelSchema,
  type ThreatModel,
  type ThreatModelInput,
} from "../schema";
import { reassignMembership } from "./membership";
import { SETTLE_MARGIN, settleStraddles } from "./straddle";

const T = "2024-05-01T12:00:00.000Z";

function model(elements: ThreatModelInput["elements"]): ThreatModel {
  return reassignMembership(
    ThreatModelSchema.parse({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      id: "m",
      createdAt: T,
      updatedAt: T,
      elements,
      flows: [],
    } satisfies ThreatModelInput),
    elements.map((e) => e.id),
  );
}

const zone = {
  id: "Z",
  type: "trustBoundary" as const,
  position: { x: 0, y: 0 },
  size: { width: 400, height: 300 },
};
// A 150 x 150 process.
const proc = (x: number, y: number) => ({ id: "p", type: "process" as const, position: { x, y } });

const rectOf = (doc: ThreatModel, id: string) => absoluteRect(indexModel(doc), id)!;

describe("settleStraddles", () => {
  it("moves an element whose centre is inside fully inside, and says so", () => {
    const doc = model([zone, proc(320, 40)]); // centre (395, 115): inside, sticking out right
    const { doc: next, notes } = settleStraddles(doc, ["p"]);
    expect(notes).toEqual([{ elementId: "p", boundaryId: "Z", placed: "inside" }]);
    const r = rectOf(next, "p");
    expect(r.x + r.width).toBe(400 - SETTLE_MARGIN);
    expect(next.elements.find((e) => e.id === "p")!.parentId).toBe("Z");
  });

  it("moves an element whose centre is outside clear of the boundary, the short way", () => {
    const doc = model([zone, proc(340, 40)]); // centre (415, 115): outside, overlapping 60 px
    const { doc: next, notes } = settleStraddles(doc, ["p"]);
    expect(notes).toEqual([{ elementId: "p", boundaryId: "Z", placed: "outside" }]);
    expect(rectOf(next, "p").x).toBe(400 + SETTLE_MARGIN);
    expect(next.elements.find((e) => e.id === "p")!.parentId).toBeNull();
  });

  it("leaves alone an element that is clearly in or out, and boundaries", () => {
    const doc = model([zone, proc(100, 100)]);
    expect(settleStraddles(doc, ["p", "Z"]).notes).toEqual([]);
    expect(settleStraddles(doc, ["p"]).doc).toBe(doc);
  });

  it("never leaves a settled element across the edge (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -200, max: 500 }),
        fc.integer({ min: -200, max: 400 }),
        (x, y) => {
          const { doc } = settleStraddles(model([zone, proc(x, y)]), ["p"]);
          const r = rectOf(doc, "p");
          const z = rectOf(doc, "Z");
          const inside =
            r.x >= z.x &&
            r.y >= z.y &&
            r.x + r.width <= z.x + z.width &&
            r.y + r.height <= z.y + z.height;
          const apart =
            r.x >= z.x + z.width ||
            r.x + r.width <= z.x ||
            r.y >= z.y + z.height ||
            r.y + r.height <= z.y;
          expect(inside || apart).toBe(true);
          const parent = doc.elements.find((e) => e.id === "p")!.parentId;
          expect(parent === "Z").toBe(inside);
        },
      ),
    );
  });
});
