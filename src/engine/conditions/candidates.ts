import type { QuantifierBody } from "../rules/schema";
import type { ElementInfo, Subject } from "../facts/world";
import type { EvalContext } from "./context";

const NONE: readonly ElementInfo[] = Object.freeze([]);

/**
 * The elements a quantifier looks at, before its target filter and scope check: the first
 * `ctx.candidateCount` entries of the returned list (read it at once; the next call changes
 * it). For a flow, upstream starts at its source and downstream at its target; its neighbours
 * are its two ends. Walks of more than one hop fill a buffer of `ctx` kept for nesting level
 * `depth`; buffers are overwritten, never shrunk, so walking allocates nothing.
 */
export function candidatesOf(
  ctx: EvalContext,
  body: QuantifierBody,
  depth: number,
): readonly ElementInfo[] {
  if (body.from === "model") return all(ctx, ctx.world.elements);
  const start = subjectOf(ctx, body.of ?? "element");
  if (start === undefined) return all(ctx, NONE);
  if (body.from === "roundTrip") return roundTrip(ctx, start, depth, body.hops ?? 1);
  const hops = body.hops ?? 1;
  const upstream = body.from === "upstream";
  if (body.from === "neighbours" || (start.kind === "flow" && hops <= 1)) {
    if (start.kind === "element") return all(ctx, start.neighbours);
    const buffer = bufferAt(ctx, depth);
    let count = 0;
    if (body.from !== "downstream") buffer[count++] = start.source;
    if (body.from !== "upstream") buffer[count++] = start.target;
    ctx.candidateCount = count;
    return buffer;
  }
  if (start.kind === "element" && hops <= 1) {
    return all(ctx, upstream ? start.upstream : start.downstream);
  }
  const buffer = bufferAt(ctx, depth);
  const stamp = ++ctx.walkStamp;
  let count = 0;
  if (start.kind === "element") {
    start.visit = stamp;
    count = visitAll(upstream ? start.upstream : start.downstream, stamp, buffer, count);
  } else {
    const first = upstream ? start.source : start.target;
    first.visit = stamp;
    buffer[count++] = first;
  }
  let from = 0;
  for (let hop = 2; hop <= hops; hop++) {
    const to = count;
    for (let i = from; i < to; i++) {
      const info = buffer[i]!;
      count = visitAll(upstream ? info.upstream : info.downstream, stamp, buffer, count);
    }
    from = to;
  }
  ctx.candidateCount = count;
  return buffer;
}

/**
 * Elements the subject both sends to and receives from, within `hops` flows each way (for a
 * flow: its ends, if two-way). Two hops reach a store an agent writes and reads through a
 * screening step or tool.
 */
function roundTrip(
  ctx: EvalContext,
  start: Subject,
  depth: number,
  hops: number,
): readonly ElementInfo[] {
  const buffer = bufferAt(ctx, depth);
  let count = 0;
  if (start.kind === "element") {
    if (hops <= 1) {
      for (const info of start.downstream)
        if (start.upstream.includes(info)) buffer[count++] = info;
    } else {
      const down = within(start, hops, (i) => i.downstream);
      const up = within(start, hops, (i) => i.upstream);
      for (const info of down) if (up.has(info)) buffer[count++] = info;
    }
  } else if (start.flow.bidirectional) {
    buffer[count++] = start.source;
    buffer[count++] = start.target;
  }
  ctx.candidateCount = count;
  return buffer;
}

/** Elements within `hops` steps of `start` along `next` (not `start` itself). */
function within(
  start: ElementInfo,
  hops: number,
  next: (info: ElementInfo) => readonly ElementInfo[],
): Set<ElementInfo> {
  const seen = new Set<ElementInfo>();
  let frontier: readonly ElementInfo[] = [start];
  for (let hop = 0; hop < hops; hop++) {
    const following: ElementInfo[] = [];
    for (const info of frontier) {
      for (const n of next(info)) {
        if (n === start || seen.has(n)) continue;
        seen.add(n);
        following.push(n);
      }
    }
    frontier = following;
  }
  return seen;
}

/** Appends the not yet visited elements of `next` to `buffer` at `count`; the new count. */
function visitAll(
  next: readonly ElementInfo[],
  stamp: number,
  buffer: ElementInfo[],
  count: number,
): number {
  for (let i = 0; i < next.length; i++) {
    const info = next[i]!;
    if (info.visit === stamp) continue;
    info.visit = stamp;
    buffer[count++] = info;
  }
  return count;
}

function all(ctx: EvalContext, list: readonly ElementInfo[]): readonly ElementInfo[] {
  ctx.candidateCount = list.length;
  return list;
}

function bufferAt(ctx: EvalContext, depth: number): ElementInfo[] {
  let buffer = ctx.walkBuffers[depth];
  if (!buffer) ctx.walkBuffers[depth] = buffer = [];
  return buffer;
}

function subjectOf(
  ctx: EvalContext,
  of: "element" | "source" | "target" | "other",
): Subject | undefined {
  if (of === "other") return ctx.other;
  return of === "element" ? ctx.element : of === "source" ? ctx.source : ctx.target;
}
