import { PROCESS_KIND_PROPERTIES } from "../../domain/kindProperties";
import type { TriState } from "../../domain/schema";
import type { FactName } from "../rules/facts";
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

/** A hop's verdict on a path: it closes it, leaves it open, or nobody knows. */
type Hop = "closes" | "open" | "unknown";

interface Origin {
  node: ElementInfo;
  /** Certain (the audience is known to be outsiders) or possible (hinging on `causes`). */
  causes: readonly Cause[] | null;
}

interface Edge {
  flow: FlowInfo;
  to: ElementInfo;
}

interface Spec {
  /** Where paths start, and whether certainly. */
  origins(elements: readonly ElementInfo[]): Origin[];
  /** The hops an origin passes before its first edge (e.g. whether an entity is authenticated). */
  originHop(origin: ElementInfo): [Hop, Cause | null];
  /** The flow itself as a hop. */
  flowHop(flow: FlowInfo): [Hop, Cause | null];
  /** A node passed on the way (not the end of the path): whether it closes the path. */
  nodeHop(node: ElementInfo): [Hop, Cause | null];
  /** Whether paths continue from this node. */
  forwards(node: ElementInfo): boolean;
  /** Whether an origin that is not an external entity counts as reached itself. */
  originReachesItself: boolean;
  edges: ReadonlyMap<ElementInfo, readonly Edge[]>;
}

const OPEN: [Hop, Cause | null] = ["open", null];

function triHop(
  subject: Subject,
  fact: FactName,
  value: unknown,
  closesOn: string,
): [Hop, Cause | null] {
  if (value === closesOn) return ["closes", null];
  if (value === undefined || value === "unknown") return ["unknown", { subject, fact }];
  return OPEN;
}

/** Joins two cause lists, without duplicates, capped. */
function joined(a: readonly Cause[], b: readonly Cause[]): readonly Cause[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out = [...a];
  for (const cause of b) {
    if (out.length >= MAX_CAUSES) break;
    if (!out.some((c) => c.subject === cause.subject && c.fact === cause.fact)) out.push(cause);
  }
  return out.length === a.length ? a : out;
}

/**
 * Runs one fact: certain paths first (every hop known open), then possible ones, whose causes
 * are the unknown hops and origins they pass. A node reached certainly is never downgraded.
 */
function propagate(elements: readonly ElementInfo[], spec: Spec): Map<ElementInfo, Reach> {
  const certain = new Set<ElementInfo>();
  const possible = new Map<ElementInfo, readonly Cause[]>();
  const origins = spec.origins(elements);
  const reachesItself = (node: ElementInfo) =>
    spec.originReachesItself && node.element.type !== "externalEntity";

  // Phase 1: certain paths (every hop known to be open).
  const queue: ElementInfo[] = [];
  const expandCertain = (from: ElementInfo) => {
    for (const edge of spec.edges.get(from) ?? []) {
      if (spec.flowHop(edge.flow)[0] !== "open" || certain.has(edge.to)) continue;
      certain.add(edge.to);
      if (spec.forwards(edge.to) && spec.nodeHop(edge.to)[0] === "open") queue.push(edge.to);
    }
  };
  for (const origin of origins) {
    if (origin.causes !== null || spec.originHop(origin.node)[0] !== "open") continue;
    if (reachesItself(origin.node)) certain.add(origin.node);
    // Requests that arrive at an internet-exposed process pass it on the way to its callees.
    if (spec.forwards(origin.node) && spec.nodeHop(origin.node)[0] !== "open") continue;
    expandCertain(origin.node);
  }
  while (queue.length > 0) expandCertain(queue.pop()!);

  // Phase 2: possible paths, with the unknowns they pass. Certain nodes are starting points too:
  // what lies beyond them may be reachable only through an unknown hop.
  const pending: Array<[ElementInfo, readonly Cause[]]> = [];
  const expand = (from: ElementInfo, causes: readonly Cause[]) => {
    for (const edge of spec.edges.get(from) ?? []) {
      const [hop, cause] = spec.flowHop(edge.flow);
      if (hop === "closes") continue;
      const onward = cause ? joined(causes, [cause]) : causes;
      if (onward.length === 0 || certain.has(edge.to)) continue;
      const known = possible.get(edge.to);
      const next = known ? joined(known, onward) : onward;
      if (known !== undefined && next === known) continue;
      possible.set(edge.to, next);
      if (!spec.forwards(edge.to)) continue;
      const [nodeHop, nodeCause] = spec.nodeHop(edge.to);
      if (nodeHop === "closes") continue;
      pending.push([edge.to, nodeCause ? joined(onward, [nodeCause]) : onward]);
    }
  };
  for (const origin of origins) {
    const [hop, cause] = spec.originHop(origin.node);
    if (hop === "closes") continue;
    let causes = origin.causes ?? NO_CAUSES;
    if (cause) causes = joined(causes, [cause]);
    if (causes.length > 0 && reachesItself(origin.node) && !certain.has(origin.node)) {
      possible.set(origin.node, joined(possible.get(origin.node) ?? NO_CAUSES, causes));
    }
    if (spec.forwards(origin.node)) {
      const [nodeHop, nodeCause] = spec.nodeHop(origin.node);
      if (nodeHop === "closes") continue;
      if (nodeCause) causes = joined(causes, [nodeCause]);
    }
    expand(origin.node, causes);
  }
  for (const node of certain) {
    if (!spec.forwards(node)) continue;
    const [hop, cause] = spec.nodeHop(node);
    if (hop === "unknown" && cause) expand(node, [cause]);
    else if (hop === "open") expand(node, NO_CAUSES);
  }
  while (pending.length > 0) {
    const [from, causes] = pending.pop()!;
    expand(from, causes);
  }

  const result = new Map<ElementInfo, Reach>();
  for (const node of certain) result.set(node, REACHED);
  for (const [node, causes] of possible) {
    if (!certain.has(node)) result.set(node, { value: "unknown", causes });
  }
  return result;
}

// Spec helpers -------------------------------------------------------------------------------

type SpecInput = Omit<Spec, "edges">;

const PUBLIC = new Set(["anonymous", "customers"]);
const INSIDERS = new Set(["partners", "employees"]);

function audienceOrigin(node: ElementInfo, wanted: ReadonlySet<string>): Origin | null {
  const audience = node.props.audience;
  if (typeof audience === "string" && wanted.has(audience)) return { node, causes: null };
  if (audience === undefined || audience === "unknown") {
    return { node, causes: [{ subject: node, fact: "audience" }] };
  }
  return null;
}

/** External entities whose audience is (maybe) in `wanted`, and internet-exposed processes. */
function requestOrigins(wanted: ReadonlySet<string>, includeExposed: boolean) {
  return (elements: readonly ElementInfo[]): Origin[] => {
    const out: Origin[] = [];
    for (const info of elements) {
      const type = info.element.type;
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
  };
}

function build(input: SpecInput, edges: ReadonlyMap<ElementInfo, readonly Edge[]>): Spec {
  return { ...input, edges };
}

/** Request edges: from the end that starts the exchange to the other. */
function requestEdges(flows: readonly FlowInfo[]): Map<ElementInfo, Edge[]> {
  const edges = new Map<ElementInfo, Edge[]>();
  for (const flow of flows) {
    const sourceStarts = flow.props.initiatedBy !== "target";
    const from = sourceStarts ? flow.source : flow.target;
    const to = sourceStarts ? flow.target : flow.source;
    let list = edges.get(from);
    if (!list) edges.set(from, (list = []));
    list.push({ flow, to });
  }
  return edges;
}

/** Data edges: along each flow, both ways for bidirectional ones. */
function dataEdges(flows: readonly FlowInfo[]): Map<ElementInfo, Edge[]> {
  const edges = new Map<ElementInfo, Edge[]>();
  const add = (from: ElementInfo, to: ElementInfo, flow: FlowInfo) => {
    let list = edges.get(from);
    if (!list) edges.set(from, (list = []));
    list.push({ flow, to });
  };
  for (const flow of flows) {
    add(flow.source, flow.target, flow);
    if (flow.flow.bidirectional) add(flow.target, flow.source, flow);
  }
  return edges;
}

const isProcess = (node: ElementInfo) => node.element.type === "process";

/** Components that can meter model tokens or compute (and so may be asked whether they do). */
function capsTokens(node: ElementInfo): boolean {
  const element = node.element;
  if (element.type !== "process" || element.mlKind === null) return false;
  return (PROCESS_KIND_PROPERTIES.costLimited as readonly string[]).includes(element.mlKind);
}
const noHop = (): [Hop, Cause | null] => OPEN;

/** Derives every reach fact for every element. */
export function deriveReach(
  elements: readonly ElementInfo[],
  flows: readonly FlowInfo[],
): Map<ElementInfo, Record<ReachFact, Reach>> {
  const request = requestEdges(flows);
  const data = dataEdges(flows);
  const publicOrigins = requestOrigins(PUBLIC, true);
  const specs: Record<ReachFact, Spec> = {
    publicReach: build(
      {
        origins: publicOrigins,
        originHop: noHop,
        flowHop: noHop,
        nodeHop: noHop,
        forwards: isProcess,
        originReachesItself: true,
      },
      request,
    ),
    insiderReach: build(
      {
        origins: requestOrigins(INSIDERS, false),
        originHop: noHop,
        flowHop: noHop,
        nodeHop: noHop,
        forwards: isProcess,
        originReachesItself: false,
      },
      request,
    ),
    anonymousReach: build(
      {
        origins: requestOrigins(new Set(["anonymous"]), true),
        originHop: noHop,
        flowHop: noHop,
        nodeHop: noHop,
        forwards: isProcess,
        originReachesItself: true,
      },
      request,
    ),
    publicUnauthReach: build(
      {
        origins: publicOrigins,
        // An internet-exposed process that authenticates its callers lets no unauthenticated
        // request past its login: it is reached, but not without authentication.
        originHop: (node) =>
          node.element.type === "externalEntity"
            ? triHop(node, "authenticated", node.props.authenticated, "yes")
            : triHop(node, "authenticatesCallers", node.props.authenticatesCallers, "yes"),
        flowHop: (flow) => triHop(flow, "authenticated", flow.props.authenticated, "yes"),
        nodeHop: (node) =>
          triHop(node, "authenticatesCallers", node.props.authenticatesCallers, "yes"),
        forwards: isProcess,
        originReachesItself: true,
      },
      request,
    ),
    publicUnlimitedReach: build(
      {
        origins: publicOrigins,
        originHop: noHop,
        flowHop: noHop,
        nodeHop: (node) => triHop(node, "rateLimited", node.props.rateLimited, "yes"),
        forwards: isProcess,
        originReachesItself: true,
      },
      request,
    ),
    publicUncappedReach: build(
      {
        origins: publicOrigins,
        originHop: noHop,
        flowHop: noHop,
        // A component that does not serve models (a generic gateway) caps no tokens unless said so.
        nodeHop: (node) =>
          node.props.costLimited === undefined && !capsTokens(node)
            ? OPEN
            : triHop(node, "costLimited", node.props.costLimited, "yes"),
        forwards: isProcess,
        originReachesItself: true,
      },
      request,
    ),
    publicInfluence: build(
      {
        origins: requestOrigins(PUBLIC, true),
        originHop: noHop,
        flowHop: noHop,
        nodeHop: noHop,
        forwards: (node) => node.element.type !== "externalEntity",
        originReachesItself: false,
      },
      data,
    ),
    insiderInfluence: build(
      {
        origins: (all) => {
          const out: Origin[] = [];
          for (const info of all) {
            if (info.element.type === "externalEntity") {
              const audience = info.props.audience;
              if (typeof audience === "string" && INSIDERS.has(audience)) {
                out.push({ node: info, causes: null });
              }
            } else if (info.element.type === "dataStore" && info.props.writeAccess === "broad") {
              out.push({ node: info, causes: null });
            }
          }
          return out;
        },
        originHop: noHop,
        flowHop: noHop,
        nodeHop: noHop,
        forwards: (node) => node.element.type !== "externalEntity",
        originReachesItself: true,
      },
      data,
    ),
  };
  const perFact = REACH_FACTS.map((fact) => [fact, propagate(elements, specs[fact])] as const);
  const out = new Map<ElementInfo, Record<ReachFact, Reach>>();
  for (const info of elements) {
    if (info.element.type === "trustBoundary") continue;
    const table = {} as Record<ReachFact, Reach>;
    let any = false;
    for (const [fact, map] of perFact) {
      const reach = map.get(info);
      table[fact] = reach ?? NOT_REACHED;
      if (reach) any = true;
    }
    if (any) out.set(info, table);
  }
  return out;
}
