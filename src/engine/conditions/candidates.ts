import type { QuantifierBody } from "../rules/schema";
import type { ElementInfo, Subject } from "../facts/world";
import type { EvalContext } from "./context";

const NONE: readonly ElementInfo[] = Object.freeze([]);

/**
 * The elements a quantifier looks at, before its target filter and scope check. For a flow,
 * upstream starts at its source and downstream at its target; its neighbours are its two ends.
 */
export function candidatesOf(ctx: EvalContext, body: QuantifierBody): readonly ElementInfo[] {
  if (body.from === "model") return ctx.world.elements;
  const start = subjectOf(ctx, body.of ?? "element");
  if (start === undefined) return NONE;
  const hops = body.hops ?? 1;
  if (body.from === "neighbours") {
    return start.kind === "element" ? start.neighbours : [start.source, start.target];
  }
  if (body.from === "upstream") {
    return start.kind === "element"
      ? within(start.upstream, hops, upstreamStep, start)
      : within([start.source], hops, upstreamStep, null);
  }
  return start.kind === "element"
    ? within(start.downstream, hops, downstreamStep, start)
    : within([start.target], hops, downstreamStep, null);
}

function subjectOf(ctx: EvalContext, of: "element" | "source" | "target"): Subject | undefined {
  return of === "element" ? ctx.element : of === "source" ? ctx.source : ctx.target;
}

const upstreamStep = (info: ElementInfo) => info.upstream;
const downstreamStep = (info: ElementInfo) => info.downstream;

/** Elements within `hops` steps, nearest first, given the first step; `exclude` is never included. */
function within(
  first: readonly ElementInfo[],
  hops: number,
  step: (info: ElementInfo) => readonly ElementInfo[],
  exclude: ElementInfo | null,
): readonly ElementInfo[] {
  if (hops <= 1) return first;
  const seen = new Set<ElementInfo>();
  if (exclude) seen.add(exclude);
  const out: ElementInfo[] = [];
  let frontier: ElementInfo[] = [];
  for (const info of first) {
    if (seen.has(info)) continue;
    seen.add(info);
    out.push(info);
    frontier.push(info);
  }
  for (let hop = 2; hop <= hops && frontier.length > 0; hop++) {
    const next: ElementInfo[] = [];
    for (const info of frontier) {
      for (const neighbour of step(info)) {
        if (seen.has(neighbour)) continue;
        seen.add(neighbour);
        out.push(neighbour);
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  return out;
}
