import ELK from "elkjs/lib/elk.bundled.js";
import { describe, expect, it } from "vitest";
import { absoluteRect, indexModel } from "../graph";
import { createLlmInferencePipelineSample } from "../samples/llmInferencePipeline";
import {
  CURRENT_SCHEMA_VERSION,
  ThreatModelSchema,
  type ThreatModel,
  type ThreatModelInput,
} from "../schema";
import { applyLayout, growToFit } from "./apply";
import {
  BOUNDARY_PADDING,
  placementsFromElk,
  toElkGraph,
  type ElkNode,
  type Placement,
} from "./elk";
import { layoutProblem } from "./problem";

const elk = new ELK();

async function layOut(doc: ThreatModel, ids: string[] = []): Promise<Placement[]> {
  const problem = layoutProblem(doc, ids);
  const out: Placement[] = [];
  for (const group of problem.groups) {
    const result = (await elk.layout(toElkGraph(group) as never)) as unknown as ElkNode;
    out.push(...placementsFromElk(group, result));
  }
  return out;
}

function inside(doc: ThreatModel, childId: string, parentId: string): boolean {
  const index = indexModel(doc);
  const c = absoluteRect(index, childId)!;
  const p = absoluteRect(index, parentId)!;
  return (
    c.x >= p.x && c.y >= p.y && c.x + c.width <= p.x + p.width && c.y + c.height <= p.y + p.height
  );
}

const T = "2024-05-01T12:00:00.000Z";
function model(elements: ThreatModelInput["elements"], flows: ThreatModelInput["flows"] = []) {
  return ThreatModelSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: "m",
    createdAt: T,
    updatedAt: T,
    elements,
    flows,
  });
}

describe("layoutProblem", () => {
  it("lays out the whole model from its top-level elements, boundaries holding their members", () => {
    const doc = createLlmInferencePipelineSample("m");
    const problem = layoutProblem(doc);
    expect(problem.groups).toHaveLength(1);
    const roots = problem.groups[0]!.roots;
    expect(roots.every((r) => doc.elements.find((e) => e.id === r.id)!.parentId === null)).toBe(
      true,
    );
    const dmz = roots.find((r) => r.id === "zone-dmz")!;
    expect(dmz.container).toBe(true);
    expect(dmz.children.map((c) => c.id)).toEqual(["api-gateway"]);
    expect(problem.groups[0]!.edges).toHaveLength(doc.flows.length);
  });

  it("for a selection, takes selected elements whose boundary is not selected, grouped by boundary", () => {
    const doc = createLlmInferencePipelineSample("m");
    const problem = layoutProblem(doc, [
      "model-registry",
      "artifact-store",
      "zone-dmz",
      "api-gateway",
    ]);
    const byParent = new Map(problem.groups.map((g) => [g.parentId, g.roots.map((r) => r.id)]));
    expect(byParent.get("zone-registry")?.sort()).toEqual(["artifact-store", "model-registry"]);
    expect(byParent.get(null)).toEqual(["zone-dmz"]);
    // Only flows between members of a group are laid out with it.
    const registry = problem.groups.find((g) => g.parentId === "zone-registry")!;
    expect(registry.edges).toEqual([]);
  });
});

describe("auto layout with ELK", () => {
  it("keeps every member inside its boundary, nested ones included", async () => {
    const doc = model(
      [
        {
          id: "outer",
          type: "trustBoundary",
          position: { x: 0, y: 0 },
          size: { width: 900, height: 600 },
        },
        {
          id: "inner",
          type: "trustBoundary",
          parentId: "outer",
          position: { x: 40, y: 60 },
          size: { width: 400, height: 300 },
        },
        { id: "a", type: "externalEntity", position: { x: 1200, y: 0 } },
        { id: "b", type: "process", parentId: "inner", position: { x: 20, y: 60 } },
        { id: "c", type: "dataStore", parentId: "outer", position: { x: 500, y: 100 } },
        { id: "d", type: "process", parentId: "inner", position: { x: 200, y: 60 } },
      ],
      [
        { id: "f1", source: "a", target: "b", label: "Requests" },
        { id: "f2", source: "b", target: "d", label: "" },
        { id: "f3", source: "d", target: "c", label: "Writes" },
      ],
    );
    const result = applyLayout(doc, await layOut(doc));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const next = result.doc;
    expect(next.elements.map((e) => [e.id, e.parentId])).toEqual(
      doc.elements.map((e) => [e.id, e.parentId]),
    );
    for (const [child, parent] of [
      ["inner", "outer"],
      ["b", "inner"],
      ["d", "inner"],
      ["c", "outer"],
    ]) {
      expect(inside(next, child!, parent!), `${child} in ${parent}`).toBe(true);
    }
    // Left to right along the data: each flow's target starts right of its source.
    const index = indexModel(next);
    for (const flow of next.flows) {
      expect(absoluteRect(index, flow.target)!.x).toBeGreaterThan(
        absoluteRect(index, flow.source)!.x,
      );
    }
  });

  it("lays out the sample with no two elements overlapping and the boundaries as containers", async () => {
    const doc = createLlmInferencePipelineSample("m");
    const result = applyLayout(doc, await layOut(doc));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const index = indexModel(result.doc);
    const nodes = result.doc.elements.filter((e) => e.type !== "trustBoundary");
    for (const e of nodes) {
      if (e.parentId) expect(inside(result.doc, e.id, e.parentId)).toBe(true);
    }
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = absoluteRect(index, nodes[i]!.id)!;
        const b = absoluteRect(index, nodes[j]!.id)!;
        const overlap =
          a.x < b.x + b.width &&
          b.x < a.x + a.width &&
          a.y < b.y + b.height &&
          b.y < a.y + a.height;
        expect(overlap, `${nodes[i]!.id} / ${nodes[j]!.id}`).toBe(false);
      }
    }
  });

  it("lays out a selection in place: the rest does not move, and its boundary grows to hold it", async () => {
    const doc = createLlmInferencePipelineSample("m");
    const ids = ["model-registry", "artifact-store"];
    const result = applyLayout(doc, await layOut(doc, ids));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const e of doc.elements) {
      if (ids.includes(e.id) || e.id === "zone-registry") continue;
      expect(result.doc.elements.find((x) => x.id === e.id)!.position).toEqual(e.position);
    }
    for (const id of ids) expect(inside(result.doc, id, "zone-registry")).toBe(true);
  });
});

describe("applyLayout", () => {
  it("refuses a place that is not a number, naming the element", () => {
    const doc = createLlmInferencePipelineSample("m");
    const result = applyLayout(doc, [{ id: "api-gateway", position: { x: Number.NaN, y: 0 } }]);
    expect(result).toEqual({ ok: false, error: 'the layout gave "api-gateway" no valid place' });
  });

  it("returns the same document when nothing moves", () => {
    const doc = createLlmInferencePipelineSample("m");
    const same = doc.elements.map((e) => ({ id: e.id, position: e.position }));
    const result = applyLayout(doc, same);
    expect(result.ok && result.doc).toBe(doc);
  });

  it("grows a boundary (never shrinks it) so that its members fit inside its padding", () => {
    const doc = model([
      {
        id: "z",
        type: "trustBoundary",
        position: { x: 100, y: 100 },
        size: { width: 300, height: 200 },
      },
      { id: "p", type: "process", parentId: "z", position: { x: -20, y: 250 } },
    ]);
    const grown = growToFit([...doc.elements], "z");
    const z = grown.find((e) => e.id === "z")!;
    const p = grown.find((e) => e.id === "p")!;
    expect(p.position.x).toBe(BOUNDARY_PADDING.left);
    expect(z.position.x).toBe(100 - (BOUNDARY_PADDING.left + 20));
    expect(z.size!.height).toBe(250 + 150 + BOUNDARY_PADDING.bottom);
    // Where p is on screen does not change.
    expect(z.position.x + p.position.x).toBe(100 - 20);
  });
});
