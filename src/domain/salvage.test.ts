import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { randomModel } from "../engine/testing/randomModel";
import { parseThreatModel } from "./document";
import { salvageThreatModel, type SalvageResult } from "./salvage";
import { CURRENT_SCHEMA_VERSION, MAX_ELEMENTS } from "./schema";

const T = "2024-05-01T12:00:00.000Z";

function raw(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: "m",
    name: "Payments",
    createdAt: T,
    updatedAt: T,
    elements: [
      {
        id: "zone",
        type: "trustBoundary",
        position: { x: 100, y: 100 },
        size: { width: 400, height: 300 },
      },
      { id: "api", type: "process", name: "API", position: { x: 20, y: 30 }, parentId: "zone" },
      { id: "db", type: "dataStore", name: "DB", position: { x: 600, y: 100 } },
    ],
    flows: [{ id: "f1", source: "api", target: "db", label: "writes" }],
    ...extra,
  };
}

function opened(result: SalvageResult) {
  if (!result.ok) throw new Error(`not salvaged: ${result.errors.join("; ")}`);
  expect(parseThreatModel(result.model).ok).toBe(true);
  return result;
}

describe("salvageThreatModel", () => {
  it("returns a valid document as the loader does, with nothing set aside", () => {
    const doc = randomModel(80, 3);
    const result = opened(salvageThreatModel(doc));
    expect(result.setAside).toEqual([]);
    expect(result.model).toEqual(doc);
  });

  it("sets aside a parent link that names a flow, keeping the element where it was", () => {
    const input = raw();
    (input.elements as Array<Record<string, unknown>>)[2]!.parentId = "f1";
    const result = opened(salvageThreatModel(input));
    expect(result.setAside).toEqual([
      {
        kind: "parentLink",
        path: "elements[2].parentId",
        id: "db",
        label: "DB",
        reason: 'elements[2].parentId: refers to "f1", which is not an element of this model',
        value: "f1",
      },
    ]);
    const db = result.model.elements.find((e) => e.id === "db")!;
    expect(db.parentId).toBeNull();
    expect(db.position).toEqual({ x: 600, y: 100 });
    expect(result.model.flows.map((f) => f.id)).toEqual(["f1"]);
  });

  it("sets aside an invalid element and its flows; its children stay where they were on screen", () => {
    const input = raw();
    const elements = input.elements as Array<Record<string, unknown>>;
    elements[0]!.props = { trustLevel: 900 };
    const result = opened(salvageThreatModel(input));
    expect(result.setAside.map((s) => [s.kind, s.id ?? s.path])).toEqual([
      ["element", "zone"],
      ["parentLink", "api"],
    ]);
    expect(result.setAside[0]!.reason).toBe(
      "elements[0].props.trustLevel: must be between 0 and 100",
    );
    // The raw value is kept whole, for the download.
    expect(result.setAside[0]!.value).toEqual(elements[0]);
    const api = result.model.elements.find((e) => e.id === "api")!;
    expect(api).toMatchObject({ parentId: null, position: { x: 120, y: 130 } });
    expect(result.model.flows).toHaveLength(1);
  });

  it("sets aside flows that lost an end and the later of two items with the same id", () => {
    const input = raw({
      flows: [
        { id: "f1", source: "api", target: "db" },
        { id: "f2", source: "api", target: "gone" },
        { id: "f3", source: "zone", target: "db" },
        { id: "f1", source: "db", target: "api" },
      ],
    });
    const result = opened(salvageThreatModel(input));
    expect(result.setAside.map((s) => s.path)).toEqual(["flows[1]", "flows[2]", "flows[3]"]);
    expect(result.model.flows.map((f) => `${f.id}:${f.source}>${f.target}`)).toEqual(["f1:api>db"]);
  });

  it("sets aside elements past the limit, then the flows that pointed at them", () => {
    const elements = Array.from({ length: MAX_ELEMENTS + 3 }, (_, i) => ({
      id: `e${i}`,
      type: "process",
      position: { x: i, y: 0 },
    }));
    const input = raw({
      elements,
      flows: [
        { id: "ok", source: "e0", target: "e1" },
        { id: "late", source: "e0", target: `e${MAX_ELEMENTS + 1}` },
      ],
    });
    const result = opened(salvageThreatModel(input));
    expect(result.model.elements).toHaveLength(MAX_ELEMENTS);
    expect(result.setAside.map((s) => s.path)).toEqual([
      `elements[${MAX_ELEMENTS}]`,
      `elements[${MAX_ELEMENTS + 1}]`,
      `elements[${MAX_ELEMENTS + 2}]`,
      "flows[1]",
    ]);
    expect(result.model.flows.map((f) => f.id)).toEqual(["ok"]);
  });

  it("keeps unknown keys, and sets aside only the bad entry of a record or list", () => {
    const input = raw({
      fromOtherTool: { keep: true },
      triage: {
        "good@api": { status: "mitigated" },
        "bad@api": { status: "maybe" },
      },
      mitigations: [
        { id: "m1", title: "" },
        { id: "m2", title: "TLS everywhere" },
      ],
    });
    (input.elements as Array<Record<string, unknown>>)[1]!.vendorField = 7;
    const result = opened(salvageThreatModel(input));
    expect(result.setAside.map((s) => [s.kind, s.path])).toEqual([
      ["entry", 'triage["bad@api"]'],
      ["entry", "mitigations[0]"],
    ]);
    const model = result.model as unknown as Record<string, unknown>;
    expect(model.fromOtherTool).toEqual({ keep: true });
    expect(Object.keys(result.model.triage)).toEqual(["good@api"]);
    expect(result.model.mitigations.map((m) => m.id)).toEqual(["m2"]);
    expect(
      (result.model.elements.find((e) => e.id === "api") as Record<string, unknown>).vendorField,
    ).toBe(7);
  });

  it("sets aside a bad field so its default applies, and fills in a missing required one", () => {
    const input = raw({ name: "x".repeat(500), viewport: { x: 0, y: 0, zoom: -1 } });
    delete input.createdAt;
    const result = opened(salvageThreatModel(input, { now: "2025-01-01T00:00:00.000Z" }));
    expect(result.model.name).toBe("Untitled model");
    expect(result.model.createdAt).toBe("2025-01-01T00:00:00.000Z");
    expect(result.model.viewport).toBeNull();
    const paths = result.setAside.map((s) => s.path);
    expect(paths).toEqual(expect.arrayContaining(["name", "createdAt", "viewport.zoom"]));
    expect(result.setAside.find((s) => s.path === "name")!.value).toBe("x".repeat(500));
  });

  it("fills in the storage id when the document's own is unusable", () => {
    const result = opened(salvageThreatModel(raw({ id: "" }), { id: "stored-id" }));
    expect(result.model.id).toBe("stored-id");
  });

  it("gives up, with the reason, only on what cannot be a model", () => {
    expect(salvageThreatModel("nope")).toEqual({
      ok: false,
      errors: ["a threat model must be a JSON object"],
    });
    const newer = salvageThreatModel(raw({ schemaVersion: 99 }));
    expect(newer).toMatchObject({ ok: false, errors: [expect.stringMatching(/newer than/)] });
  });

  it("never throws, and always opens a mutated valid document, losing no element unlisted", () => {
    const base = randomModel(40, 5);
    const mutation = fc.oneof(
      fc.record({
        where: fc.constant("element" as const),
        index: fc.nat(),
        key: fc.constantFrom("id", "parentId", "type", "position", "props", "name", "size"),
        value: fc.oneof(
          fc.anything(),
          fc.constantFrom("zone-0", "flow-0", "el-3", null, "", { x: 1 }),
        ),
      }),
      fc.record({
        where: fc.constant("flow" as const),
        index: fc.nat(),
        key: fc.constantFrom("id", "source", "target", "props", "label"),
        value: fc.oneof(fc.anything(), fc.constantFrom("el-3", "zone-0", "nowhere", null)),
      }),
      fc.record({
        where: fc.constant("top" as const),
        index: fc.nat(),
        key: fc.constantFrom("name", "triage", "viewport", "settings", "workshop", "elements"),
        value: fc.anything(),
      }),
    );
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
        const doc = structuredClone(base) as unknown as Record<string, unknown>;
        for (const m of mutations) {
          if (m.where === "top") {
            doc[m.key] = m.value;
            continue;
          }
          const list = doc[m.where === "element" ? "elements" : "flows"];
          if (!Array.isArray(list) || list.length === 0) continue;
          const target = list[m.index % list.length] as Record<string, unknown>;
          if (typeof target === "object" && target !== null) target[m.key] = m.value;
        }
        const input = structuredClone(doc);
        const result = salvageThreatModel(doc, { id: base.id });
        // The input is never modified.
        expect(doc).toEqual(input);
        if (!result.ok) throw new Error(result.errors.join("; "));
        expect(parseThreatModel(result.model).ok).toBe(true);
        if (!Array.isArray(input.elements)) return;
        const kept = new Set(result.model.elements.map((e) => e.id));
        const aside = new Set(result.setAside.map((s) => s.id ?? s.path));
        input.elements.forEach((e: unknown, i: number) => {
          const id = (e as { id?: unknown } | null)?.id;
          const ok =
            (typeof id === "string" && (kept.has(id) || aside.has(id))) ||
            aside.has(`elements[${i}]`) ||
            aside.has("elements");
          expect(ok, `element ${i} (${String(id)}) is neither kept nor listed`).toBe(true);
        });
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
