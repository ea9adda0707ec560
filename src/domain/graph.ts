import type { DataFlow, DfdElement, Point, ThreatModel, TrustBoundaryElement } from "./schema";

/**
 * Pure graph queries over a threat model. Build an index once per document version
 * (`indexModel`) and ask it questions; every query is O(1) or O(degree) after that.
 */
export interface ModelIndex {
  readonly model: ThreatModel;
  readonly elementsById: ReadonlyMap<string, DfdElement>;
  readonly flowsById: ReadonlyMap<string, DataFlow>;
  /** Direct children of each boundary (elements and nested boundaries). */
  readonly childrenOf: ReadonlyMap<string, readonly DfdElement[]>;
  readonly outgoing: ReadonlyMap<string, readonly DataFlow[]>;
  readonly incoming: ReadonlyMap<string, readonly DataFlow[]>;
}

const EMPTY: readonly never[] = Object.freeze([]);

export function indexModel(model: ThreatModel): ModelIndex {
  const elementsById = new Map<string, DfdElement>();
  const childrenOf = new Map<string, DfdElement[]>();
  for (const element of model.elements) elementsById.set(element.id, element);
  for (const element of model.elements) {
    if (element.parentId === null) continue;
    let list = childrenOf.get(element.parentId);
    if (!list) childrenOf.set(element.parentId, (list = []));
    list.push(element);
  }
  const flowsById = new Map<string, DataFlow>();
  const outgoing = new Map<string, DataFlow[]>();
  const incoming = new Map<string, DataFlow[]>();
  for (const flow of model.flows) {
    flowsById.set(flow.id, flow);
    push(outgoing, flow.source, flow);
    push(incoming, flow.target, flow);
  }
  return { model, elementsById, flowsById, childrenOf, outgoing, incoming };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function childrenOf(index: ModelIndex, boundaryId: string): readonly DfdElement[] {
  return index.childrenOf.get(boundaryId) ?? EMPTY;
}

/** The chain of boundaries containing an element, innermost first. Cycle-safe. */
export function boundaryChain(index: ModelIndex, elementId: string): TrustBoundaryElement[] {
  const chain: TrustBoundaryElement[] = [];
  const seen = new Set<string>([elementId]);
  let parentId = index.elementsById.get(elementId)?.parentId ?? null;
  while (parentId !== null && !seen.has(parentId)) {
    seen.add(parentId);
    const parent = index.elementsById.get(parentId);
    if (!parent || parent.type !== "trustBoundary") break;
    chain.push(parent);
    parentId = parent.parentId;
  }
  return chain;
}

/** The innermost boundary holding an element, or null when it sits outside every boundary. */
export function innermostBoundary(
  index: ModelIndex,
  elementId: string,
): TrustBoundaryElement | null {
  return boundaryChain(index, elementId)[0] ?? null;
}

/** Every element inside a boundary, at any depth (the boundary itself excluded). */
export function descendantsOf(index: ModelIndex, boundaryId: string): DfdElement[] {
  const out: DfdElement[] = [];
  const stack = [...childrenOf(index, boundaryId)];
  const seen = new Set<string>([boundaryId]);
  while (stack.length > 0) {
    const element = stack.pop()!;
    if (seen.has(element.id)) continue;
    seen.add(element.id);
    out.push(element);
    stack.push(...childrenOf(index, element.id));
  }
  return out;
}

/** True when `ancestorId` is `elementId` itself or one of the boundaries containing it. */
export function isWithin(index: ModelIndex, elementId: string, ancestorId: string): boolean {
  if (elementId === ancestorId) return true;
  return boundaryChain(index, elementId).some((b) => b.id === ancestorId);
}

export interface BoundaryCrossing {
  flow: DataFlow;
  /** Boundaries the flow leaves (containing the source but not the target), innermost first. */
  exits: TrustBoundaryElement[];
  /** Boundaries the flow enters (containing the target but not the source), innermost first. */
  enters: TrustBoundaryElement[];
}

/** The boundaries a flow crosses. A flow between two elements in the same boundary crosses none. */
export function flowCrossing(index: ModelIndex, flow: DataFlow): BoundaryCrossing {
  const sourceChain = boundaryChain(index, flow.source);
  const targetChain = boundaryChain(index, flow.target);
  const targetIds = new Set(targetChain.map((b) => b.id));
  const sourceIds = new Set(sourceChain.map((b) => b.id));
  return {
    flow,
    exits: sourceChain.filter((b) => !targetIds.has(b.id)),
    enters: targetChain.filter((b) => !sourceIds.has(b.id)),
  };
}

export function crossesBoundary(index: ModelIndex, flow: DataFlow): boolean {
  const crossing = flowCrossing(index, flow);
  return crossing.exits.length > 0 || crossing.enters.length > 0;
}

/** Flows touching an element, in either direction. */
export function flowsOf(index: ModelIndex, elementId: string): DataFlow[] {
  return [...(index.outgoing.get(elementId) ?? EMPTY), ...(index.incoming.get(elementId) ?? EMPTY)];
}

/**
 * Elements that send data to `elementId` within `maxHops` flows (bidirectional flows count both
 * ways), nearest first, with their distance. The element itself is not included.
 */
export function upstreamOf(
  index: ModelIndex,
  elementId: string,
  maxHops: number,
): Array<{ element: DfdElement; hops: number }> {
  return walk(index, elementId, maxHops, "up");
}

/** Elements that receive data from `elementId` within `maxHops` flows, nearest first. */
export function downstreamOf(
  index: ModelIndex,
  elementId: string,
  maxHops: number,
): Array<{ element: DfdElement; hops: number }> {
  return walk(index, elementId, maxHops, "down");
}

function walk(
  index: ModelIndex,
  startId: string,
  maxHops: number,
  direction: "up" | "down",
): Array<{ element: DfdElement; hops: number }> {
  const out: Array<{ element: DfdElement; hops: number }> = [];
  const seen = new Set<string>([startId]);
  let frontier = [startId];
  for (let hops = 1; hops <= maxHops && frontier.length > 0; hops++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const neighbour of neighboursInDirection(index, id, direction)) {
        if (seen.has(neighbour)) continue;
        seen.add(neighbour);
        const element = index.elementsById.get(neighbour);
        if (!element) continue;
        out.push({ element, hops });
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  return out;
}

function neighboursInDirection(index: ModelIndex, id: string, direction: "up" | "down"): string[] {
  const result: string[] = [];
  const along = direction === "up" ? index.incoming.get(id) : index.outgoing.get(id);
  const against = direction === "up" ? index.outgoing.get(id) : index.incoming.get(id);
  for (const flow of along ?? EMPTY) result.push(direction === "up" ? flow.source : flow.target);
  for (const flow of against ?? EMPTY) {
    if (flow.bidirectional) result.push(direction === "up" ? flow.target : flow.source);
  }
  return result;
}

/** Absolute canvas position of an element (positions are stored relative to the parent). */
export function absolutePosition(
  index: Pick<ModelIndex, "elementsById">,
  elementId: string,
): Point {
  let x = 0;
  let y = 0;
  const seen = new Set<string>();
  let cursor = index.elementsById.get(elementId);
  while (cursor && !seen.has(cursor.id)) {
    seen.add(cursor.id);
    x += cursor.position.x;
    y += cursor.position.y;
    cursor = cursor.parentId === null ? undefined : index.elementsById.get(cursor.parentId);
  }
  return { x, y };
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Default footprint of each element type on the canvas, used when the element has no size. */
export const DEFAULT_SIZES = {
  process: { width: 150, height: 150 },
  dataStore: { width: 190, height: 80 },
  externalEntity: { width: 180, height: 90 },
  trustBoundary: { width: 420, height: 300 },
} as const;

export function elementSize(element: DfdElement): { width: number; height: number } {
  return element.size ?? DEFAULT_SIZES[element.type];
}

export function absoluteRect(
  index: Pick<ModelIndex, "elementsById">,
  elementId: string,
): Rect | null {
  const element = index.elementsById.get(elementId);
  if (!element) return null;
  const { x, y } = absolutePosition(index, elementId);
  const { width, height } = elementSize(element);
  return { x, y, width, height };
}

/**
 * The innermost boundary whose rectangle contains `point` (absolute), ignoring `excludeIds`
 * (an element being moved and its own descendants). Used to decide membership on drop.
 */
export function boundaryAtPoint(
  index: ModelIndex,
  point: Point,
  excludeIds: ReadonlySet<string> = new Set(),
): TrustBoundaryElement | null {
  let best: TrustBoundaryElement | null = null;
  let bestDepth = -1;
  for (const element of index.model.elements) {
    if (element.type !== "trustBoundary" || excludeIds.has(element.id)) continue;
    const rect = absoluteRect(index, element.id);
    if (!rect || !containsPoint(rect, point)) continue;
    const depth = boundaryChain(index, element.id).length;
    if (depth > bestDepth) {
      best = element;
      bestDepth = depth;
    }
  }
  return best;
}

export function containsPoint(rect: Rect, point: Point): boolean {
  return (
    point.x >= rect.x &&
    point.x <= rect.x + rect.width &&
    point.y >= rect.y &&
    point.y <= rect.y + rect.height
  );
}
