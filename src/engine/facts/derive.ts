import type { ModelIndex } from "../../domain/graph";
import type { DataFlow, TriState, TrustBoundaryElement } from "../../domain/schema";
import { elementDisplayName, flowDisplayName } from "../names";
import type { ElementInfo, FlowInfo, TrustDirection, World } from "./world";

const NO_CHAIN: readonly TrustBoundaryElement[] = Object.freeze([]);
const NO_FLOWS: readonly DataFlow[] = Object.freeze([]);

/**
 * Derives, once per evaluation, every fact that depends on more than one element: boundary
 * membership, zone, crossings and trust direction, internet reachability, personal data,
 * degrees and neighbours. Semantics are those documented in `rules/facts.ts`.
 */
export function deriveWorld(index: ModelIndex): World {
  const { model } = index;
  const chainOf = boundaryChains(index);
  const elements: ElementInfo[] = [];
  const elementsById = new Map<string, ElementInfo>();
  let elementCount = 0;
  let boundaryCount = 0;
  model.elements.forEach((element, order) => {
    const chain = element.parentId === null ? NO_CHAIN : chainOf(element.parentId);
    const innermost = chain[0];
    const info: ElementInfo = {
      kind: "element",
      id: element.id,
      element,
      name: elementDisplayName(element),
      order,
      chain,
      zoneKind: innermost ? innermost.props.zoneKind : "none",
      trustLevel: innermost?.props.trustLevel,
      outOfScope: element.outOfScope || chain.some((b) => b.outOfScope),
      reachableFromInternet: "no",
      handlesPersonalData: "no",
      inDegree: 0,
      outDegree: 0,
      upstream: [],
      downstream: [],
      neighbours: [],
      visit: 0,
      reports: null,
    };
    elements.push(info);
    elementsById.set(element.id, info);
    if (info.outOfScope) return;
    if (element.type === "trustBoundary") boundaryCount++;
    else elementCount++;
  });

  const flows: FlowInfo[] = [];
  const flowsById = new Map<string, FlowInfo>();
  let flowCount = 0;
  model.flows.forEach((flow, order) => {
    const source = elementsById.get(flow.source);
    const target = elementsById.get(flow.target);
    if (!source || !target || source === target) return;
    if (source.element.type === "trustBoundary" || target.element.type === "trustBoundary") return;
    const info = flowInfo(flow, order, source, target);
    flows.push(info);
    flowsById.set(flow.id, info);
    if (!flow.outOfScope) flowCount++;
    connect(flow, source, target);
  });

  for (const info of elements) {
    if (info.element.type === "trustBoundary") continue;
    info.handlesPersonalData = personalData(info, index);
  }
  const exposure = elements.map(selfExposure);
  for (const info of elements) {
    if (info.element.type === "trustBoundary") continue;
    info.reachableFromInternet = reachability(info, exposure);
  }
  return {
    elements,
    elementsById,
    flows,
    flowsById,
    modelFacts: { elementCount, boundaryCount, flowCount },
  };
}

/** Memoised boundary chains, innermost first; cycle-safe (a cycle ends the chain). */
function boundaryChains(
  index: ModelIndex,
): (boundaryId: string) => readonly TrustBoundaryElement[] {
  const memo = new Map<string, readonly TrustBoundaryElement[]>();
  const visiting = new Set<string>();
  const chainOf = (boundaryId: string): readonly TrustBoundaryElement[] => {
    const known = memo.get(boundaryId);
    if (known) return known;
    const boundary = index.elementsById.get(boundaryId);
    if (!boundary || boundary.type !== "trustBoundary" || visiting.has(boundaryId)) return NO_CHAIN;
    visiting.add(boundaryId);
    const outer = boundary.parentId === null ? NO_CHAIN : chainOf(boundary.parentId);
    visiting.delete(boundaryId);
    const chain = outer.includes(boundary) ? outer : Object.freeze([boundary, ...outer]);
    memo.set(boundaryId, chain);
    return chain;
  };
  return chainOf;
}

function flowInfo(
  flow: DataFlow,
  order: number,
  source: ElementInfo,
  target: ElementInfo,
): FlowInfo {
  const from = source.chain;
  const to = target.chain;
  const crossesBoundary = from[0] !== to[0];
  let boundary: TrustBoundaryElement | null = null;
  let trustDirection: TrustDirection = "none";
  if (crossesBoundary) {
    const entered = to[0] && !from.includes(to[0]) ? to[0] : undefined;
    boundary = entered ?? from[0] ?? null;
    // Outside every boundary counts as untrusted (0): nothing vouches for it.
    const fromLevel = source.trustLevel ?? 0;
    const toLevel = target.trustLevel ?? 0;
    trustDirection = toLevel > fromLevel ? "up" : toLevel < fromLevel ? "down" : "level";
  }
  return {
    kind: "flow",
    id: flow.id,
    flow,
    name: flowDisplayName(flow, source.name, target.name),
    order,
    source,
    target,
    outOfScope: flow.outOfScope,
    interactionOutOfScope: flow.outOfScope || source.outOfScope || target.outOfScope,
    crossesBoundary,
    trustDirection,
    boundary,
    reports: null,
  };
}

function connect(flow: DataFlow, source: ElementInfo, target: ElementInfo): void {
  source.outDegree++;
  target.inDegree++;
  addOnce(source.downstream, target);
  addOnce(target.upstream, source);
  addOnce(source.neighbours, target);
  addOnce(target.neighbours, source);
  if (flow.bidirectional) {
    source.inDegree++;
    target.outDegree++;
    addOnce(target.downstream, source);
    addOnce(source.upstream, target);
  }
}

function addOnce(list: ElementInfo[], info: ElementInfo): void {
  if (!list.includes(info)) list.push(info);
}

/**
 * "yes" when a flow carrying personal data ends here (either end of a bidirectional flow) or
 * the element is a data store that contains personal data; "unknown" when that hinges on an
 * unknown; else "no".
 */
function personalData(info: ElementInfo, index: ModelIndex): TriState {
  let result: TriState = "no";
  const element = info.element;
  if (element.type === "dataStore") result = element.props.containsPersonalData;
  if (result === "yes") return result;
  for (const flow of index.incoming.get(info.id) ?? NO_FLOWS) {
    result = worse(result, flow.props.carriesPersonalData);
    if (result === "yes") return result;
  }
  for (const flow of index.outgoing.get(info.id) ?? NO_FLOWS) {
    if (!flow.bidirectional) continue;
    result = worse(result, flow.props.carriesPersonalData);
    if (result === "yes") return result;
  }
  return result;
}

/** Exposure of an element on its own: internet-exposed process, or placed in an external zone. */
function selfExposure(info: ElementInfo): TriState {
  if (info.element.type === "trustBoundary") return "no";
  if (info.zoneKind === "external") return "yes";
  return info.element.type === "process" ? info.element.props.internetExposed : "no";
}

/**
 * "yes" when the element is exposed itself or receives a flow, within 2 hops, from an external
 * entity or an exposed element; "unknown" when that depends on unknown exposure; else "no".
 */
function reachability(info: ElementInfo, exposure: readonly TriState[]): TriState {
  let result = exposure[info.order]!;
  const asSource = (other: ElementInfo): TriState =>
    other.element.type === "externalEntity" ? "yes" : exposure[other.order]!;
  for (const one of info.upstream) {
    if (one === info) continue;
    result = worse(result, asSource(one));
    if (result === "yes") return result;
    for (const two of one.upstream) {
      if (two === info) continue;
      result = worse(result, asSource(two));
      if (result === "yes") return result;
    }
  }
  return result;
}

/** Three-valued "or" on tri-states: yes beats unknown beats no. */
function worse(a: TriState, b: TriState): TriState {
  if (a === "yes" || b === "yes") return "yes";
  if (a === "unknown" || b === "unknown") return "unknown";
  return "no";
}
