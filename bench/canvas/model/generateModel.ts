import {
  CURRENT_SCHEMA_VERSION,
  ThreatModelSchema,
  type ThreatModel,
  type ThreatModelInput,
} from "../../../src/domain/schema";
import { elementName, flowLabel, pickMlKind, pickNodeType, pickZone } from "./content";
import { boundaryBox, cellOrigin, innermostBoundary, planGrid, type GridPlan } from "./layout";
import { createRandom, type Random } from "./random";

type ElementInput = ThreatModelInput["elements"][number];
type FlowInput = ThreatModelInput["flows"][number];

export interface ModelSpec {
  /** Elements in total, trust boundaries included. */
  elements: number;
  flows: number;
  boundaries: number;
  seed: number;
}

interface Placed {
  id: string;
  col: number;
  row: number;
}

/**
 * A deterministic, realistic-looking model: a few trust boundaries (one in three holding a
 * nested zone) with elements inside them, processes, data stores and external entities around
 * them, two thirds with an ML kind, and mostly local, mostly labelled flows.
 */
export function generateModel(spec: ModelSpec): ThreatModel {
  const random = createRandom(spec.seed);
  const plan = planGrid(spec.elements - spec.boundaries, spec.boundaries, random);
  const elements: ElementInput[] = boundaryElements(plan, random);
  const placed = placeNodes(plan, spec.elements - spec.boundaries, random, elements);
  const flows = generateFlows(placed, spec.flows, random);
  const at = "2025-01-01T00:00:00.000Z";
  return ThreatModelSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: `bench-${spec.elements}-${spec.flows}`,
    name: `Canvas benchmark ${spec.elements}/${spec.flows}`,
    createdAt: at,
    updatedAt: at,
    elements,
    flows,
    viewport: null,
  } satisfies ThreatModelInput);
}

function boundaryElements(plan: GridPlan, random: Random): ElementInput[] {
  return plan.boundaries.map((boundary, index) => {
    const box = boundaryBox(boundary);
    const parent = boundary.parent === null ? null : plan.boundaries[boundary.parent]!;
    const origin = parent ? boundaryBox(parent) : { x: 0, y: 0 };
    return {
      id: `zone-${index}`,
      type: "trustBoundary",
      name: `Zone ${index}`,
      parentId: boundary.parent === null ? null : `zone-${boundary.parent}`,
      position: { x: box.x - origin.x, y: box.y - origin.y },
      size: { width: box.width, height: box.height },
      props: { zoneKind: pickZone(random), trustLevel: random.int(101) },
    };
  });
}

/** Fills `count` random cells of the grid, in row-major order. */
function placeNodes(plan: GridPlan, count: number, random: Random, out: ElementInput[]): Placed[] {
  const cells = Array.from({ length: plan.columns * plan.rows }, (_, i) => i);
  for (let i = cells.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [cells[i], cells[j]] = [cells[j]!, cells[i]!];
  }
  const chosen = cells.slice(0, count).sort((a, b) => a - b);
  return chosen.map((cell, n) => {
    const col = cell % plan.columns;
    const row = Math.floor(cell / plan.columns);
    const type = pickNodeType(random);
    const mlKind = pickMlKind(type, random);
    const parent = innermostBoundary(plan, col, row);
    const origin = parent === null ? { x: 0, y: 0 } : boundaryBox(plan.boundaries[parent]!);
    const at = cellOrigin(col, row);
    const id = `el-${n}`;
    out.push({
      id,
      type,
      name: elementName(type, mlKind, n, random),
      mlKind,
      parentId: parent === null ? null : `zone-${parent}`,
      position: { x: at.x - origin.x, y: at.y - origin.y },
    });
    return { id, col, row };
  });
}

/** Seven flows in ten go to a neighbour within two cells; the rest anywhere. No duplicates. */
function generateFlows(placed: Placed[], count: number, random: Random): FlowInput[] {
  const byCell = new Map<string, Placed>();
  for (const p of placed) byCell.set(`${p.col},${p.row}`, p);
  const seen = new Set<string>();
  const flows: FlowInput[] = [];
  let attempts = 0;
  while (flows.length < count && attempts++ < count * 50) {
    const source = random.pick(placed);
    const target = random.chance(0.7) ? neighbour(source, byCell, random) : random.pick(placed);
    if (!target || target.id === source.id) continue;
    const key = `${source.id}>${target.id}`;
    if (seen.has(key) || seen.has(`${target.id}>${source.id}`)) continue;
    seen.add(key);
    flows.push({
      id: `flow-${flows.length}`,
      source: source.id,
      target: target.id,
      label: flowLabel(random),
      bidirectional: random.chance(0.1),
      props: { encryptedInTransit: random.pick(["yes", "no", "unknown"] as const) },
    });
  }
  if (flows.length < count) throw new Error(`only ${flows.length} of ${count} flows generated`);
  return flows;
}

function neighbour(from: Placed, byCell: Map<string, Placed>, random: Random): Placed | undefined {
  for (let tries = 0; tries < 8; tries++) {
    const dc = random.int(5) - 2;
    const dr = random.int(5) - 2;
    const found = byCell.get(`${from.col + dc},${from.row + dr}`);
    if (found) return found;
  }
  return undefined;
}
