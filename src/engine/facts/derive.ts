import type {
  DataFlow,
  DfdElement,
  ThreatModel,
  TriState,
  TrustBoundaryElement,
} from "../../domain/schema";
import { boundaryDisplayName, elementDisplayName, flowDisplayName } from "../names";
import { elementProps, flowProps } from "./evidence";
import { deriveReach, NO_REACH, type Cause } from "./exposure";
import { reuseReach, sameReachInputs } from "./reuseReach";
import { connectAll, isSensitive } from "./connect";
import { kindBitOf, kindIndexOf, TYPE_BITS } from "./kinds";
import { boundariesById, OUTSIDE, placementIn, type Placement } from "./placement";
import type { ElementInfo, FlowInfo, TrustDirection, World } from "./world";

/**
 * Derives, once per evaluation, every fact that depends on more than one element: effective
 * properties (answers plus evidence), boundary membership, zone, crossings and trust direction,
 * who can reach each element and whose data influences it, personal data, degrees and neighbours. Semantics are those documented in `rules/facts.ts`; membership and
 * crossings agree with `boundaryChain` / `flowCrossing` in `domain/graph.ts`, computed here in
 * one pass over the document instead of per query.
 *
 * Given the world of an earlier version of the same document (the incremental evaluator), what
 * depends only on unchanged objects is taken from it instead of derived again: names and evidence
 * of unchanged elements and flows, and the reach facts when nothing they read changed.
 */
export function deriveWorld(model: ThreatModel, previous?: World): World {
  const byId = boundariesById(model.elements);
  const chains = new Map<string, readonly TrustBoundaryElement[]>();
  const placements = new Map<string, Placement>();

  const elements: ElementInfo[] = new Array<ElementInfo>(model.elements.length);
  const elementsById = new Map<string, ElementInfo>();
  let elementCount = 0;
  let boundaryCount = 0;
  for (let order = 0; order < model.elements.length; order++) {
    const element = model.elements[order]!;
    const placement =
      element.parentId === null ? OUTSIDE : placementIn(element.parentId, byId, chains, placements);
    const info = elementInfo(element, order, placement, previous?.elementsById.get(element.id));
    elements[order] = info;
    elementsById.set(element.id, info);
    if (info.outOfScope) continue;
    if (element.type === "trustBoundary") boundaryCount++;
    else elementCount++;
  }

  const flows: FlowInfo[] = [];
  const flowsById = new Map<string, FlowInfo>();
  let flowCount = 0;
  let distinctIds = elementsById.size === elements.length;
  for (let order = 0; order < model.flows.length; order++) {
    const flow = model.flows[order]!;
    const source = elementsById.get(flow.source);
    const target = elementsById.get(flow.target);
    if (!source || !target || source === target) continue;
    if (source.type === "trustBoundary" || target.type === "trustBoundary") {
      continue;
    }
    const old = previous?.flowsById.get(flow.id);
    const info = flowInfo(flow, order, flows.length, source, target, byId, old);
    flows.push(info);
    flowsById.set(flow.id, info);
    if (distinctIds && elementsById.has(flow.id)) distinctIds = false;
    if (!flow.outOfScope) flowCount++;
  }
  connectAll(elements, flows);

  if (previous && sameReachInputs(previous, elements, flows)) {
    reuseReach(previous, elements, elementsById, flowsById);
  } else {
    deriveReach(elements, flows);
  }
  return {
    elements,
    elementsById,
    flows,
    flowsById,
    modelFacts: { elementCount, boundaryCount, flowCount },
    distinctIds: distinctIds && flowsById.size === flows.length,
  };
}

function elementInfo(
  element: DfdElement,
  order: number,
  placement: Placement,
  old: ElementInfo | undefined,
): ElementInfo {
  const chain = placement.chain;
  const mlKind = element.type === "trustBoundary" ? null : element.mlKind;
  const outOfScope = element.outOfScope || placement.outOfScope;
  // Evidence and names read the element and its boundaries only.
  const same = old !== undefined && old.element === element && sameChain(old.chain, chain);
  const props = same ? old.props : elementProps(element, chain);
  const ownPersonalData =
    element.type === "dataStore"
      ? ((props.containsPersonalData as TriState | undefined) ?? "unknown")
      : "no";
  const info: ElementInfo = {
    kind: "element",
    id: element.id,
    element,
    name: same ? old.name : elementDisplayName(element),
    type: element.type,
    mlKind,
    typeBit: TYPE_BITS[element.type],
    kindBit: same ? old.kindBit : kindBitOf(mlKind),
    kindIndex: same ? old.kindIndex : kindIndexOf(element.type, mlKind),
    boundaryName: placement.boundaryName,
    order,
    chain,
    zoneKind: placement.zoneKind,
    trustLevel: placement.trustLevel,
    outOfScope,
    props,
    reach: NO_REACH,
    // A store's own answer; flows that end here are added by `connect`.
    handlesPersonalData: ownPersonalData,
    handlesSensitiveData:
      ownPersonalData === "yes" || isSensitive(props.classification) ? "yes" : "no",
    personalDataCauses: NO_CAUSES,
    inDegree: 0,
    outDegree: 0,
    upstream: NO_INFOS,
    downstream: NO_INFOS,
    neighbours: NO_INFOS,
    visit: 0,
    asked: null,
    matched: null,
  };
  if (ownPersonalData === "unknown") {
    info.personalDataCauses = [{ subject: info, fact: "containsPersonalData" }];
  }
  return info;
}

function flowInfo(
  flow: DataFlow,
  order: number,
  index: number,
  source: ElementInfo,
  target: ElementInfo,
  byId: ReadonlyMap<string, DfdElement>,
  old: FlowInfo | undefined,
): FlowInfo {
  const from = source.chain;
  const to = target.chain;
  let crossesBoundary = from[0] !== to[0];
  let boundary: TrustBoundaryElement | null = null;
  let trustDirection: TrustDirection = "none";
  const listed = listedCrossing(flow, byId);
  if (!crossesBoundary && listed) {
    // Imported from a tool that draws boundaries as lines across flows: the file says the flow
    // crosses one, though neither end is inside it. Which side is more trusted is not known.
    crossesBoundary = true;
    boundary = listed;
    trustDirection = "level";
  } else if (crossesBoundary) {
    const entered = to[0] && !from.includes(to[0]) ? to[0] : undefined;
    boundary = entered ?? from[0] ?? null;
    // Outside every boundary counts as untrusted (0): nothing vouches for it.
    const fromLevel = source.trustLevel ?? 0;
    const toLevel = target.trustLevel ?? 0;
    trustDirection = toLevel > fromLevel ? "up" : toLevel < fromLevel ? "down" : "level";
  }
  // Evidence reads the flow and its ends' elements; the name, their names too.
  const same =
    old !== undefined &&
    old.flow === flow &&
    old.source.element === source.element &&
    old.target.element === target.element;
  const props = same ? old.props : flowProps(flow, source.element, target.element);
  const sameNames = same && old.source.name === source.name && old.target.name === target.name;
  return {
    kind: "flow",
    id: flow.id,
    flow,
    name: sameNames ? old.name : flowDisplayName(flow, source.name, target.name),
    boundaryName:
      old !== undefined && old.boundary === boundary
        ? old.boundaryName
        : boundaryDisplayName(boundary),
    order,
    index,
    source,
    target,
    outOfScope: flow.outOfScope,
    props,
    interactionOutOfScope: flow.outOfScope || source.outOfScope || target.outOfScope,
    crossesBoundary,
    trustDirection,
    boundary,
    asked: null,
    matched: null,
  };
}

function sameChain(
  a: readonly TrustBoundaryElement[],
  b: readonly TrustBoundaryElement[],
): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The first boundary an imported flow is recorded as crossing, when it names one that exists. */
function listedCrossing(
  flow: DataFlow,
  byId: ReadonlyMap<string, DfdElement>,
): TrustBoundaryElement | null {
  for (const id of flow.crossesBoundaryIds ?? []) {
    const boundary = byId.get(id);
    if (boundary?.type === "trustBoundary" && !boundary.outOfScope) return boundary;
  }
  return null;
}

const NO_INFOS: readonly ElementInfo[] = Object.freeze([]);
const NO_CAUSES: readonly Cause[] = Object.freeze([]);
