import { describe, expect, it } from "vitest";
import { randomEdit } from "../engine/testing/randomEdits";
import { randomModel, seededRandom } from "../engine/testing/randomModel";
import {
  applyChanges,
  diffDocuments,
  hasChanges,
  invertChanges,
  isContainedIn,
  sameValue,
} from "./changes";
import type { ThreatModel } from "./schema";

const rename = (doc: ThreatModel, id: string, name: string): ThreatModel => ({
  ...doc,
  elements: doc.elements.map((e) => (e.id === id ? { ...e, name } : e)),
});

/** Several random edits in a row, like a user's session. */
function edited(doc: ThreatModel, seed: number, steps: number): ThreatModel {
  const random = seededRandom(seed);
  let next = doc;
  for (let i = 0; i < steps; i++) next = randomEdit(next, random).model;
  return next;
}

describe("document changes", () => {
  it("are small for a small edit", () => {
    const base = randomModel(200, 1);
    const next = rename(base, "el-20", "Renamed");
    const changes = diffDocuments(base, next);
    expect(changes.elements.put.map((e) => e.id)).toEqual(["el-20"]);
    expect(changes.elements.remove).toEqual([]);
    expect(changes.elements.order).toBeNull();
    expect(changes.flows).toEqual({ put: [], remove: [], order: null });
    expect(changes.fields).toEqual({});
    expect(JSON.stringify(changes).length).toBeLessThan(2000);
  });

  it("apply gives the new version back, and the inverse the old one, over random sessions", () => {
    const base = randomModel(60, 2);
    for (let seed = 1; seed <= 60; seed++) {
      const next = edited(base, seed, 1 + (seed % 7));
      const changes = diffDocuments(base, next);
      expect(applyChanges(base, changes)).toEqual(next);
      expect(applyChanges(next, invertChanges(base, changes))).toEqual(base);
      // Through storage (no shared objects), a deep diff finds the same.
      const stored = structuredClone(next);
      expect(applyChanges(base, diffDocuments(base, stored, { deep: true }))).toEqual(next);
      expect(isContainedIn(next, changes)).toBe(true);
    }
  });

  it("apply over another version keeps what that version changed elsewhere", () => {
    const base = randomModel(40, 3);
    const mine = rename(base, "el-5", "Mine");
    const theirs = {
      ...rename(base, "el-9", "Theirs"),
      flows: base.flows.slice(1),
      name: "Their title",
    };
    const merged = applyChanges(theirs, diffDocuments(base, mine));
    expect(merged.elements.find((e) => e.id === "el-5")!.name).toBe("Mine");
    expect(merged.elements.find((e) => e.id === "el-9")!.name).toBe("Theirs");
    expect(merged.flows).toHaveLength(base.flows.length - 1);
    expect(merged.name).toBe("Their title");
    expect(isContainedIn(theirs, diffDocuments(base, mine))).toBe(false);
  });

  it("an element removed and put back returns to its place, other items keep theirs", () => {
    const base = randomModel(30, 4);
    const id = base.elements[10]!.id;
    const removed = { ...base, elements: base.elements.filter((e) => e.id !== id) };
    const changes = diffDocuments(base, removed);
    // Another version added an element at the end meanwhile.
    const extra = { ...base.elements[12]!, id: "theirs", parentId: null };
    const other = { ...removed, elements: [...removed.elements, extra] };
    const back = applyChanges(other, invertChanges(base, changes));
    const ids = back.elements.map((e) => e.id);
    expect(ids.indexOf(id)).toBe(10);
    expect(ids.filter((x) => x !== "theirs")).toEqual(base.elements.map((e) => e.id));
    // Items the change does not name keep the slot they had.
    expect(ids.indexOf("theirs")).toBe(other.elements.length - 1);
  });

  it("tell whether a version still holds what a change left, or what it found", () => {
    const base = randomModel(30, 5);
    const after = rename(base, "el-3", "After");
    const changes = diffDocuments(base, after);
    expect(isContainedIn(structuredClone(after), changes)).toBe(true);
    expect(isContainedIn(rename(after, "el-3", "Else"), changes)).toBe(false);
    // Unrelated changes do not matter.
    expect(isContainedIn(rename(after, "el-4", "Else"), changes)).toBe(true);
    expect(isContainedIn(rename(base, "el-4", "Else"), invertChanges(base, changes))).toBe(true);
    expect(isContainedIn(after, invertChanges(base, changes))).toBe(false);
    const stamped = { ...after, name: "Stamped" };
    const withStamp = diffDocuments(base, stamped);
    expect(isContainedIn(after, withStamp)).toBe(false);
    expect(isContainedIn(after, withStamp, new Set(["updatedAt", "name"]))).toBe(true);
    const onlyTime = { ...after, updatedAt: "2030-01-01T00:00:00.000Z" };
    expect(hasChanges(diffDocuments(after, onlyTime))).toBe(false);
    expect(hasChanges(changes)).toBe(true);
  });

  it("compare values by content, in any key order", () => {
    expect(sameValue({ a: [1, { b: 2 }], c: null }, { c: null, a: [1, { b: 2 }] })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameValue(Number.NaN, Number.NaN)).toBe(true);
  });
});
