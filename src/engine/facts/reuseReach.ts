import type { Cause, Reach, ReachFact, ReachTable } from "./exposure";
import { REACH_FACTS } from "./exposure";
import type { ElementInfo, FlowInfo, Subject, World } from "./world";

/**
 * Reach facts (exposure.ts) read only: the elements in order with their type, ML kind and these
 * effective properties, and the flows in order with their ends, direction and these properties.
 * When none of that changed between two versions, the reach tables are the same but for the
 * subjects their causes name, which belong to the world they were derived in.
 */
const ELEMENT_PROPS = [
  "audience",
  "internetExposed",
  "authenticatesCallers",
  "authenticated",
  "rateLimited",
  "costLimited",
  "writeAccess",
] as const;
const FLOW_PROPS = ["initiatedBy", "authenticated"] as const;

export function sameReachInputs(
  before: World,
  elements: readonly ElementInfo[],
  flows: readonly FlowInfo[],
): boolean {
  if (before.elements.length !== elements.length || before.flows.length !== flows.length) {
    return false;
  }
  for (let i = 0; i < elements.length; i++) {
    const a = before.elements[i]!;
    const b = elements[i]!;
    if (a.id !== b.id) return false;
    if (a.element !== b.element) {
      if (a.element.type !== b.element.type) return false;
      if (a.element.type !== "trustBoundary" && b.element.type !== "trustBoundary") {
        if (a.element.mlKind !== b.element.mlKind) return false;
      }
    }
    if (a.props !== b.props && !samePropsOf(a.props, b.props, ELEMENT_PROPS)) return false;
  }
  for (let i = 0; i < flows.length; i++) {
    const a = before.flows[i]!;
    const b = flows[i]!;
    if (a.id !== b.id || a.source.id !== b.source.id || a.target.id !== b.target.id) return false;
    if (a.flow.bidirectional !== b.flow.bidirectional) return false;
    if (a.props !== b.props && !samePropsOf(a.props, b.props, FLOW_PROPS)) return false;
  }
  return true;
}

function samePropsOf(
  a: Readonly<Record<string, unknown>>,
  b: Readonly<Record<string, unknown>>,
  keys: readonly string[],
): boolean {
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}

/** Gives every element the reach table of its counterpart in `before`, causes re-pointed. */
export function reuseReach(
  before: World,
  elements: readonly ElementInfo[],
  elementsById: ReadonlyMap<string, ElementInfo>,
  flowsById: ReadonlyMap<string, FlowInfo>,
): void {
  const subjectOf = (subject: Subject): Subject =>
    subject.kind === "element" ? elementsById.get(subject.id)! : flowsById.get(subject.id)!;
  // Cause lists are shared between facts and elements: re-pointed once each.
  const lists = new Map<readonly Cause[], readonly Cause[]>();
  const repoint = (causes: readonly Cause[]): readonly Cause[] => {
    if (causes.length === 0) return causes;
    let moved = lists.get(causes);
    if (!moved) {
      moved = causes.map((cause) => ({ subject: subjectOf(cause.subject), fact: cause.fact }));
      lists.set(causes, moved);
    }
    return moved;
  };
  for (let i = 0; i < elements.length; i++) {
    const old = before.elements[i]!.reach;
    let table: ReachTable = old;
    for (const fact of REACH_FACTS) {
      if (old[fact].causes.length === 0) continue;
      if (table === old) table = { ...old };
      const reach: Reach = { value: old[fact].value, causes: repoint(old[fact].causes) };
      (table as Record<ReachFact, Reach>)[fact] = reach;
    }
    elements[i]!.reach = table;
  }
}
