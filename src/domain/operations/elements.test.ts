import { describe, expect, it } from "vitest";
import { createElement } from "../factory";
import { absolutePosition, indexModel } from "../graph";
import {
  CURRENT_SCHEMA_VERSION,
  ThreatModelSchema,
  type DfdElement,
  type ThreatModel,
  type ThreatModelInput,
} from "../schema";
import { formatIssues } from "../validation";
import { addElement, moveElements, removeItems, resizeElement, updateElement } from "./elements";
import type { OperationResult } from "./result";

type ElementInput = ThreatModelInput["elements"][number];

const T = "2024-05-01T12:00:00.000Z";

/**
 * Z1 (abs 100,100  600×400)
 *   p  (rel 50,50   → abs 150,150; centre 225,225)
 *   Z2 (rel 300,100 → abs 400,200  250×250)
 *     q (rel 20,20  → abs 420,220)
 * out (abs 1000,150)
 * Z3 (abs 0,700  400×300)
 *   d (rel 10,10 → abs 10,710)
 */
function scenario(): ThreatModel {
  const elements: ElementInput[] = [
    zone("Z1", 100, 100, 600, 400),
    proc("p", 50, 50, "Z1"),
    zone("Z2", 300, 100, 250, 250, "Z1"),
    proc("q", 20, 20, "Z2"),
    { id: "out", type: "externalEntity", position: { x: 1000, y: 150 } },
    zone("Z3", 0, 700, 400, 300),
    { id: "d", type: "dataStore", position: { x: 10, y: 10 }, parentId: "Z3" },
  ];
  return ThreatModelSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: "m",
    createdAt: T,
    updatedAt: T,
    elements,
    flows: [
      { id: "f-pq", source: "p", target: "q" },
      { id: "f-q-out", source: "q", target: "out" },
      { id: "f-out-d", source: "out", target: "d" },
    ],
  } satisfies ThreatModelInput);
}

function zone(
  id: string,
  x: number,
  y: number,
  width: number,
  height: number,
  parentId: string | null = null,
): ElementInput {
  return { id, type: "trustBoundary", position: { x, y }, size: { width, height }, parentId };
}
function proc(id: string, x: number, y: number, parentId: string | null = null): ElementInput {
  return { id, type: "process", position: { x, y }, parentId };
}

function docOf(result: OperationResult): ThreatModel {
  if (!result.ok) throw new Error(`operation failed: ${result.error}`);
  const valid = ThreatModelSchema.safeParse(result.doc);
  if (!valid.success) throw new Error(`invalid result:\n${formatIssues(valid.error).join("\n")}`);
  return result.doc;
}
function errorOf(result: OperationResult): string {
  if (result.ok) throw new Error("operation was expected to fail");
  return result.error;
}
const el = (doc: ThreatModel, id: string): DfdElement => {
  const found = doc.elements.find((e) => e.id === id);
  if (!found) throw new Error(`no element ${id}`);
  return found;
};
const abs = (doc: ThreatModel, id: string) => absolutePosition(indexModel(doc), id);

/** Elements of `after` that are the very same objects as in `before`, by id. */
function unchangedIds(before: ThreatModel, after: ThreatModel): string[] {
  const old = new Map(before.elements.map((e) => [e.id, e]));
  return after.elements.filter((e) => old.get(e.id) === e).map((e) => e.id);
}

function expectParentsFirst(doc: ThreatModel): void {
  const at = new Map(doc.elements.map((e, i) => [e.id, i]));
  doc.elements.forEach((e, i) => {
    if (e.parentId !== null) expect(at.get(e.parentId)).toBeLessThan(i);
  });
}

describe("moveElements: membership on drop", () => {
  it("dropping a top-level element into a boundary makes it a member, same place on screen", () => {
    const before = scenario();
    const after = docOf(moveElements(before, [{ id: "out", position: { x: 150, y: 250 } }]));
    expect(el(after, "out")).toMatchObject({ parentId: "Z1", position: { x: 50, y: 150 } });
    expect(abs(after, "out")).toEqual({ x: 150, y: 250 });
  });

  it("dropping into a nested boundary picks the innermost one", () => {
    const after = docOf(moveElements(scenario(), [{ id: "out", position: { x: 420, y: 240 } }]));
    expect(el(after, "out")).toMatchObject({ parentId: "Z2", position: { x: 20, y: 40 } });
    expect(abs(after, "out")).toEqual({ x: 420, y: 240 });
  });

  it("dragging a member out of every boundary makes it top-level with an absolute position", () => {
    // q is at rel (20,20) in Z2; the canvas reports positions relative to the current parent.
    const after = docOf(moveElements(scenario(), [{ id: "q", position: { x: 700, y: -150 } }]));
    expect(el(after, "q")).toMatchObject({ parentId: null, position: { x: 1100, y: 50 } });
  });

  it("dragging from a nested boundary into its parent boundary", () => {
    const after = docOf(moveElements(scenario(), [{ id: "q", position: { x: -250, y: 200 } }]));
    expect(el(after, "q")).toMatchObject({ parentId: "Z1", position: { x: 50, y: 300 } });
    expect(abs(after, "q")).toEqual({ x: 150, y: 400 });
  });

  it("dragging from one boundary into another, later in the array, keeps parents first", () => {
    const after = docOf(moveElements(scenario(), [{ id: "q", position: { x: -350, y: 550 } }]));
    expect(el(after, "q")).toMatchObject({ parentId: "Z3", position: { x: 50, y: 50 } });
    expect(abs(after, "q")).toEqual({ x: 50, y: 750 });
    expectParentsFirst(after);
  });

  it("moving within the same boundary only changes the position", () => {
    const before = scenario();
    const after = docOf(moveElements(before, [{ id: "p", position: { x: 60, y: 70 } }]));
    expect(el(after, "p")).toMatchObject({ parentId: "Z1", position: { x: 60, y: 70 } });
    expect(after.elements.map((e) => e.id)).toEqual(before.elements.map((e) => e.id));
  });

  it("decides by the element's centre", () => {
    // p is 150×150: at rel (-20, 50) its left edge (x 80) is outside Z1, its centre (155,225) inside.
    const inside = docOf(moveElements(scenario(), [{ id: "p", position: { x: -20, y: 50 } }]));
    expect(el(inside, "p").parentId).toBe("Z1");
    // At rel (-80, 50) the centre (95,225) is left of Z1 (which starts at x 100).
    const outside = docOf(moveElements(scenario(), [{ id: "p", position: { x: -80, y: 50 } }]));
    expect(el(outside, "p")).toMatchObject({ parentId: null, position: { x: 20, y: 150 } });
  });

  it("moves several elements at once", () => {
    const after = docOf(
      moveElements(scenario(), [
        { id: "out", position: { x: 150, y: 250 } },
        { id: "d", position: { x: 900, y: -600 } },
      ]),
    );
    expect(el(after, "out").parentId).toBe("Z1");
    expect(el(after, "d")).toMatchObject({ parentId: null, position: { x: 900, y: 100 } });
  });
});

describe("moveElements: boundaries carry their contents", () => {
  it("moving a boundary leaves its children's relative positions (and objects) alone", () => {
    const before = scenario();
    const after = docOf(moveElements(before, [{ id: "Z2", position: { x: 320, y: 120 } }]));
    expect(el(after, "Z2")).toMatchObject({ parentId: "Z1", position: { x: 320, y: 120 } });
    expect(el(after, "q")).toBe(el(before, "q"));
    expect(abs(after, "q")).toEqual({ x: 440, y: 240 });
  });

  it("moving a boundary out of its parent keeps its members inside it", () => {
    const before = scenario();
    const after = docOf(moveElements(before, [{ id: "Z2", position: { x: 1200, y: 600 } }]));
    expect(el(after, "Z2")).toMatchObject({ parentId: null, position: { x: 1300, y: 700 } });
    expect(el(after, "q")).toBe(el(before, "q"));
    expect(abs(after, "q")).toEqual({ x: 1320, y: 720 });
  });

  it("moving a boundary into another nests it, children included", () => {
    const before = scenario();
    // Z3 (400×300) dropped with its centre inside Z1 (but not Z2).
    const after = docOf(moveElements(before, [{ id: "Z3", position: { x: 110, y: 110 } }]));
    expect(el(after, "Z3")).toMatchObject({ parentId: "Z1", position: { x: 10, y: 10 } });
    expect(el(after, "d")).toBe(el(before, "d"));
    expect(abs(after, "d")).toEqual({ x: 120, y: 120 });
    expectParentsFirst(after);
  });

  it("a boundary never becomes a member of its own descendant", () => {
    // Z1's centre (400,300) lies inside its own child Z2 (400..650, 200..450).
    const after = docOf(moveElements(scenario(), [{ id: "Z1", position: { x: 101, y: 101 } }]));
    expect(el(after, "Z1").parentId).toBeNull();
    expect(el(after, "Z2").parentId).toBe("Z1");
  });
});

describe("moveElements: identity", () => {
  it("returns the same document when nothing moves", () => {
    const doc = scenario();
    expect(docOf(moveElements(doc, []))).toBe(doc);
    expect(docOf(moveElements(doc, [{ id: "p", position: { x: 50, y: 50 } }]))).toBe(doc);
    expect(docOf(moveElements(doc, [{ id: "ghost", position: { x: 5, y: 5 } }]))).toBe(doc);
    expect(docOf(moveElements(doc, [{ id: "p", position: { x: NaN, y: 5 } }]))).toBe(doc);
    expect(docOf(moveElements(doc, [{ id: "p", position: { x: Infinity, y: 5 } }]))).toBe(doc);
  });

  it("keeps every other element object and the flows array", () => {
    const before = scenario();
    const after = docOf(moveElements(before, [{ id: "out", position: { x: 150, y: 250 } }]));
    expect(unchangedIds(before, after).sort()).toEqual(["Z1", "Z2", "Z3", "d", "p", "q"]);
    expect(after.flows).toBe(before.flows);
  });

  it("does not mutate the input document", () => {
    const before = scenario();
    const snapshot = structuredClone(before);
    moveElements(before, [{ id: "q", position: { x: -350, y: 550 } }]);
    expect(before).toEqual(snapshot);
  });
});

describe("resizeElement", () => {
  it("growing a boundary over an element makes it a member", () => {
    const before = scenario();
    const after = docOf(resizeElement(before, "Z1", { width: 1200, height: 400 }));
    expect(el(after, "Z1").size).toEqual({ width: 1200, height: 400 });
    expect(el(after, "out")).toMatchObject({ parentId: "Z1", position: { x: 900, y: 50 } });
    expect(abs(after, "out")).toEqual({ x: 1000, y: 150 });
  });

  it("shrinking a boundary releases members whose centre is now outside, in place", () => {
    const before = scenario();
    const after = docOf(resizeElement(before, "Z1", { width: 100, height: 100 }));
    expect(el(after, "p")).toMatchObject({ parentId: null, position: { x: 150, y: 150 } });
    expect(el(after, "Z2")).toMatchObject({ parentId: null, position: { x: 400, y: 200 } });
    // q stays in Z2, untouched.
    expect(el(after, "q")).toBe(el(before, "q"));
  });

  it("resizing from the top-left corner keeps members where they are on screen", () => {
    const before = scenario();
    const after = docOf(resizeElement(before, "Z1", { width: 650, height: 450 }, { x: 50, y: 50 }));
    expect(el(after, "Z1")).toMatchObject({
      position: { x: 50, y: 50 },
      size: { width: 650, height: 450 },
    });
    expect(el(after, "p")).toMatchObject({ parentId: "Z1", position: { x: 100, y: 100 } });
    for (const id of ["p", "Z2", "q", "out", "d"]) expect(abs(after, id)).toEqual(abs(before, id));
  });

  it("rounds the size", () => {
    const after = docOf(resizeElement(scenario(), "Z3", { width: 400.4, height: 299.6 }));
    expect(el(after, "Z3").size).toEqual({ width: 400, height: 300 });
  });

  it("can give a process an explicit size", () => {
    const after = docOf(resizeElement(scenario(), "out", { width: 200, height: 100 }));
    expect(el(after, "out").size).toEqual({ width: 200, height: 100 });
  });

  it("keeps unknown keys of the size", () => {
    const doc = scenario();
    const withExtra = {
      ...doc,
      elements: doc.elements.map((e) =>
        e.id === "Z3" ? { ...e, size: { width: 400, height: 300, unit: "px" } } : e,
      ),
    };
    const after = docOf(resizeElement(withExtra, "Z3", { width: 500, height: 300 }));
    expect(el(after, "Z3").size).toEqual({ width: 500, height: 300, unit: "px" });
  });

  it("returns the same document when size and position are unchanged", () => {
    const doc = scenario();
    expect(docOf(resizeElement(doc, "Z1", { width: 600, height: 400 }))).toBe(doc);
    expect(docOf(resizeElement(doc, "Z1", { width: 600.2, height: 400 }, { x: 100, y: 100 }))).toBe(
      doc,
    );
  });

  it("keeps unaffected elements' objects", () => {
    const before = scenario();
    const after = docOf(resizeElement(before, "Z3", { width: 500, height: 300 }));
    expect(unchangedIds(before, after).sort()).toEqual(["Z1", "Z2", "d", "out", "p", "q"]);
  });

  it.each([
    [{ width: 10, height: 300 }, undefined, "size must be at least 20 × 20"],
    [{ width: 300, height: NaN }, undefined, "size must be at least 20 × 20"],
    [{ width: 30000, height: 300 }, undefined, "size must be at most 20,000 × 20,000"],
    [{ width: Infinity, height: 300 }, undefined, "size must be at most 20,000 × 20,000"],
    [{ width: 300, height: 300 }, { x: NaN, y: 0 }, "position must be a finite point"],
  ])("refuses size %o at %o", (size, position, message) => {
    const doc = scenario();
    const snapshot = structuredClone(doc);
    expect(errorOf(resizeElement(doc, "Z1", size, position))).toBe(message);
    expect(doc).toEqual(snapshot);
  });

  it("refuses an unknown element", () => {
    expect(errorOf(resizeElement(scenario(), "ghost", { width: 100, height: 100 }))).toBe(
      'no element "ghost"',
    );
  });
});

describe("removeItems", () => {
  it("deleting a nested boundary releases its members to the parent boundary, in place", () => {
    const before = scenario();
    const after = docOf(removeItems(before, ["Z2"]));
    expect(after.elements.some((e) => e.id === "Z2")).toBe(false);
    expect(el(after, "q")).toMatchObject({ parentId: "Z1", position: { x: 320, y: 120 } });
    expect(abs(after, "q")).toEqual({ x: 420, y: 220 });
    expect(after.flows).toHaveLength(3);
  });

  it("deleting a top-level boundary releases its members to the canvas, in place", () => {
    const before = scenario();
    const after = docOf(removeItems(before, ["Z1"]));
    expect(el(after, "p")).toMatchObject({ parentId: null, position: { x: 150, y: 150 } });
    expect(el(after, "Z2")).toMatchObject({ parentId: null, position: { x: 400, y: 200 } });
    expect(el(after, "q")).toBe(el(before, "q"));
  });

  it("deleting a boundary and its nested boundary releases grandchildren to the canvas", () => {
    const after = docOf(removeItems(scenario(), ["Z2", "Z1"]));
    expect(el(after, "q")).toMatchObject({ parentId: null, position: { x: 420, y: 220 } });
    expect(el(after, "p")).toMatchObject({ parentId: null, position: { x: 150, y: 150 } });
  });

  it("deleting a boundary together with its contents deletes them all", () => {
    const after = docOf(removeItems(scenario(), ["Z2", "q"]));
    expect(after.elements.map((e) => e.id)).toEqual(["Z1", "p", "out", "Z3", "d"]);
    expect(after.flows.map((f) => f.id)).toEqual(["f-out-d"]);
  });

  it("deleting an element removes every flow touching it and keeps the rest", () => {
    const before = scenario();
    const after = docOf(removeItems(before, ["q"]));
    expect(after.flows.map((f) => f.id)).toEqual(["f-out-d"]);
    expect(after.flows[0]).toBe(before.flows[2]);
    expect(unchangedIds(before, after).sort()).toEqual(["Z1", "Z2", "Z3", "d", "out", "p"]);
  });

  it("deletes flows by id", () => {
    const before = scenario();
    const after = docOf(removeItems(before, ["f-pq", "f-out-d"]));
    expect(after.flows.map((f) => f.id)).toEqual(["f-q-out"]);
    expect(after.elements).toEqual(before.elements);
    expect(unchangedIds(before, after)).toHaveLength(before.elements.length);
  });

  it("returns the same document when nothing matches", () => {
    const doc = scenario();
    expect(docOf(removeItems(doc, []))).toBe(doc);
    expect(docOf(removeItems(doc, ["ghost"]))).toBe(doc);
  });

  it("accepts any iterable of ids", () => {
    const after = docOf(removeItems(scenario(), new Set(["out"])));
    expect(after.elements.some((e) => e.id === "out")).toBe(false);
  });
});

describe("addElement", () => {
  it("refuses an element whose ML kind does not fit its type", () => {
    const element = createElement({ type: "dataStore", name: "X", position: { x: 0, y: 0 } });
    const misfit = { ...element, mlKind: "llm" } as DfdElement;
    expect(errorOf(addElement(scenario(), misfit))).toBe(
      'mlKind: "llm" does not fit a data store; it is a kind for a process',
    );
    const fits = { ...element, mlKind: "vector-store" } as DfdElement;
    expect(el(docOf(addElement(scenario(), fits)), element.id)).toMatchObject({
      mlKind: "vector-store",
    });
  });

  it("adds at an absolute position and joins the boundary under it", () => {
    const element = createElement({ type: "process", name: "New", position: { x: 150, y: 250 } });
    const after = docOf(addElement(scenario(), element));
    expect(el(after, element.id)).toMatchObject({
      name: "New",
      parentId: "Z1",
      position: { x: 50, y: 150 },
    });
  });

  it("joins the innermost of nested boundaries", () => {
    const element = createElement({ type: "dataStore", name: "DB", position: { x: 420, y: 240 } });
    const after = docOf(addElement(scenario(), element));
    expect(el(after, element.id)).toMatchObject({ parentId: "Z2", position: { x: 20, y: 40 } });
  });

  it("stays top-level on empty canvas, whatever parentId it came with", () => {
    const element = {
      ...createElement({ type: "process", name: "X", position: { x: 2000, y: 2000 } }),
      parentId: "Z1",
    };
    const after = docOf(addElement(scenario(), element));
    expect(el(after, element.id)).toMatchObject({
      parentId: null,
      position: { x: 2000, y: 2000 },
    });
  });

  it("can add a boundary inside a boundary", () => {
    const element = createElement({
      type: "trustBoundary",
      name: "Sub",
      position: { x: 10, y: 720 },
      zoneKind: "data",
    });
    const after = docOf(addElement(scenario(), element));
    expect(el(after, element.id)).toMatchObject({ parentId: "Z3", position: { x: 10, y: 20 } });
  });

  it("keeps existing elements and flows as they were", () => {
    const before = scenario();
    const element = createElement({ type: "process", name: "X", position: { x: 2000, y: 0 } });
    const after = docOf(addElement(before, element));
    expect(unchangedIds(before, after)).toHaveLength(before.elements.length);
    expect(after.flows).toBe(before.flows);
    expect(after.elements.at(-1)?.id).toBe(element.id);
  });

  it("refuses an id already used by an element or a flow", () => {
    const doc = scenario();
    const base = createElement({ type: "process", name: "X", position: { x: 0, y: 0 } });
    expect(errorOf(addElement(doc, { ...base, id: "p" }))).toBe(
      'an element with id "p" already exists',
    );
    expect(errorOf(addElement(doc, { ...base, id: "f-pq" }))).toBe(
      'an element with id "f-pq" already exists',
    );
  });

  it("refuses an invalid element, naming the field", () => {
    const base = createElement({ type: "process", name: "X", position: { x: 0, y: 0 } });
    const error = errorOf(
      addElement(scenario(), {
        ...base,
        props: { ...base.props, rateLimited: "perhaps" },
      } as never),
    );
    expect(error).toMatch(/^props\.rateLimited: /);
  });
});

describe("updateElement", () => {
  it("changes fields and keeps everything else, including unknown keys", () => {
    const doc = scenario();
    const tagged: ThreatModel = {
      ...doc,
      elements: doc.elements.map((e) =>
        e.id === "p" ? ({ ...e, vendor: "kept", props: { ...e.props, gpu: 8 } } as DfdElement) : e,
      ),
    };
    const after = docOf(
      updateElement(tagged, "p", {
        name: "Gateway",
        technologies: ["Envoy"],
        props: { internetExposed: "yes" },
      }),
    );
    expect(el(after, "p")).toMatchObject({
      name: "Gateway",
      technologies: ["Envoy"],
      parentId: "Z1",
      position: { x: 50, y: 50 },
      vendor: "kept",
      props: { internetExposed: "yes", authenticatesCallers: "unknown", gpu: 8 },
    });
  });

  it("keeps every other element object", () => {
    const before = scenario();
    const after = docOf(updateElement(before, "q", { name: "Renamed" }));
    expect(unchangedIds(before, after).sort()).toEqual(["Z1", "Z2", "Z3", "d", "out", "p"]);
    expect(after.elements.map((e) => e.id)).toEqual(before.elements.map((e) => e.id));
    expect(after.flows).toBe(before.flows);
  });

  it("sets and clears retentionDays", () => {
    const set = docOf(updateElement(scenario(), "d", { props: { retentionDays: 30 } }));
    expect(el(set, "d").props).toMatchObject({ retentionDays: 30, storesLogs: "unknown" });
    const cleared = docOf(updateElement(set, "d", { props: { retentionDays: null } }));
    expect(el(cleared, "d").props).toMatchObject({ retentionDays: null });
  });

  it.each([
    ["d", { props: { retentionDays: -1 } }, "props.retentionDays: cannot be negative"],
    ["d", { props: { retentionDays: 2.5 } }, "props.retentionDays: must be a whole number of days"],
    ["Z1", { props: { trustLevel: 101 } }, "props.trustLevel: must be between 0 and 100"],
    ["Z1", { props: { trustLevel: -5 } }, "props.trustLevel: must be between 0 and 100"],
    ["p", { name: "x".repeat(201) }, "name: is longer than 200 characters"],
    ["p", { technologies: [""] }, "technologies[0]: must not be empty"],
  ])("refuses %s %j and leaves the document untouched", (id, patch, message) => {
    const doc = scenario();
    const snapshot = structuredClone(doc);
    expect(errorOf(updateElement(doc, id, patch))).toBe(message);
    expect(doc).toEqual(snapshot);
  });

  it("refuses a tri-state or mlKind that does not exist", () => {
    expect(errorOf(updateElement(scenario(), "p", { props: { validatesInput: "maybe" } }))).toMatch(
      /^props\.validatesInput: /,
    );
    expect(errorOf(updateElement(scenario(), "p", { mlKind: "toaster" }))).toMatch(/^mlKind: /);
  });

  it("refuses an ML kind of another element type, naming both types", () => {
    const doc = scenario();
    expect(errorOf(updateElement(doc, "p", { mlKind: "vector-store" }))).toBe(
      'mlKind: "vector-store" does not fit a process; it is a kind for a data store',
    );
    expect(errorOf(updateElement(doc, "d", { mlKind: "llm" }))).toMatch(
      /does not fit a data store/,
    );
  });

  it("sets and clears an ML kind", () => {
    const set = docOf(updateElement(scenario(), "p", { mlKind: "llm" }));
    expect(el(set, "p").type === "process" && el(set, "p")).toMatchObject({ mlKind: "llm" });
    const cleared = docOf(updateElement(set, "p", { mlKind: null }));
    expect(el(cleared, "p")).toMatchObject({ mlKind: null });
  });

  it("ignores an ML kind on a boundary", () => {
    const doc = scenario();
    expect(docOf(updateElement(doc, "Z1", { mlKind: "llm" }))).toBe(doc);
  });

  it("returns the same document when nothing changes", () => {
    const doc = scenario();
    expect(docOf(updateElement(doc, "p", {}))).toBe(doc);
    expect(docOf(updateElement(doc, "p", { name: "" }))).toBe(doc);
    expect(docOf(updateElement(doc, "d", { props: { retentionDays: null } }))).toBe(doc);
    expect(docOf(updateElement(doc, "Z1", { props: { trustLevel: 50 } }))).toBe(doc);
  });

  it("refuses an unknown element", () => {
    expect(errorOf(updateElement(scenario(), "ghost", { name: "x" }))).toBe('no element "ghost"');
  });
});

describe("resizeElement scope", () => {
  it("leaves elements away from the resized boundary alone, even where a file's membership is off", async () => {
    const { createEmptyModel } = await import("../document");
    const { createElement } = await import("../factory");
    const zoneA = createElement({
      type: "trustBoundary",
      name: "A",
      position: { x: 0, y: 0 },
      id: "A",
    });
    const zoneB = createElement({
      type: "trustBoundary",
      name: "B",
      position: { x: 1000, y: 0 },
      id: "B",
    });
    // Lies inside A but is stored outside every boundary: the kind of file another tool writes.
    const loose = createElement({
      type: "process",
      name: "p",
      position: { x: 50, y: 50 },
      id: "p",
    });
    const doc = { ...createEmptyModel({ id: "m" }), elements: [zoneA, zoneB, loose] };
    const result = resizeElement(doc, "B", { width: 500, height: 400 });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.doc.elements.find((e) => e.id === "p")!.parentId).toBeNull();
  });
});

describe("removeItems and explicit crossings", () => {
  it("takes a deleted boundary out of the flows that cross it", () => {
    const doc = ThreatModelSchema.parse({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      id: "m",
      createdAt: "2024-01-01T00:00:00.000Z",
      updatedAt: "2024-01-01T00:00:00.000Z",
      elements: [
        {
          id: "z",
          type: "trustBoundary",
          position: { x: 0, y: 300 },
          size: { width: 100, height: 100 },
        },
        { id: "a", type: "process", position: { x: 0, y: 0 } },
        { id: "b", type: "process", position: { x: 200, y: 0 } },
      ],
      flows: [{ id: "f", source: "a", target: "b", crossesBoundaryIds: ["z"] }],
    });
    const result = removeItems(doc, ["z"]);
    expect(result.ok && result.doc.flows[0]!.crossesBoundaryIds).toEqual([]);
    expect(result.ok && ThreatModelSchema.safeParse(result.doc).success).toBe(true);
  });
});
