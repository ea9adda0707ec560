import { absolutePosition, boundaryChain, indexModel, type ModelIndex } from "../graph";
import type { DataFlow, DfdElement, ThreatModel } from "../schema";

/**
 * The guided walk: every in-scope element, flow and trust boundary of a model, once, in the
 * order a facilitator walks a room through it — along the data (from where it enters, the way it
 * travels) and boundary by boundary (a zone is opened, everything in it is walked, then the
 * walk moves on).
 *
 * The order depends on the drawing only: flows, containment, positions and the order of the
 * document. Never on ids, so renaming an item (or importing the same model from another tool,
 * with other ids) walks it the same way.
 */

export type WalkStepKind = "boundary" | "element" | "flow";

export interface WalkStep {
  id: string;
  kind: WalkStepKind;
  /**
   * The innermost trust boundary the step is walked in (a flow: its source's), or null
   * outside every boundary. For a boundary step, the boundary around it.
   */
  boundaryId: string | null;
}

type NodeElement = Exclude<DfdElement, { type: "trustBoundary" }>;

interface Placed {
  element: DfdElement;
  /** Position in `model.elements`. */
  order: number;
  x: number;
  y: number;
}

/** The walk of a model (see the module comment). Linear-logarithmic in its size. */
export function walkOrder(model: ThreatModel): WalkStep[] {
  const index = indexModel(model);
  const placed = new Map<string, Placed>();
  model.elements.forEach((element, order) => {
    const { x, y } = absolutePosition(index, element.id);
    placed.set(element.id, { element, order, x, y });
  });
  const flows = model.flows.filter(
    (flow) => isNode(index, flow.source) && isNode(index, flow.target),
  );
  const rank = dataRanks(model, index, placed, flows);

  const containerOf = (id: string): string | null => boundaryChain(index, id)[0]?.id ?? null;
  const members = new Map<string | null, DfdElement[]>();
  for (const element of model.elements) {
    const container = containerOf(element.id);
    const list = members.get(container);
    if (list) list.push(element);
    else members.set(container, [element]);
  }
  // A boundary is reached when the data first reaches something inside it.
  const boundaryRank = new Map<string, number>();
  for (const element of model.elements) {
    if (element.type === "trustBoundary") continue;
    for (const boundary of boundaryChain(index, element.id)) {
      const own = rank.get(element.id)!;
      const known = boundaryRank.get(boundary.id);
      if (known === undefined || own < known) boundaryRank.set(boundary.id, own);
    }
  }
  const keyOf = (element: DfdElement) =>
    element.type === "trustBoundary"
      ? (boundaryRank.get(element.id) ?? Number.POSITIVE_INFINITY)
      : rank.get(element.id)!;

  // Elements first, container by container; then each flow after the element that sends it (a
  // two-way flow after whichever end is walked first; a flow from an out-of-scope element after
  // the element it reaches), in the order the walk reaches their other ends.
  const sequence: DfdElement[] = [];
  const visit = (container: string | null, seen: Set<string>) => {
    const children = [...(members.get(container) ?? [])].sort((a, b) =>
      byKeyThenPlace(keyOf(a), keyOf(b), placed.get(a.id)!, placed.get(b.id)!),
    );
    for (const child of children) {
      if (seen.has(child.id)) continue;
      seen.add(child.id);
      sequence.push(child);
      if (child.type === "trustBoundary") visit(child.id, seen);
    }
  };
  visit(null, new Set());
  const position = new Map(sequence.map((element, i) => [element.id, i]));
  const outOfScope = scopeOf(model, index);
  // The room discusses a flow once it has seen an end of it: an out-of-scope end is not walked.
  const anchorOf = (flow: DataFlow) => {
    const sourceSeen = !outOfScope.has(flow.source);
    const targetSeen = !outOfScope.has(flow.target);
    if (sourceSeen !== targetSeen) return sourceSeen ? flow.source : flow.target;
    return flow.bidirectional && position.get(flow.target)! < position.get(flow.source)!
      ? flow.target
      : flow.source;
  };
  const otherEnd = (flow: DataFlow) => (anchorOf(flow) === flow.source ? flow.target : flow.source);
  const anchored = new Map<string, DataFlow[]>();
  flows.forEach((flow) => {
    const anchor = anchorOf(flow);
    const list = anchored.get(anchor);
    if (list) list.push(flow);
    else anchored.set(anchor, [flow]);
  });
  const flowOrder = new Map(model.flows.map((flow, i) => [flow, i]));

  const out: WalkStep[] = [];
  for (const element of sequence) {
    const container = containerOf(element.id);
    if (!outOfScope.has(element.id)) {
      const kind = element.type === "trustBoundary" ? "boundary" : "element";
      out.push({ id: element.id, kind, boundaryId: container });
    }
    const sent = [...(anchored.get(element.id) ?? [])].sort(
      (a, b) =>
        position.get(otherEnd(a))! - position.get(otherEnd(b))! ||
        flowOrder.get(a)! - flowOrder.get(b)!,
    );
    for (const flow of sent) {
      if (!flow.outOfScope) out.push({ id: flow.id, kind: "flow", boundaryId: container });
    }
  }
  return out;
}

function isNode(index: ModelIndex, id: string): boolean {
  const element = index.elementsById.get(id);
  return element !== undefined && element.type !== "trustBoundary";
}

/** Elements out of scope: their own flag, or that of a boundary around them (as the engine reads it). */
function scopeOf(model: ThreatModel, index: ModelIndex): Set<string> {
  const out = new Set<string>();
  for (const element of model.elements) {
    if (element.outOfScope || boundaryChain(index, element.id).some((b) => b.outOfScope)) {
      out.add(element.id);
    }
  }
  return out;
}

/**
 * Where the data reaches each element (flow endpoint), as a rank: a breadth-first walk along the
 * flows (two-way flows both ways) from every element no one-way flow feeds, external entities first, then left to right
 * and top to bottom on the canvas; what no such walk reaches (a loop nobody feeds) starts a walk
 * of its own, in the same preference.
 */
function dataRanks(
  model: ThreatModel,
  index: ModelIndex,
  placed: ReadonlyMap<string, Placed>,
  flows: readonly DataFlow[],
): Map<string, number> {
  const nodes = model.elements.filter((e): e is NodeElement => e.type !== "trustBoundary");
  const preference = (a: NodeElement, b: NodeElement) => {
    const entity = Number(b.type === "externalEntity") - Number(a.type === "externalEntity");
    return entity || byPlace(placed.get(a.id)!, placed.get(b.id)!);
  };
  // Only one-way flows feed an element: a two-way exchange does not say where the data enters.
  const fed = new Set(flows.filter((flow) => !flow.bidirectional).map((flow) => flow.target));
  const next = new Map<string, NodeElement[]>();
  const link = (from: string, to: string) => {
    const target = index.elementsById.get(to) as NodeElement;
    const list = next.get(from);
    if (list) list.push(target);
    else next.set(from, [target]);
  };
  for (const flow of flows) {
    link(flow.source, flow.target);
    if (flow.bidirectional) link(flow.target, flow.source);
  }
  for (const list of next.values()) list.sort(preference);

  const rank = new Map<string, number>();
  const queue: NodeElement[] = [];
  const reach = (node: NodeElement) => {
    if (rank.has(node.id)) return;
    rank.set(node.id, rank.size);
    queue.push(node);
  };
  const drain = () => {
    for (let head = 0; head < queue.length; head++) {
      for (const target of next.get(queue[head]!.id) ?? []) reach(target);
    }
    queue.length = 0;
  };
  const ordered = [...nodes].sort(preference);
  for (const node of ordered) if (!fed.has(node.id)) reach(node);
  drain();
  for (const node of ordered) {
    if (rank.has(node.id)) continue;
    reach(node);
    drain();
  }
  return rank;
}

function byPlace(a: Placed, b: Placed): number {
  return a.x - b.x || a.y - b.y || a.order - b.order;
}

function byKeyThenPlace(keyA: number, keyB: number, a: Placed, b: Placed): number {
  if (keyA !== keyB) return keyA < keyB ? -1 : 1;
  return byPlace(a, b);
}

export interface WalkProgress {
  /** Steps of the walk marked walked. */
  walked: number;
  total: number;
}

/** How far the walk got: marks of items no longer in the walk (deleted, out of scope) do not count. */
export function walkProgress(steps: readonly WalkStep[], walked: readonly string[]): WalkProgress {
  const marked = new Set(walked);
  return { walked: steps.filter((step) => marked.has(step.id)).length, total: steps.length };
}

/** Where a walk resumes: the first step not walked yet, or 0 when every step was. */
export function resumeIndex(steps: readonly WalkStep[], walked: readonly string[]): number {
  const marked = new Set(walked);
  const index = steps.findIndex((step) => !marked.has(step.id));
  return index === -1 ? 0 : index;
}
