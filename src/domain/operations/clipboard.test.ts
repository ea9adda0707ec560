import { describe, expect, it } from "vitest";
import { absolutePosition, indexModel } from "../graph";
import {
  CURRENT_SCHEMA_VERSION,
  MAX_ELEMENTS,
  ThreatModelSchema,
  type ThreatModel,
  type ThreatModelInput,
} from "../schema";
import { formatIssues } from "../validation";
import {
  FRAGMENT_FORMAT,
  FragmentSchema,
  copyFragment,
  parseFragmentText,
  pasteFragment,
  type Fragment,
} from "./clipboard";

const T = "2024-05-01T12:00:00.000Z";

/**
 * Z1 (abs 100,100 600×400)
 *   Z2 (abs 400,200 250×250)
 *     q (abs 420,220)
 *     r (abs 420,300)
 *   p (abs 150,150)
 * out (abs 1000,150)
 * Z3 (abs 0,700 400×300), empty
 * Flows: q→r (inside Z2), p→q, q→out.
 */
function scenario(): ThreatModel {
  return ThreatModelSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: "m",
    createdAt: T,
    updatedAt: T,
    elements: [
      {
        id: "Z1",
        type: "trustBoundary",
        position: { x: 100, y: 100 },
        size: { width: 600, height: 400 },
      },
      {
        id: "Z2",
        type: "trustBoundary",
        position: { x: 300, y: 100 },
        size: { width: 250, height: 250 },
        parentId: "Z1",
        props: { zoneKind: "inference", trustLevel: 60 },
      },
      { id: "q", type: "process", name: "Q", position: { x: 20, y: 20 }, parentId: "Z2" },
      { id: "r", type: "dataStore", position: { x: 20, y: 100 }, parentId: "Z2", note: "kept" },
      { id: "p", type: "process", position: { x: 50, y: 50 }, parentId: "Z1" },
      { id: "out", type: "externalEntity", position: { x: 1000, y: 150 } },
      {
        id: "Z3",
        type: "trustBoundary",
        position: { x: 0, y: 700 },
        size: { width: 400, height: 300 },
      },
    ],
    flows: [
      { id: "qr", source: "q", target: "r", label: "stores" },
      { id: "pq", source: "p", target: "q" },
      { id: "qout", source: "q", target: "out" },
    ],
  } satisfies ThreatModelInput);
}

function pasted(doc: ThreatModel, fragment: Fragment, offset = { x: 0, y: 0 }) {
  const { result, pastedIds } = pasteFragment(doc, fragment, offset);
  if (!result.ok) throw new Error(result.error);
  const valid = ThreatModelSchema.safeParse(result.doc);
  if (!valid.success) throw new Error(formatIssues(valid.error).join("\n"));
  return { doc: result.doc, pastedIds };
}
const byId = (doc: ThreatModel, id: string) => doc.elements.find((e) => e.id === id)!;
const abs = (doc: ThreatModel, id: string) => absolutePosition(indexModel(doc), id);
const errorsOf = (text: string): string[] => {
  const result = parseFragmentText(text);
  return result.ok ? [] : result.errors;
};
const NOT_ELEMENTS = ["The clipboard does not hold ThreatCanvas elements."];

describe("copyFragment", () => {
  it("copies a member alone with an absolute position and no parent", () => {
    const fragment = copyFragment(scenario(), ["q"]);
    expect(fragment.format).toBe(FRAGMENT_FORMAT);
    expect(fragment.version).toBe(1);
    expect(fragment.elements).toHaveLength(1);
    expect(fragment.elements[0]).toMatchObject({
      id: "q",
      name: "Q",
      parentId: null,
      position: { x: 420, y: 220 },
    });
    expect(fragment.flows).toEqual([]);
  });

  it("copying a boundary brings its contents, relative to it, and the flows inside", () => {
    const doc = scenario();
    const fragment = copyFragment(doc, ["Z2"]);
    expect(fragment.elements.map((e) => e.id)).toEqual(["Z2", "q", "r"]);
    expect(fragment.elements[0]).toMatchObject({ parentId: null, position: { x: 400, y: 200 } });
    expect(fragment.elements[1]).toBe(byId(doc, "q"));
    expect(fragment.flows.map((f) => f.id)).toEqual(["qr"]);
  });

  it("keeps flows between copied elements and drops those with an end left behind", () => {
    const fragment = copyFragment(scenario(), ["p", "q", "out"]);
    expect(fragment.flows.map((f) => f.id)).toEqual(["pq", "qout"]);
    expect(copyFragment(scenario(), ["q"]).flows).toEqual([]);
  });

  it("ignores ids that are not elements (flows, unknown ids)", () => {
    const fragment = copyFragment(scenario(), ["qr", "ghost", "out"]);
    expect(fragment.elements.map((e) => e.id)).toEqual(["out"]);
    expect(copyFragment(scenario(), [])).toEqual({
      format: FRAGMENT_FORMAT,
      version: 1,
      elements: [],
      flows: [],
    });
  });

  it("produces a fragment that passes its own schema", () => {
    expect(FragmentSchema.safeParse(copyFragment(scenario(), ["Z1", "out"])).success).toBe(true);
  });

  it("does not change the document", () => {
    const doc = scenario();
    const snapshot = structuredClone(doc);
    copyFragment(doc, ["Z1"]);
    expect(doc).toEqual(snapshot);
  });
});

describe("pasteFragment", () => {
  it("assigns fresh ids to elements and flows and remaps flow ends and parents", () => {
    const doc = scenario();
    const { doc: after, pastedIds } = pasted(doc, copyFragment(doc, ["Z2"]), { x: 1000, y: 500 });
    expect(pastedIds).toHaveLength(4);
    const oldIds = new Set([...doc.elements.map((e) => e.id), ...doc.flows.map((f) => f.id)]);
    for (const id of pastedIds) expect(oldIds.has(id)).toBe(false);
    const [zone, q, r, flow] = pastedIds.map(
      (id) => after.elements.find((e) => e.id === id) ?? after.flows.find((f) => f.id === id),
    );
    expect(zone).toMatchObject({ type: "trustBoundary", parentId: null });
    expect(zone?.id).toMatch(/^zone_/);
    expect(q).toMatchObject({ name: "Q", parentId: zone?.id, position: { x: 20, y: 20 } });
    expect(q?.id).toMatch(/^el_/);
    expect(r).toMatchObject({ parentId: zone?.id, note: "kept" });
    expect(flow).toMatchObject({ source: q?.id, target: r?.id, label: "stores" });
    expect(flow?.id).toMatch(/^flow_/);
  });

  it("offsets top-level elements only; members keep their place in their boundary", () => {
    const doc = scenario();
    const { doc: after, pastedIds } = pasted(doc, copyFragment(doc, ["Z2"]), { x: 1000, y: 500 });
    expect(byId(after, pastedIds[0]!).position).toEqual({ x: 1400, y: 700 });
    expect(abs(after, pastedIds[1]!)).toEqual({ x: 1420, y: 720 });
  });

  it("pasted elements land in the boundary under them", () => {
    const doc = scenario();
    // q copied alone sits at abs (420,220); shifted by (-400, +500) it lands in Z3 at (20,720).
    const { doc: after, pastedIds } = pasted(doc, copyFragment(doc, ["q"]), { x: -400, y: 500 });
    expect(byId(after, pastedIds[0]!)).toMatchObject({
      parentId: "Z3",
      position: { x: 20, y: 20 },
    });
    expect(abs(after, pastedIds[0]!)).toEqual({ x: 20, y: 720 });
  });

  it("a pasted boundary nests in the boundary under it, its contents inside it", () => {
    const doc = scenario();
    const { doc: after, pastedIds } = pasted(doc, copyFragment(doc, ["Z2"]), { x: -390, y: 510 });
    const [zoneId, qId] = pastedIds;
    expect(byId(after, zoneId!)).toMatchObject({ parentId: "Z3", position: { x: 10, y: 10 } });
    expect(byId(after, qId!).parentId).toBe(zoneId);
    expect(abs(after, qId!)).toEqual({ x: 30, y: 730 });
    const at = new Map(after.elements.map((e, i) => [e.id, i]));
    expect(at.get("Z3")).toBeLessThan(at.get(zoneId!)!);
  });

  it("pasting in place (duplicate) keeps the membership of a copied member", () => {
    const doc = scenario();
    const { doc: after, pastedIds } = pasted(doc, copyFragment(doc, ["q"]), { x: 40, y: 40 });
    expect(byId(after, pastedIds[0]!)).toMatchObject({
      parentId: "Z2",
      position: { x: 60, y: 60 },
    });
  });

  it("pasting twice gives two independent copies", () => {
    const doc = scenario();
    const fragment = copyFragment(doc, ["p", "q"]);
    const once = pasted(doc, fragment, { x: 0, y: 0 });
    const twice = pasted(once.doc, fragment, { x: 0, y: 0 });
    expect(new Set([...once.pastedIds, ...twice.pastedIds]).size).toBe(6);
    expect(twice.doc.elements).toHaveLength(doc.elements.length + 4);
    expect(twice.doc.flows).toHaveLength(doc.flows.length + 2);
  });

  it("keeps the existing elements and flows as the same objects", () => {
    const doc = scenario();
    const { doc: after } = pasted(doc, copyFragment(doc, ["out"]), { x: 0, y: 300 });
    for (const element of doc.elements) expect(byId(after, element.id)).toBe(element);
    doc.flows.forEach((flow, i) => expect(after.flows[i]).toBe(flow));
  });

  it("returns the same document for an empty fragment", () => {
    const doc = scenario();
    const { result, pastedIds } = pasteFragment(doc, copyFragment(doc, []), { x: 10, y: 10 });
    expect(result.ok && result.doc).toBe(doc);
    expect(pastedIds).toEqual([]);
  });

  it("never pastes a kind that does not fit its element's type", () => {
    const doc = scenario();
    const copied = copyFragment(doc, ["r"]);
    const misfit = {
      ...copied,
      elements: copied.elements.map((e) => ({ ...e, mlKind: "monitoring" })),
    } as Fragment;
    const { doc: after, pastedIds } = pasted(doc, misfit);
    expect(byId(after, pastedIds[0]!)).toMatchObject({ type: "dataStore", mlKind: null });
  });

  it("survives the clipboard: copy, stringify, parse, paste", () => {
    const doc = scenario();
    const text = JSON.stringify(copyFragment(doc, ["Z1", "out"]));
    const parsed = parseFragmentText(text);
    if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
    const { doc: after, pastedIds } = pasted(doc, parsed.value, { x: 2000, y: 0 });
    expect(pastedIds).toHaveLength(doc.elements.length - 1 /* Z3 */ + doc.flows.length);
    expect(after.elements).toHaveLength(doc.elements.length * 2 - 1);
  });
});

describe("parseFragmentText", () => {
  const fragment = (elements: unknown[], flows: unknown[] = [], extra = {}) =>
    JSON.stringify({ format: FRAGMENT_FORMAT, version: 1, elements, flows, ...extra });
  const proc = (id: string, parentId: string | null = null) => ({
    id,
    type: "process",
    position: { x: 0, y: 0 },
    parentId,
  });
  const zone = (id: string, parentId: string | null = null) => ({
    id,
    type: "trustBoundary",
    position: { x: 0, y: 0 },
    size: { width: 300, height: 200 },
    parentId,
  });

  it("fits a kind that does not fit its element's type, and says which", () => {
    const result = parseFragmentText(
      fragment([
        { ...proc("a"), name: "Chat", type: "externalEntity", mlKind: "llm" },
        { ...proc("b"), mlKind: "agent" },
      ]),
    );
    if (!result.ok) throw new Error(result.errors.join("\n"));
    expect(result.value.elements.map((e) => e.type !== "trustBoundary" && e.mlKind)).toEqual([
      "third-party-ai-api",
      "agent",
    ]);
    expect(result.kindChanges).toEqual([
      {
        elementId: "a",
        elementName: "Chat",
        elementType: "externalEntity",
        from: "llm",
        to: "third-party-ai-api",
      },
    ]);
    const plain = parseFragmentText(fragment([proc("a")]));
    expect(plain.ok && plain.kindChanges).toEqual([]);
  });

  it("accepts a fragment and fills defaults, keeping unknown keys", () => {
    const result = parseFragmentText(
      fragment([{ ...proc("a"), extra: 1 }, proc("b")], [{ id: "f", source: "a", target: "b" }], {
        copiedFrom: "x",
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.elements[0]).toMatchObject({ name: "", extra: 1 });
    expect(result.value.flows[0]).toMatchObject({ bidirectional: false });
    expect(result.value).toHaveProperty("copiedFrom", "x");
  });

  it.each(["", "garbage", "{", "<p>html</p>", "null", "42", '"text"', "[]", "{}", '{"a":1}'])(
    "refuses %j as not being elements",
    (text) => {
      expect(errorsOf(text)).toEqual(NOT_ELEMENTS);
    },
  );

  it("refuses a whole model (it is not a fragment)", () => {
    const model = { ...scenario() };
    expect(errorsOf(JSON.stringify(model))).toEqual(NOT_ELEMENTS);
  });

  it("refuses another fragment version or an invalid element, naming the field", () => {
    expect(errorsOf(fragment([proc("a")], [], { version: 2 }))[0]).toMatch(/^version: /);
    expect(errorsOf(fragment([{ ...proc("a"), props: { rateLimited: 3 } }]))[0]).toMatch(
      /^elements\[0\]\.props\.rateLimited: /,
    );
    expect(errorsOf(fragment("nope" as never))[0]).toMatch(/^elements: /);
  });

  it("refuses a fragment with dangling flows", () => {
    expect(errorsOf(fragment([proc("a")], [{ id: "f", source: "a", target: "gone" }]))).toEqual([
      "flows[0]: connects an element that is not in the copied selection",
    ]);
    expect(errorsOf(fragment([proc("a")], [{ id: "f", source: "gone", target: "a" }]))).toEqual([
      "flows[0]: connects an element that is not in the copied selection",
    ]);
  });

  it("refuses a self-loop", () => {
    expect(errorsOf(fragment([proc("a")], [{ id: "f", source: "a", target: "a" }]))).toEqual([
      "flows[0]: goes from an element to itself",
    ]);
  });

  it("refuses a flow touching a boundary", () => {
    expect(
      errorsOf(fragment([zone("z"), proc("a")], [{ id: "f", source: "a", target: "z" }])),
    ).toEqual([
      "flows[0]: connects a trust boundary; flows connect processes, data stores and external entities",
    ]);
  });

  it("refuses duplicate ids among elements and flows", () => {
    expect(errorsOf(fragment([proc("a"), proc("a")]))).toEqual([
      'elements[1].id: duplicate id "a"',
    ]);
    expect(
      errorsOf(fragment([proc("a"), proc("b")], [{ id: "a", source: "a", target: "b" }])),
    ).toEqual(['flows[0].id: duplicate id "a"']);
  });

  it("refuses a parent that is not a boundary, and boundaries containing each other", () => {
    expect(errorsOf(fragment([proc("a"), proc("b", "a")]))).toEqual([
      'elements[1].parentId: "a" is not a trust boundary',
    ]);
    expect(errorsOf(fragment([zone("x", "y"), zone("y", "x")]))).toEqual([
      "elements[0].parentId: boundaries contain each other in a cycle",
      "elements[1].parentId: boundaries contain each other in a cycle",
    ]);
    expect(errorsOf(fragment([zone("x", "x")]))).toEqual([
      "elements[0].parentId: boundaries contain each other in a cycle",
    ]);
  });

  // Issue 11, item 1: this fragment used to be accepted and pasted a parentId naming a flow, which
  // the loader then refused for good ("parentId refers to …, which is not an element").
  it("refuses a parent that is a flow of the fragment", () => {
    const text = fragment([proc("a"), proc("b", "f")], [{ id: "f", source: "a", target: "b" }]);
    expect(errorsOf(text)).toEqual(['elements[1].parentId: "f" is a flow, not a trust boundary']);
  });

  it("never pastes a flow as a parent, even from an unchecked fragment", () => {
    const unchecked = {
      format: FRAGMENT_FORMAT,
      version: 1,
      elements: [
        { ...byId(scenario(), "out"), id: "a", parentId: null },
        { ...byId(scenario(), "out"), id: "b", parentId: "f" },
      ],
      flows: [{ ...scenario().flows[0]!, id: "f", source: "a", target: "b" }],
    } as Fragment;
    const { doc } = pasted(scenario(), unchecked, { x: 0, y: 0 });
    expect(doc.elements.at(-1)!.parentId).toBeNull();
  });

  it("refuses a paste that would overflow the model, naming the limit", () => {
    const many = {
      format: FRAGMENT_FORMAT,
      version: 1,
      elements: Array.from({ length: MAX_ELEMENTS }, (_, i) => ({
        ...byId(scenario(), "out"),
        id: `n${i}`,
        position: { x: i, y: 0 },
      })),
      flows: [],
    } as Fragment;
    expect(FragmentSchema.safeParse(many).success).toBe(true);
    const { result } = pasteFragment(scenario(), many, { x: 0, y: 0 });
    expect(result).toEqual({
      ok: false,
      error:
        "elements: the model would hold 20,007 elements, more than the 20,000 a model can hold",
    });
  }, 60_000);

  it("accepts a parent outside the fragment (it is dropped on paste)", () => {
    const result = parseFragmentText(fragment([proc("a", "elsewhere")]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { doc } = pasted(scenario(), result.value, { x: 3000, y: 3000 });
    expect(doc.elements.at(-1)).toMatchObject({ parentId: null, position: { x: 3000, y: 3000 } });
  });

  it("every fragment it accepts pastes into a valid document", () => {
    const texts = [
      fragment(
        [zone("z"), proc("a", "z"), proc("b", "z")],
        [{ id: "f", source: "a", target: "b" }],
      ),
      fragment([zone("outer"), zone("inner", "outer"), proc("a", "inner")]),
      JSON.stringify(copyFragment(scenario(), ["Z1", "out", "Z3"])),
    ];
    for (const text of texts) {
      const result = parseFragmentText(text);
      expect(result.ok).toBe(true);
      if (result.ok) pasted(scenario(), result.value, { x: 5, y: 5 });
    }
  });
});

describe("pasting flows with explicit crossings", () => {
  const doc = ThreatModelSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: "m",
    createdAt: "2024-01-01T00:00:00.000Z",
    updatedAt: "2024-01-01T00:00:00.000Z",
    elements: [
      {
        id: "z",
        type: "trustBoundary",
        position: { x: 0, y: 400 },
        size: { width: 100, height: 100 },
      },
      { id: "a", type: "process", position: { x: 0, y: 0 } },
      { id: "b", type: "process", position: { x: 300, y: 0 } },
    ],
    flows: [{ id: "f", source: "a", target: "b", crossesBoundaryIds: ["z"] }],
  } satisfies ThreatModelInput);

  it("points a crossing at the pasted copy of its boundary, or drops it when the boundary stayed behind", () => {
    const withZone = pasteFragment(doc, copyFragment(doc, ["z", "a", "b"]), { x: 0, y: 600 });
    const withoutZone = pasteFragment(doc, copyFragment(doc, ["a", "b"]), { x: 0, y: 600 });
    if (!withZone.result.ok || !withoutZone.result.ok) throw new Error("paste failed");
    const pastedZone = withZone.result.doc.elements.find(
      (e) => e.type === "trustBoundary" && e.id !== "z",
    )!;
    expect(withZone.result.doc.flows[1]!.crossesBoundaryIds).toEqual([pastedZone.id]);
    expect(withoutZone.result.doc.flows[1]!.crossesBoundaryIds).toEqual([]);
    expect(ThreatModelSchema.safeParse(withZone.result.doc).success).toBe(true);
  });
});
