import { describe, expect, it } from "vitest";
import { absolutePosition, indexModel } from "../graph";
import {
  CURRENT_SCHEMA_VERSION,
  ThreatModelSchema,
  type ThreatModel,
  type ThreatModelInput,
} from "../schema";
import { orderParentsFirst, reassignMembership } from "./membership";

const T = "2024-05-01T12:00:00.000Z";

function model(elements: ThreatModelInput["elements"]): ThreatModel {
  return ThreatModelSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: "m",
    createdAt: T,
    updatedAt: T,
    elements,
    flows: [],
  } satisfies ThreatModelInput);
}

const zone = (id: string, x: number, y: number, parentId: string | null = null) => ({
  id,
  type: "trustBoundary" as const,
  position: { x, y },
  size: { width: 400, height: 300 },
  parentId,
});
const proc = (id: string, x: number, y: number, parentId: string | null = null) => ({
  id,
  type: "process" as const,
  position: { x, y },
  parentId,
});

describe("reassignMembership", () => {
  it("returns the same document when every element is already where it belongs", () => {
    const doc = model([zone("Z", 0, 0), proc("a", 10, 10, "Z"), proc("b", 1000, 0)]);
    expect(reassignMembership(doc, ["Z", "a", "b"])).toBe(doc);
    expect(reassignMembership(doc, [])).toBe(doc);
    expect(reassignMembership(doc, ["ghost"])).toBe(doc);
  });

  it("only re-decides the ids it is given", () => {
    // b's centre lies inside Z, but it is not asked about.
    const doc = model([zone("Z", 0, 0), proc("a", 1000, 0), proc("b", 10, 10)]);
    const after = reassignMembership(doc, ["a"]);
    expect(after).toBe(doc);
    const joined = reassignMembership(doc, ["b"]);
    expect(joined.elements.find((e) => e.id === "b")?.parentId).toBe("Z");
  });

  it("rewrites the position relative to the new parent, keeping the on-screen place", () => {
    const doc = model([zone("Z", 100, 100), zone("Y", 50, 50, "Z"), proc("a", 170, 170)]);
    const after = reassignMembership(doc, ["a"]);
    const a = after.elements.find((e) => e.id === "a");
    expect(a).toMatchObject({ parentId: "Y", position: { x: 20, y: 20 } });
    expect(absolutePosition(indexModel(after), "a")).toEqual({ x: 170, y: 170 });
  });

  it("puts a new parent before its new member", () => {
    const doc = model([proc("a", 10, 10), zone("Z", 0, 0)]);
    const after = reassignMembership(doc, ["a"]);
    expect(after.elements.map((e) => e.id)).toEqual(["Z", "a"]);
    expect(after.elements[0]).toBe(doc.elements[1]);
  });
});

describe("orderParentsFirst", () => {
  it("returns the same document when parents already come first", () => {
    const doc = model([zone("Z", 0, 0), proc("a", 10, 10, "Z"), proc("b", 900, 0)]);
    expect(orderParentsFirst(doc)).toBe(doc);
  });

  it("sorts by depth, stable otherwise, keeping element objects", () => {
    const doc = model([
      proc("a", 10, 10, "Y"),
      proc("b", 900, 0),
      zone("Y", 10, 10, "Z"),
      proc("c", 5, 5, "Z"),
      zone("Z", 0, 0),
    ]);
    const after = orderParentsFirst(doc);
    expect(after.elements.map((e) => e.id)).toEqual(["b", "Z", "Y", "c", "a"]);
    for (const element of doc.elements) expect(after.elements).toContain(element);
    expect(after.flows).toBe(doc.flows);
  });
});
