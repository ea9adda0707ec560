import type {
  DataFlow,
  DfdElement,
  ThreatModel,
  TriState,
  TrustBoundaryElement,
} from "../../domain/schema";
import { boundaryDisplayName, elementDisplayName, flowDisplayName } from "../names";
import { elementEvidence, flowEvidence } from "./evidence";
import { deriveReach, NO_REACH, type Cause } from "./exposure";
import { reuseReach, sameReachInputs } from "./reuseReach";
import { kindKeyOf } from "./kindKeys";
import type { ElementInfo, FlowInfo, TrustDirection, World } from "./world";

const NO_CHAIN: readonly TrustBoundaryElement[] = Object.freeze([]);

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

  const elements: ElementInfo[] = new Array<ElementInfo>(model.elements.length);
  const elementsById = new Map<string, ElementInfo>();
  let elementCount = 0;
  let boundaryCount = 0;
  for (let order = 0; order < model.elements.length; order++) {
    const element = model.elements[order]!;
    const chain =
      element.parentId === null ? NO_CHAIN : boundaryChain(element.parentId, byId, chains);
    const info = elementInfo(element, order, chain, previous?.elementsById.get(element.id));
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
    const old = previous?.flowsById.get(flow.id);
    const info = flowInfo(flow, order, flows.length, source, target, byId, old);
    flows.push(info);
    flowsById.set(flow.id, info);
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
  };
}

/**
 * Trust boundaries by id: all that chains and recorded crossings look up. Ids are unique in a
 * valid document; in one that is not, the last element with an id wins, as in a map of all.
 */
function boundariesById(elements: readonly DfdElement[]): Map<string, DfdElement> {
  const byId = new Map<string, DfdElement>();
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i]!;
    if (element.type === "trustBoundary") byId.set(element.id, element);
    else if (byId.size > 0 && byId.has(element.id)) byId.delete(element.id);
  }
  return byId;
}

/**
 * The boundaries containing a boundary (itself first), memoised. Cycle-safe: a parent that
 * would close a cycle, or is not a boundary, ends the chain.
 */
export function boundaryChain(
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
  old: ElementInfo | undefined,
): ElementInfo {
  const innermost = chain[0];
  let outOfScope = element.outOfScope;
  for (let i = 0; !outOfScope && i < chain.length; i++) outOfScope = chain[i]!.outOfScope;
  // Evidence and names read the element and its boundaries only.
  const same = old !== undefined && old.element === element && sameChain(old.chain, chain);
  const evidence = same ? old : elementEvidence(element, chain);
  const ownPersonalData =
    element.type === "dataStore"
      ? ((evidence.props.containsPersonalData as TriState | undefined) ?? "unknown")
      : "no";
  const info: ElementInfo = {
    kind: "element",
    id: element.id,
    element,
    name: same ? old.name : elementDisplayName(element),
    kindKey: same ? old.kindKey : kindKeyOf(element),
    boundaryName: same ? old.boundaryName : boundaryDisplayName(innermost),
    order,
    chain,
    zoneKind: innermost ? innermost.props.zoneKind : "none",
    trustLevel: innermost?.props.trustLevel,
    outOfScope,
    props: evidence.props,
    inferences: evidence.inferences,
    reach: NO_REACH,
    // A store's own answer; flows that end here are added by `connect`.
    handlesPersonalData: ownPersonalData,
    handlesSensitiveData:
      ownPersonalData === "yes" || isSensitive(evidence.props.classification) ? "yes" : "no",
    personalDataCauses: NO_CAUSES,
    inDegree: 0,
    outDegree: 0,
    upstream: NO_INFOS,
    downstream: NO_INFOS,
    neighbours: NO_INFOS,
    visit: 0,
    asked: null,
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
  const evidence = same ? old : flowEvidence(flow, source.element, target.element);
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
    props: evidence.props,
    inferences: evidence.inferences,
    interactionOutOfScope: flow.outOfScope || source.outOfScope || target.outOfScope,
    crossesBoundary,
    trustDirection,
    boundary,
    asked: null,
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

/**
 * Records every flow on its ends: degrees, neighbours, and personal data ("yes" when a flow
 * carrying it ends here, either end of a bidirectional flow; "unknown" when that hinges on an
 * unknown). Degrees first, which bound the lists, so that each list is made once at its size.
 */
function connectAll(elements: readonly ElementInfo[], flows: readonly FlowInfo[]): void {
  const touching = new Uint32Array(elements.length);
  for (let i = 0; i < flows.length; i++) {
    const { source, target, flow } = flows[i]!;
    source.outDegree++;
    target.inDegree++;
    touching[source.order]!++;
    touching[target.order]!++;
    if (flow.bidirectional) {
      source.inDegree++;
      target.outDegree++;
    }
  }
  for (let i = 0; i < elements.length; i++) {
    const info = elements[i]!;
    if (touching[i] === 0) continue;
    info.upstream = new Array<ElementInfo>(info.inDegree);
    info.downstream = new Array<ElementInfo>(info.outDegree);
    info.neighbours = new Array<ElementInfo>(touching[i]!);
  }
  const up = new Uint32Array(elements.length);
  const down = new Uint32Array(elements.length);
  const near = new Uint32Array(elements.length);
  for (let i = 0; i < flows.length; i++) {
    const info = flows[i]!;
    const { source, target, flow } = info;
    const carries = (info.props.carriesPersonalData as TriState | undefined) ?? "unknown";
    addOnce(source.downstream, down, source.order, target);
    addOnce(target.upstream, up, target.order, source);
    addOnce(source.neighbours, near, source.order, target);
    addOnce(target.neighbours, near, target.order, source);
    receivePersonalData(target, info, carries);
    if (flow.bidirectional) {
      addOnce(target.downstream, down, target.order, source);
      addOnce(source.upstream, up, source.order, target);
      receivePersonalData(source, info, carries);
    }
  }
  // Two flows between the same pair list it once: trim what was reserved for repeats.
  for (let i = 0; i < elements.length; i++) {
    if (touching[i] === 0) continue;
    const info = elements[i]!;
    trim(info.upstream, up[i]!);
    trim(info.downstream, down[i]!);
    trim(info.neighbours, near[i]!);
  }
}

function trim(list: readonly ElementInfo[], length: number): void {
  if (list.length !== length) (list as ElementInfo[]).length = length;
}

/** Appends `info` to the first `filled[at]` entries of `list` unless it is among them. */
function addOnce(
  list: readonly ElementInfo[],
  filled: Uint32Array,
  at: number,
  info: ElementInfo,
): void {
  const count = filled[at]!;
  for (let i = 0; i < count; i++) if (list[i] === info) return;
  (list as ElementInfo[])[count] = info;
  filled[at] = count + 1;
}

const SENSITIVE_CLASSES: ReadonlySet<unknown> = new Set(["confidential", "restricted"]);
function isSensitive(classification: unknown): boolean {
  return SENSITIVE_CLASSES.has(classification);
}

function receivePersonalData(element: ElementInfo, flow: FlowInfo, carries: TriState): void {
  if (carries === "yes" || isSensitive(flow.props.classification))
    element.handlesSensitiveData = "yes";
  element.handlesPersonalData = worse(element.handlesPersonalData, carries);
  if (carries === "unknown" && element.personalDataCauses.length < 8) {
    element.personalDataCauses = withCause(element.personalDataCauses, {
      subject: flow,
      fact: "carriesPersonalData",
    });
  }
}

function withCause(list: readonly Cause[], cause: Cause): readonly Cause[] {
  const out = new Array<Cause>(list.length + 1);
  for (let i = 0; i < list.length; i++) out[i] = list[i]!;
  out[list.length] = cause;
  return out;
}

const NO_INFOS: readonly ElementInfo[] = Object.freeze([]);
const NO_CAUSES: readonly Cause[] = Object.freeze([]);

/** Three-valued "or" on tri-states: yes beats unknown beats no. */
function worse(a: TriState, b: TriState): TriState {
  if (a === "yes" || b === "yes") return "yes";
  if (a === "unknown" || b === "unknown") return "unknown";
  return "no";
}
