import { PROCESS_KIND_PROPERTIES } from "../../domain/kindProperties";
import type { TriState } from "../../domain/schema";
import type { FactName } from "../rules/facts";
import { WorkList } from "./workList";
import type { ElementInfo, FlowInfo, Subject } from "./world";

/**
 * Who can reach an element, derived once per evaluation.
 *
 * Requests travel along *request paths*: from the end that starts an exchange (a flow's
 * `initiatedBy`, inferred where unknown) to the other end, through processes only — a data store
 * answers, it does not pass requests on — and never against a pull (a training job that fetches
 * from a package index is not callable by it). A path carries what it already enforces: a hop that
 * authenticates (an authenticated entity or flow, a process that authenticates its callers) or
 * limits rates closes the path for the "unauthenticated" and "unlimited" facts.
 *
 * Data influence travels along the data: from who writes it, through processes and stores, to
 * whoever reads it, for poisoning-style premises.
 *
 * Every fact is three-valued: "yes" when a definite path exists, "unknown" when a path exists only
 * if some unknown answer goes the wrong way (those answers are its *causes*, so the question asked
 * is the precise one: "Who is behind API client?" rather than "Is X reachable?"), else "no".
 */

/** One unknown stored (or inferred-unknown) property a derived fact hinges on. */
export interface Cause {
  subject: Subject;
  fact: FactName;
}

export const REACH_FACTS = [
  "publicReach",
  "insiderReach",
  "anonymousReach",
  "publicUnauthReach",
  "publicUnlimitedReach",
  "publicUncappedReach",
  "publicInfluence",
  "insiderInfluence",
] as const;
export type ReachFact = (typeof REACH_FACTS)[number];

export interface Reach {
  value: TriState;
  causes: readonly Cause[];
}

const NO_CAUSES: readonly Cause[] = Object.freeze([]);
const NOT_REACHED: Reach = Object.freeze({ value: "no", causes: NO_CAUSES });
const REACHED: Reach = Object.freeze({ value: "yes", causes: NO_CAUSES });
/** Enough to ask the right questions; more would only repeat them. */
const MAX_CAUSES = 6;

export type ReachTable = Readonly<Record<ReachFact, Reach>>;

export const NO_REACH: ReachTable = Object.freeze(
  Object.fromEntries(REACH_FACTS.map((fact) => [fact, NOT_REACHED])) as Record<ReachFact, Reach>,
);

/**
 * A hop's verdict on a path: it closes it, leaves it open, or (a Cause) nobody knows, because of
 * that unknown. Sentinels and causes, not tuples: hops are asked for thousands of times.
 */
const CLOSES = Object.freeze({ hop: "closes" });
const OPEN = Object.freeze({ hop: "open" });
type Hop = typeof CLOSES | typeof OPEN | Cause;

interface Origin {
  node: ElementInfo;
  /** Certain (the audience is known to be outsiders) or possible (hinging on `causes`). */
  causes: readonly Cause[] | null;
}

/**
 * Outgoing edges of every element, in three flat lists rather than an object per edge: those
 * leaving the element of order `i` are at positions `start[i]` to `start[i + 1]` (exclusive) of
 * `flows` (the flow) and `to` (the element it leads to).
 */
interface Edges {
  readonly start: Uint32Array;
  readonly flows: readonly FlowInfo[];
  readonly to: readonly ElementInfo[];
}

interface Spec {
  /** Where paths start, and whether certainly. */
  origins: readonly Origin[];
  /** The hops an origin passes before its first edge (e.g. whether an entity is authenticated). */
  originHop: (origin: ElementInfo) => Hop;
  /** The flow itself as a hop. */
  flowHop: (flow: FlowInfo) => Hop;
  /** A node passed on the way (not the end of the path): whether it closes the path. */
  nodeHop: (node: ElementInfo) => Hop;
  /** Whether paths continue from this node. */
  forwards: (node: ElementInfo) => boolean;
  /** Whether an origin that is not an external entity counts as reached itself. */
  originReachesItself: boolean;
  edges: Edges;
}

function triHop(subject: Subject, fact: FactName, value: unknown, closesOn: string): Hop {
  if (value === closesOn) return CLOSES;
  if (value === undefined || value === "unknown") return { subject, fact };
  return OPEN;
}

/** Joins two cause lists, without duplicates, capped. */
function joined(a: readonly Cause[], b: readonly Cause[]): readonly Cause[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  // Counted first, so that the list made is made at its size.
  let added = 0;
  for (let i = 0; i < b.length && a.length + added < MAX_CAUSES; i++) {
    if (!hasCause(a, b[i]!) && !hasCauseBefore(b, i)) added++;
  }
  if (added === 0) return a;
  const out = new Array<Cause>(a.length + added);
  for (let i = 0; i < a.length; i++) out[i] = a[i]!;
  let next = a.length;
  for (let i = 0; i < b.length && next < out.length; i++) {
    if (!hasCause(a, b[i]!) && !hasCauseBefore(b, i)) out[next++] = b[i]!;
  }
  return out;
}

/** Whether `list[index]` repeats a cause listed before it. */
function hasCauseBefore(list: readonly Cause[], index: number): boolean {
  const cause = list[index]!;
  for (let i = 0; i < index; i++) {
    if (list[i]!.subject === cause.subject && list[i]!.fact === cause.fact) return true;
  }
  return false;
}

function hasCause(list: readonly Cause[], cause: Cause): boolean {
  for (let i = 0; i < list.length; i++) {
    if (list[i]!.subject === cause.subject && list[i]!.fact === cause.fact) return true;
  }
  return false;
}

/** `joined(a, [cause])` without the one-element list. */
function joinedOne(a: readonly Cause[], cause: Cause): readonly Cause[] {
  if (a.length === 0) return [cause];
  if (a.length >= MAX_CAUSES) return a;
  for (let i = 0; i < a.length; i++) {
    if (a[i]!.subject === cause.subject && a[i]!.fact === cause.fact) return a;
  }
  const out = new Array<Cause>(a.length + 1);
  for (let i = 0; i < a.length; i++) out[i] = a[i]!;
  out[a.length] = cause;
  return out;
}

/**
 * Hops asked of one spec, memoised per element (by order) and flow (by position in `flows`), so
 * an unknown hop is one Cause object however often a path passes it. One memo serves every spec
 * in turn (see `Scratch`).
 */
class HopMemo<T extends { order: number }> {
  private readonly known: (Hop | undefined)[];
  private ask: (subject: T) => Hop = noHop;
  /** Hops that never close nor hinge on anything (most specs' flows and nodes) need no memo. */
  private alwaysOpen = true;
  /** Whether `known` holds hops of an earlier spec. */
  private used = false;

  constructor(size: number) {
    this.known = new Array<Hop | undefined>(size);
  }

  /** Starts over with the hops of another spec. */
  reset(ask: (subject: T) => Hop): void {
    this.ask = ask;
    this.alwaysOpen = ask === noHop;
    if (this.used && !this.alwaysOpen) {
      this.known.fill(undefined);
      this.used = false;
    }
  }

  get(subject: T): Hop {
    if (this.alwaysOpen) return OPEN;
    let hop = this.known[subject.order];
    if (hop === undefined) {
      this.known[subject.order] = hop = this.ask(subject);
      this.used = true;
    }
    return hop;
  }
}

/**
 * What `propagate` works in, made once per derivation and left clean after each fact (its
 * lists empty, its marks cleared), so the eight facts share one set of buffers.
 */
class Scratch {
  readonly isCertain: Uint8Array;
  readonly certainList = new WorkList<ElementInfo>();
  readonly possible: (readonly Cause[] | undefined)[];
  readonly possibleList = new WorkList<ElementInfo>();
  readonly queue = new WorkList<ElementInfo>();
  readonly pendingNodes = new WorkList<ElementInfo>();
  readonly pendingCauses = new WorkList<readonly Cause[]>();
  readonly nodeHops: HopMemo<ElementInfo>;
  readonly flowHops: HopMemo<FlowInfo>;

  constructor(size: number, flowSlots: number) {
    this.isCertain = new Uint8Array(size);
    this.possible = new Array<readonly Cause[] | undefined>(size);
    this.nodeHops = new HopMemo(size);
    this.flowHops = new HopMemo(flowSlots);
  }

  /** Clears the marks of the fact just run (the work lists are already empty). */
  clear(): void {
    const { certainList, possibleList, isCertain, possible } = this;
    for (let i = 0; i < certainList.count; i++) isCertain[certainList.at(i).order] = 0;
    for (let i = 0; i < possibleList.count; i++) possible[possibleList.at(i).order] = undefined;
    certainList.clear();
    possibleList.clear();
  }
}

/**
 * Runs one fact: certain paths first (every hop known open), then possible ones, whose causes
 * are the unknown hops and origins they pass. A node reached certainly is never downgraded.
 */
function propagate(scratch: Scratch, spec: Spec, out: (Reach | undefined)[]): void {
  const { isCertain, certainList, possible, possibleList, nodeHops, flowHops } = scratch;
  const { origins, edges, forwards } = spec;
  const { start, flows: edgeFlows, to: edgeTo } = edges;
  nodeHops.reset(spec.nodeHop);
  flowHops.reset(spec.flowHop);
  const reachesItself = (node: ElementInfo) =>
    spec.originReachesItself && node.type !== "externalEntity";
  const markCertain = (node: ElementInfo) => {
    isCertain[node.order] = 1;
    certainList.push(node);
  };

  // Phase 1: certain paths (every hop known to be open).
  const queue = scratch.queue;
  const expandCertain = (from: ElementInfo) => {
    for (let e = start[from.order]!, end = start[from.order + 1]!; e < end; e++) {
      const to = edgeTo[e]!;
      if (flowHops.get(edgeFlows[e]!) !== OPEN || isCertain[to.order] === 1) continue;
      markCertain(to);
      if (forwards(to) && nodeHops.get(to) === OPEN) queue.push(to);
    }
  };
  for (const origin of origins) {
    if (origin.causes !== null || spec.originHop(origin.node) !== OPEN) continue;
    if (reachesItself(origin.node) && isCertain[origin.node.order] === 0) markCertain(origin.node);
    // Requests that arrive at an internet-exposed process pass it on the way to its callees.
    if (forwards(origin.node) && nodeHops.get(origin.node) !== OPEN) continue;
    expandCertain(origin.node);
  }
  while (queue.count > 0) expandCertain(queue.pop());

  // Phase 2: possible paths, with the unknowns they pass. Certain nodes are starting points too:
  // what lies beyond them may be reachable only through an unknown hop.
  const setPossible = (node: ElementInfo, causes: readonly Cause[]) => {
    if (possible[node.order] === undefined) possibleList.push(node);
    possible[node.order] = causes;
  };
  const { pendingNodes, pendingCauses } = scratch;
  const expand = (from: ElementInfo, causes: readonly Cause[]) => {
    for (let e = start[from.order]!, end = start[from.order + 1]!; e < end; e++) {
      const hop = flowHops.get(edgeFlows[e]!);
      if (hop === CLOSES) continue;
      const onward = hop === OPEN ? causes : joinedOne(causes, hop as Cause);
      const to = edgeTo[e]!;
      if (onward.length === 0 || isCertain[to.order] === 1) continue;
      const known = possible[to.order];
      const next = known ? joined(known, onward) : onward;
      if (known !== undefined && next === known) continue;
      setPossible(to, next);
      if (!forwards(to)) continue;
      const nodeHop = nodeHops.get(to);
      if (nodeHop === CLOSES) continue;
      pendingNodes.push(to);
      pendingCauses.push(nodeHop === OPEN ? onward : joinedOne(onward, nodeHop as Cause));
    }
  };
  for (const origin of origins) {
    const hop = spec.originHop(origin.node);
    if (hop === CLOSES) continue;
    let causes = origin.causes ?? NO_CAUSES;
    if (hop !== OPEN) causes = joinedOne(causes, hop as Cause);
    const node = origin.node;
    if (causes.length > 0 && reachesItself(node) && isCertain[node.order] === 0) {
      setPossible(node, joined(possible[node.order] ?? NO_CAUSES, causes));
    }
    if (forwards(node)) {
      const nodeHop = nodeHops.get(node);
      if (nodeHop === CLOSES) continue;
      if (nodeHop !== OPEN) causes = joinedOne(causes, nodeHop as Cause);
    }
    expand(node, causes);
  }
  for (let i = 0; i < certainList.count; i++) {
    const node = certainList.at(i);
    if (!forwards(node)) continue;
    const hop = nodeHops.get(node);
    if (hop === OPEN) expand(node, NO_CAUSES);
    else if (hop !== CLOSES) expand(node, [hop as Cause]);
  }
  while (pendingNodes.count > 0) expand(pendingNodes.pop(), pendingCauses.pop());

  for (let i = 0; i < certainList.count; i++) out[certainList.at(i).order] = REACHED;
  for (let i = 0; i < possibleList.count; i++) {
    const node = possibleList.at(i);
    if (isCertain[node.order] === 0)
      out[node.order] = { value: "unknown", causes: possible[node.order]! };
  }
  scratch.clear();
}

// Spec helpers -------------------------------------------------------------------------------

const PUBLIC = new Set(["anonymous", "customers"]);
const INSIDERS = new Set(["partners", "employees"]);
const ANONYMOUS = new Set(["anonymous"]);

function audienceOrigin(node: ElementInfo, wanted: ReadonlySet<string>): Origin | null {
  const audience = node.props.audience;
  if (typeof audience === "string" && wanted.has(audience)) return { node, causes: null };
  if (audience === undefined || audience === "unknown") {
    return { node, causes: [{ subject: node, fact: "audience" }] };
  }
  return null;
}

/** External entities whose audience is (maybe) in `wanted`, and internet-exposed processes. */
function requestOrigins(
  elements: readonly ElementInfo[],
  wanted: ReadonlySet<string>,
  includeExposed: boolean,
): Origin[] {
  const out: Origin[] = [];
  for (const info of elements) {
    const type = info.type;
    if (type === "externalEntity") {
      const origin = audienceOrigin(info, wanted);
      if (origin) out.push(origin);
    } else if (type === "process" && includeExposed) {
      // An exposed process that authenticates its callers lets through only the callers drawn
      // (their audiences say who they are); otherwise whoever finds its address reaches it.
      const exposed = info.props.internetExposed;
      if (exposed === "no" || info.props.authenticatesCallers === "yes") continue;
      if (exposed === "yes") out.push({ node: info, causes: null });
      else out.push({ node: info, causes: [{ subject: info, fact: "internetExposed" }] });
    }
  }
  return out;
}

/** Insiders and stores anyone may write to: where insider data influence starts. */
function insiderInfluenceOrigins(elements: readonly ElementInfo[]): Origin[] {
  const out: Origin[] = [];
  for (const info of elements) {
    if (info.type === "externalEntity") {
      const audience = info.props.audience;
      if (typeof audience === "string" && INSIDERS.has(audience)) {
        out.push({ node: info, causes: null });
      }
    } else if (info.type === "dataStore" && info.props.writeAccess === "broad") {
      out.push({ node: info, causes: null });
    }
  }
  return out;
}

/**
 * Edges of `flows` by the order of the element they leave: `sourceFirst` gives each flow's
 * first edge, and `twoWay` whether it has a way back. Counted first, then filled in flow order.
 */
function edgesOf(
  size: number,
  flows: readonly FlowInfo[],
  sourceFirst: (flow: FlowInfo) => boolean,
  twoWay: (flow: FlowInfo) => boolean,
): Edges {
  const start = new Uint32Array(size + 1);
  let total = 0;
  for (let i = 0; i < flows.length; i++) {
    const flow = flows[i]!;
    const forward = sourceFirst(flow);
    start[(forward ? flow.source : flow.target).order]!++;
    total++;
    if (twoWay(flow)) {
      start[(forward ? flow.target : flow.source).order]!++;
      total++;
    }
  }
  // Counts to positions: each element's edges start where the previous element's end.
  let at = 0;
  for (let i = 0; i <= size; i++) {
    const count = start[i]!;
    start[i] = at;
    at += count;
  }
  const edgeFlows = new Array<FlowInfo>(total);
  const edgeTo = new Array<ElementInfo>(total);
  const filled = start.slice(0, size);
  const add = (from: ElementInfo, to: ElementInfo, flow: FlowInfo) => {
    const e = filled[from.order]!++;
    edgeFlows[e] = flow;
    edgeTo[e] = to;
  };
  for (let i = 0; i < flows.length; i++) {
    const flow = flows[i]!;
    const forward = sourceFirst(flow);
    if (forward) add(flow.source, flow.target, flow);
    else add(flow.target, flow.source, flow);
    if (twoWay(flow)) {
      if (forward) add(flow.target, flow.source, flow);
      else add(flow.source, flow.target, flow);
    }
  }
  return { start, flows: edgeFlows, to: edgeTo };
}

/** Request edges: from the end that starts the exchange to the other. */
function requestEdges(size: number, flows: readonly FlowInfo[]): Edges {
  return edgesOf(size, flows, sourceStarts, never);
}

/** Data edges: along each flow, both ways for bidirectional ones. */
function dataEdges(size: number, flows: readonly FlowInfo[]): Edges {
  return edgesOf(size, flows, always, isBidirectional);
}

const sourceStarts = (flow: FlowInfo) => flow.props.initiatedBy !== "target";
const isBidirectional = (flow: FlowInfo) => flow.flow.bidirectional;
const always = () => true;
const never = () => false;

const isProcess = (node: ElementInfo) => node.type === "process";
const isNotEntity = (node: ElementInfo) => node.type !== "externalEntity";

/** Components that can meter model tokens or compute (and so may be asked whether they do). */
function capsTokens(node: ElementInfo): boolean {
  if (node.type !== "process" || node.mlKind === null) return false;
  return (PROCESS_KIND_PROPERTIES.costLimited as readonly string[]).includes(node.mlKind);
}
const noHop = (): Hop => OPEN;

/** Derives every reach fact for every element, into `ElementInfo.reach` (left as is where none is reached). */
export function deriveReach(elements: readonly ElementInfo[], flows: readonly FlowInfo[]): void {
  const size = elements.length;
  let flowSlots = 0;
  for (const flow of flows) flowSlots = Math.max(flowSlots, flow.order + 1);
  const request = requestEdges(size, flows);
  const data = dataEdges(size, flows);
  // Origins are the same lists for several facts: found once, read only.
  const publicOrigins = requestOrigins(elements, PUBLIC, true);
  const requestSpec = (input: Omit<Spec, "edges" | "forwards">): Spec => ({
    ...input,
    forwards: isProcess,
    edges: request,
  });
  const specs: Record<ReachFact, Spec> = {
    publicReach: requestSpec({
      origins: publicOrigins,
      originHop: noHop,
      flowHop: noHop,
      nodeHop: noHop,
      originReachesItself: true,
    }),
    insiderReach: requestSpec({
      origins: requestOrigins(elements, INSIDERS, false),
      originHop: noHop,
      flowHop: noHop,
      nodeHop: noHop,
      originReachesItself: false,
    }),
    anonymousReach: requestSpec({
      origins: requestOrigins(elements, ANONYMOUS, true),
      originHop: noHop,
      flowHop: noHop,
      nodeHop: noHop,
      originReachesItself: true,
    }),
    publicUnauthReach: requestSpec({
      origins: publicOrigins,
      // An internet-exposed process that authenticates its callers lets no unauthenticated
      // request past its login: it is reached, but not without authentication.
      originHop: (node) =>
        node.type === "externalEntity"
          ? triHop(node, "authenticated", node.props.authenticated, "yes")
          : triHop(node, "authenticatesCallers", node.props.authenticatesCallers, "yes"),
      flowHop: (flow) => triHop(flow, "authenticated", flow.props.authenticated, "yes"),
      nodeHop: (node) =>
        triHop(node, "authenticatesCallers", node.props.authenticatesCallers, "yes"),
      originReachesItself: true,
    }),
    publicUnlimitedReach: requestSpec({
      origins: publicOrigins,
      originHop: noHop,
      flowHop: noHop,
      nodeHop: (node) => triHop(node, "rateLimited", node.props.rateLimited, "yes"),
      originReachesItself: true,
    }),
    publicUncappedReach: requestSpec({
      origins: publicOrigins,
      originHop: noHop,
      flowHop: noHop,
      // A component that does not serve models (a generic gateway) caps no tokens unless said so.
      nodeHop: (node) =>
        node.props.costLimited === undefined && !capsTokens(node)
          ? OPEN
          : triHop(node, "costLimited", node.props.costLimited, "yes"),
      originReachesItself: true,
    }),
    publicInfluence: {
      origins: publicOrigins,
      originHop: noHop,
      flowHop: noHop,
      nodeHop: noHop,
      forwards: isNotEntity,
      originReachesItself: false,
      edges: data,
    },
    insiderInfluence: {
      origins: insiderInfluenceOrigins(elements),
      originHop: noHop,
      flowHop: noHop,
      nodeHop: noHop,
      forwards: isNotEntity,
      originReachesItself: true,
      edges: data,
    },
  };
  const scratch = new Scratch(size, flowSlots);
  const perFact = REACH_FACTS.map((fact) => {
    const reached = new Array<Reach | undefined>(size);
    propagate(scratch, specs[fact], reached);
    return reached;
  });
  for (const info of elements) {
    if (info.type === "trustBoundary") continue;
    let any = false;
    for (let f = 0; f < perFact.length && !any; f++) any = perFact[f]![info.order] !== undefined;
    if (!any) continue;
    const at = info.order;
    // In REACH_FACTS order.
    info.reach = {
      publicReach: perFact[0]![at] ?? NOT_REACHED,
      insiderReach: perFact[1]![at] ?? NOT_REACHED,
      anonymousReach: perFact[2]![at] ?? NOT_REACHED,
      publicUnauthReach: perFact[3]![at] ?? NOT_REACHED,
      publicUnlimitedReach: perFact[4]![at] ?? NOT_REACHED,
      publicUncappedReach: perFact[5]![at] ?? NOT_REACHED,
      publicInfluence: perFact[6]![at] ?? NOT_REACHED,
      insiderInfluence: perFact[7]![at] ?? NOT_REACHED,
    };
  }
}
