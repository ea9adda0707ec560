import type { QuantifierBody } from "../rules/schema";
import type { ElementInfo, Subject } from "../facts/world";
import type { EvalContext } from "./context";

const NONE: readonly ElementInfo[] = Object.freeze([]);

/**
 * The elements a quantifier looks at, before its target filter and scope check. For a flow,
 * upstream starts at its source and downstream at its target; its neighbours are its two ends.
 * Lists for walks of more than one hop live in a buffer of `ctx` for nesting level `depth`:
 * valid until the next walk at that depth.
 */
export function candidatesOf(
  ctx: EvalContext,
  body: QuantifierBody,
  depth: number,
): readonly ElementInfo[] {
  if (body.from === "model") return ctx.world.elements;
  const start = subjectOf(ctx, body.of ?? "element");
  if (start === undefined) return NONE;
  const hops = body.hops ?? 1;
  const upstream = body.from === "upstream";
  if (body.from === "neighbours" || (start.kind === "flow" && hops <= 1)) {
    if (start.kind === "element") return start.neighbours;
    const buffer = bufferAt(ctx, depth);
    if (body.from !== "downstream") buffer.push(start.source);
    if (body.from !== "upstream") buffer.push(start.target);
    return buffer;
  }
  if (start.kind === "element" && hops <= 1) return upstream ? start.upstream : start.downstream;
  const buffer = bufferAt(ctx, depth);
  const stamp = ++ctx.walkStamp;
  let from = 0;
  if (start.kind === "element") {
    start.visit = stamp;
    for (const next of upstream ? start.upstream : start.downstream) visitInto(next, stamp, buffer);
  } else {
    visitInto(upstream ? start.source : start.target, stamp, buffer);
  }
  for (let hop = 2; hop <= hops; hop++) {
    const to = buffer.length;
    for (let i = from; i < to; i++) {
      const info = buffer[i]!;
      for (const next of upstream ? info.upstream : info.downstream) visitInto(next, stamp, buffer);
    }
    from = to;
  }
  return buffer;
}

function bufferAt(ctx: EvalContext, depth: number): ElementInfo[] {
  let buffer = ctx.walkBuffers[depth];
  if (!buffer) ctx.walkBuffers[depth] = buffer = [];
  buffer.length = 0;
  return buffer;
}

function visitInto(info: ElementInfo, stamp: number, buffer: ElementInfo[]): void {
  if (info.visit === stamp) return;
  info.visit = stamp;
  buffer.push(info);
}

function subjectOf(ctx: EvalContext, of: "element" | "source" | "target"): Subject | undefined {
  return of === "element" ? ctx.element : of === "source" ? ctx.source : ctx.target;
}
