import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { boundaryChain, indexModel } from "../graph";
import { CURRENT_SCHEMA_VERSION, ThreatModelSchema, type ThreatModel } from "../schema";
import { arbitraryModel } from "../testing/arbitraryModel";
import { resumeIndex, walkOrder, walkProgress } from "./walk";

type Input = Record<string, unknown>;

function model(elements: Input[], flows: Input[] = []): ThreatModel {
  return ThreatModelSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: "m",
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
    elements,
    flows,
  });
}

const at = (x: number, y = 0) => ({ x, y });
const node = (id: string, type: string, x: number, extra: Input = {}): Input => ({
  id,
  type,
  name: id,
  position: at(x),
  ...extra,
});
const zone = (id: string, x: number, extra: Input = {}): Input => ({
  id,
  type: "trustBoundary",
  name: id,
  position: at(x),
  size: { width: 400, height: 300 },
  ...extra,
});
const flow = (id: string, source: string, target: string, extra: Input = {}): Input => ({
  id,
  source,
  target,
  ...extra,
});

const ids = (doc: ThreatModel) => walkOrder(doc).map((step) => step.id);

describe("walk order", () => {
  it("follows the data from where it enters, each flow after the element that sends it", () => {
    // Drawn in an order unlike the data's, right to left.
    const doc = model(
      [
        node("db", "dataStore", 0),
        node("app", "process", 100),
        node("user", "externalEntity", 900),
      ],
      [flow("app->db", "app", "db"), flow("user->app", "user", "app")],
    );
    expect(ids(doc)).toEqual(["user", "user->app", "app", "app->db", "db"]);
  });

  it("walks a boundary's contents together, the boundary first, in the order the data reaches them", () => {
    const doc = model(
      [
        zone("internal", 500),
        zone("dmz", 200),
        node("user", "externalEntity", 0),
        node("gateway", "process", 20, { parentId: "dmz" }),
        node("api", "process", 20, { parentId: "internal" }),
        node("db", "dataStore", 200, { parentId: "internal" }),
        node("audit", "dataStore", 1500),
      ],
      [
        flow("f1", "user", "gateway"),
        flow("f2", "gateway", "api"),
        flow("f3", "api", "db"),
        flow("f4", "gateway", "audit"),
      ],
    );
    expect(walkOrder(doc)).toEqual([
      { id: "user", kind: "element", boundaryId: null },
      { id: "f1", kind: "flow", boundaryId: null },
      { id: "dmz", kind: "boundary", boundaryId: null },
      { id: "gateway", kind: "element", boundaryId: "dmz" },
      { id: "f2", kind: "flow", boundaryId: "dmz" },
      { id: "f4", kind: "flow", boundaryId: "dmz" },
      { id: "internal", kind: "boundary", boundaryId: null },
      { id: "api", kind: "element", boundaryId: "internal" },
      { id: "f3", kind: "flow", boundaryId: "internal" },
      { id: "db", kind: "element", boundaryId: "internal" },
      { id: "audit", kind: "element", boundaryId: null },
    ]);
  });

  it("opens nested boundaries inside their parent", () => {
    const doc = model(
      [
        zone("outer", 0),
        zone("inner", 10, { parentId: "outer" }),
        node("a", "externalEntity", 0),
        node("b", "process", 20, { parentId: "inner" }),
        node("c", "process", 300, { parentId: "outer" }),
      ],
      [flow("ab", "a", "b"), flow("bc", "b", "c")],
    );
    expect(ids(doc)).toEqual(["a", "ab", "outer", "inner", "b", "bc", "c"]);
  });

  it("starts from external entities, then left to right, when several elements receive nothing", () => {
    const doc = model([
      node("left-process", "process", 0),
      node("right-entity", "externalEntity", 500),
      node("middle-store", "dataStore", 200),
    ]);
    expect(ids(doc)).toEqual(["right-entity", "left-process", "middle-store"]);
  });

  it("walks a loop that nothing feeds, from its preferred element", () => {
    const doc = model(
      [node("trainer", "process", 300), node("monitor", "process", 100)],
      [flow("t->m", "trainer", "monitor"), flow("m->t", "monitor", "trainer")],
    );
    expect(ids(doc)).toEqual(["monitor", "m->t", "trainer", "t->m"]);
  });

  it("follows bidirectional flows both ways", () => {
    const doc = model(
      [
        node("user", "externalEntity", 0),
        node("chat", "process", 100),
        node("llm", "process", 200),
      ],
      [flow("u<->c", "chat", "user", { bidirectional: true }), flow("c->l", "chat", "llm")],
    );
    // A two-way flow does not say where data enters: the walk starts at the entity, and walks
    // the exchange after it, whichever way it was drawn.
    expect(ids(doc)).toEqual(["user", "u<->c", "chat", "c->l", "llm"]);
  });

  it("leaves out what is out of scope, and what sits in an out-of-scope boundary", () => {
    const doc = model(
      [
        zone("legacy", 500, { outOfScope: true }),
        node("user", "externalEntity", 0),
        node("app", "process", 100),
        node("old", "process", 20, { parentId: "legacy" }),
        node("vendor", "externalEntity", 900, { outOfScope: true }),
      ],
      [
        flow("u-a", "user", "app"),
        flow("a-old", "app", "old"),
        flow("a-v", "app", "vendor", { outOfScope: true }),
        flow("old-a", "old", "app"),
      ],
    );
    // A flow keeps its own scope: data sent to an out-of-scope system is still ours to protect.
    expect(ids(doc)).toEqual(["user", "u-a", "app", "a-old", "old-a"]);
  });

  it("walks the sample model's every element, flow and boundary", async () => {
    const { createLlmInferencePipelineSample } = await import("../samples/llmInferencePipeline");
    const doc = createLlmInferencePipelineSample();
    const steps = walkOrder(doc);
    expect(steps).toHaveLength(doc.elements.length + doc.flows.length);
    expect(steps[0]!.id).toBe("zone-external");
  });
});

describe("walk progress", () => {
  const doc = model(
    [node("user", "externalEntity", 0), node("app", "process", 100)],
    [flow("f", "user", "app")],
  );
  const steps = walkOrder(doc);

  it("counts the steps walked, not marks of items no longer in the walk", () => {
    expect(walkProgress(steps, ["user", "deleted-item"])).toEqual({ walked: 1, total: 3 });
  });

  it("resumes at the first step not walked", () => {
    expect(resumeIndex(steps, [])).toBe(0);
    expect(resumeIndex(steps, ["user"])).toBe(1);
    expect(resumeIndex(steps, ["user", "app"])).toBe(1);
    expect(resumeIndex(steps, ["user", "f", "app"])).toBe(0);
  });
});

/** The same model with every element and flow id replaced by `rename(id)`. */
function renamed(doc: ThreatModel, rename: (id: string) => string): ThreatModel {
  return {
    ...doc,
    elements: doc.elements.map((e) => ({
      ...e,
      id: rename(e.id),
      parentId: e.parentId === null ? null : rename(e.parentId),
    })),
    flows: doc.flows.map((f) => ({
      ...f,
      id: rename(f.id),
      source: rename(f.source),
      target: rename(f.target),
      ...(f.crossesBoundaryIds ? { crossesBoundaryIds: f.crossesBoundaryIds.map(rename) } : {}),
    })),
  } as ThreatModel;
}

function inScope(doc: ThreatModel): string[] {
  const index = indexModel(doc);
  return [
    ...doc.elements
      .filter((e) => !e.outOfScope && !boundaryChain(index, e.id).some((b) => b.outOfScope))
      .map((e) => e.id),
    ...doc.flows.filter((f) => !f.outOfScope).map((f) => f.id),
  ];
}

describe("walk order laws", () => {
  const models = arbitraryModel({ maxBoundaries: 4, maxNodes: 10, maxFlows: 14 });

  it("walks every in-scope element, boundary and flow exactly once, and nothing else", () => {
    fc.assert(
      fc.property(models, (doc) => {
        const walked = ids(doc);
        expect(new Set(walked).size).toBe(walked.length);
        expect([...walked].sort()).toEqual(inScope(doc).sort());
      }),
    );
  });

  it("does not depend on ids: renaming items renames the walk and nothing more", () => {
    fc.assert(
      fc.property(models, fc.string({ minLength: 1, maxLength: 6 }), (doc, salt) => {
        const rename = (id: string) => `${salt}:${[...id].reverse().join("")}`;
        expect(ids(renamed(doc, rename))).toEqual(ids(doc).map(rename));
      }),
    );
  });

  it("keeps an unrelated item's new id from moving anything else", () => {
    fc.assert(
      fc.property(models, fc.nat(), (doc, pick) => {
        const all = [...doc.elements.map((e) => e.id), ...doc.flows.map((f) => f.id)];
        if (all.length === 0) return;
        const victim = all[pick % all.length]!;
        const rename = (id: string) => (id === victim ? "\u{10FFFF}renamed" : id);
        const before = ids(doc).map(rename);
        expect(ids(renamed(doc, rename))).toEqual(before);
      }),
    );
  });

  it("walks each boundary's contents in one stretch, the boundary first", () => {
    fc.assert(
      fc.property(models, (doc) => {
        const index = indexModel(doc);
        // Flows walked after another end than their source are left out here.
        const walkedIds = new Set(ids(doc));
        const elsewhere = new Set(
          doc.flows.filter((f) => f.bidirectional || !walkedIds.has(f.source)).map((f) => f.id),
        );
        const steps = walkOrder(doc).filter((step) => !elsewhere.has(step.id));
        const sourceOf = new Map(doc.flows.map((f) => [f.id, f.source]));
        for (const boundary of doc.elements.filter((e) => e.type === "trustBoundary")) {
          const inside = (id: string) => {
            const anchor = sourceOf.get(id) ?? id;
            return (
              anchor !== boundary.id &&
              boundaryChain(index, anchor).some((b) => b.id === boundary.id)
            );
          };
          const positions = steps.flatMap((step, i) => (inside(step.id) ? [i] : []));
          if (positions.length === 0) continue;
          const first = positions[0]!;
          expect(positions).toEqual(positions.map((_, k) => first + k));
          const own = steps.findIndex((step) => step.id === boundary.id);
          if (own !== -1) expect(own).toBe(first - 1);
        }
      }),
    );
  });

  it("walks a flow after the element that sends it, or else after the first end walked", () => {
    fc.assert(
      fc.property(models, (doc) => {
        const steps = ids(doc);
        for (const f of doc.flows) {
          const flowAt = steps.indexOf(f.id);
          if (flowAt === -1) continue;
          const sourceAt = steps.indexOf(f.source);
          const targetAt = steps.indexOf(f.target);
          if (!f.bidirectional && sourceAt !== -1) expect(flowAt).toBeGreaterThan(sourceAt);
          const seen = [sourceAt, targetAt].filter((i) => i !== -1);
          if (seen.length > 0) expect(flowAt).toBeGreaterThan(Math.min(...seen));
        }
      }),
    );
  });
});
