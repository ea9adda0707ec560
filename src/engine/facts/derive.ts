import type {
  DataFlow,
  DfdElement,
  ThreatModel,
  TriState,
  TrustBoundaryElement,
} from "../../domain/schema";
import { boundaryDisplayName, elementDisplayName, flowDisplayName } from "../names";
import { kindKeyOf } from "./kindKeys";
import type { ElementInfo, FlowInfo, TrustDirection, World } from "./world";

const NO_CHAIN: readonly TrustBoundaryElement[] = Object.freeze([]);

/**
 * Derives, once per evaluation, every fact that depends on more than one element: boundary
 * membership, zone, crossings and trust direction, internet reachability, personal data,
 * degrees and neighbours. Semantics are those documented in `rules/facts.ts`; membership and
 * crossings agree with `boundaryChain` / `flowCrossing` in `domain/graph.ts`, computed here in
 * one pass over the document instead of per query.
 */
export function deriveWorld(model: ThreatModel): World {
  const byId = new Map<string, DfdElement>();
  for (const element of model.elements) byId.set(element.id, element);
  const chains = new Map<string, readonly TrustBoundaryElement[]>();

  const elements: ElementInfo[] = new Array<ElementInfo>(model.elements.length);
  const elementsById = new Map<string, ElementInfo>();
  let elementCount = 0;
  let boundaryCount = 0;
  for (let order = 0; order < model.elements.length; order++) {
    const element = model.elements[order]!;
    const chain =
      element.parentId === null ? NO_CHAIN : boundaryChain(element.parentId, byId, chains);
    const info = elementInfo(element, order, chain);
    elements[order] = info;
    elementsById.set(element.id, info);
    if (info.outOfScope) continue;
    if (element.type === "trustBoundary") boundaryCount++;
    else elementCount++;
  }

  const flows: FlowInfo[] = [];
  const flowsById = new Map<string, FlowInfo>();
  let flowCount = 0;
  for (let order = 0; order < model.flows.length; order++) {
    const flow = model.flows[order]!;
    const source = elementsById.get(flow.source);
    const target = elementsById.get(flow.target);
    if (!source || !target || source === target) continue;
    if (source.element.type === "trustBoundary" || target.element.type === "trustBoundary") {
      continue;
    }
    const info = flowInfo(flow, order, source, target);
    flows.push(info);
    flowsById.set(flow.id, info);
    if (!flow.outOfScope) flowCount++;
    connect(flow, source, target);
  }

  const exposure: TriState[] = new Array<TriState>(elements.length);
  for (let i = 0; i < elements.length; i++) exposure[i] = selfExposure(elements[i]!);
  for (const info of elements) {
    if (info.element.type !== "trustBoundary")
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

/**
 * The boundaries containing a boundary (itself first), memoised. Cycle-safe: a parent that
 * would close a cycle, or is not a boundary, ends the chain.
 */
function boundaryChain(
  boundaryId: string,
  byId: ReadonlyMap<string, DfdElement>,
  memo: Map<string, readonly TrustBoundaryElement[]>,
): readonly TrustBoundaryElement[] {
  const known = memo.get(boundaryId);
  if (known) return known;
  const chain: TrustBoundaryElement[] = [];
  let cursor = byId.get(boundaryId);
  while (cursor && cursor.type === "trustBoundary" && !chain.includes(cursor)) {
    chain.push(cursor);
    cursor = cursor.parentId === null ? undefined : byId.get(cursor.parentId);
  }
  const frozen = Object.freeze(chain);
  memo.set(boundaryId, frozen);
  return frozen;
}

function elementInfo(
  element: DfdElement,
  order: number,
  chain: readonly TrustBoundaryElement[],
): ElementInfo {
  const innermost = chain[0];
  let outOfScope = element.outOfScope;
  for (let i = 0; !outOfScope && i < chain.length; i++) outOfScope = chain[i]!.outOfScope;
  return {
    kind: "element",
    id: element.id,
    element,
    name: elementDisplayName(element),
    kindKey: kindKeyOf(element),
    boundaryName: boundaryDisplayName(innermost),
    order,
    chain,
    zoneKind: innermost ? innermost.props.zoneKind : "none",
    trustLevel: innermost?.props.trustLevel,
    outOfScope,
    reachableFromInternet: "no",
    // A store's own answer; flows that end here are added by `connect`.
    handlesPersonalData: element.type === "dataStore" ? element.props.containsPersonalData : "no",
    inDegree: 0,
    outDegree: 0,
    upstream: [],
    downstream: [],
    neighbours: [],
    visit: 0,
  };
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
    boundaryName: boundaryDisplayName(boundary),
    order,
    source,
    target,
    outOfScope: flow.outOfScope,
    interactionOutOfScope: flow.outOfScope || source.outOfScope || target.outOfScope,
    crossesBoundary,
    trustDirection,
    boundary,
  };
}

/**
 * Records a flow on its ends: degrees, neighbours, and personal data ("yes" when a flow carrying
 * it ends here, either end of a bidirectional flow; "unknown" when that hinges on an unknown).
 */
function connect(flow: DataFlow, source: ElementInfo, target: ElementInfo): void {
  const carries = flow.props.carriesPersonalData;
  source.outDegree++;
  target.inDegree++;
  addOnce(source.downstream, target);
  addOnce(target.upstream, source);
  addOnce(source.neighbours, target);
  addOnce(target.neighbours, source);
  target.handlesPersonalData = worse(target.handlesPersonalData, carries);
  if (flow.bidirectional) {
    source.inDegree++;
    target.outDegree++;
    addOnce(target.downstream, source);
    addOnce(source.upstream, target);
    source.handlesPersonalData = worse(source.handlesPersonalData, carries);
  }
}

function addOnce(list: ElementInfo[], info: ElementInfo): void {
  if (!list.includes(info)) list.push(info);
}

/** Exposure of an element on its own: internet-exposed process, or placed in an external zone. */
function selfExposure(info: ElementInfo): TriState {
  if (info.element.type === "trustBoundary") return "no";
  if (info.zoneKind === "external") return "yes";
  return info.element.type === "process" ? info.element.props.internetExposed : "no";
}

/** Exposure of an element as the sender of a flow: external entities count as the internet. */
function exposureAsSource(other: ElementInfo, exposure: readonly TriState[]): TriState {
  return other.element.type === "externalEntity" ? "yes" : exposure[other.order]!;
}

/**
 * "yes" when the element is exposed itself or receives a flow, within 2 hops, from an external
 * entity or an exposed element; "unknown" when that depends on unknown exposure; else "no".
 */
function reachability(info: ElementInfo, exposure: readonly TriState[]): TriState {
  let result = exposure[info.order]!;
  for (const one of info.upstream) {
    result = worse(result, exposureAsSource(one, exposure));
    if (result === "yes") return result;
    for (const two of one.upstream) {
      if (two === info) continue;
      result = worse(result, exposureAsSource(two, exposure));
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
