import { ABSENT, FACT_CODES, causesOf, readFactCode } from "../facts/read";
import type { ElementInfo, Subject } from "../facts/world";
import { FALSE, Reasons, TRUE, UNKNOWN, type EvalContext, type Memo, type Truth } from "./context";
import { candidatesOf } from "./candidates";
import type { Node, Scalar } from "./nodes";

/**
 * Runs compiled conditions. `truthOf` is allocation-free and runs for every rule and target;
 * `explainInto` gives the same outcome and records the facts behind it, and runs only when a
 * rule fires or asks.
 */

// Local copies of imported constants and functions: some runtimes' module emulation (tsx)
// reads every import through a getter, and these are used millions of times per evaluation.
const F: Truth = FALSE;
const T: Truth = TRUE;
const U: Truth = UNKNOWN;
const NOT_APPLICABLE: typeof ABSENT = ABSENT;
const readFactAt = readFactCode;
const walkFrom = candidatesOf;

// Codes used by compiled nodes, defined here where they are read in the hot loop.
// Node kinds.
export const TEST = 0;
export const ALL = 1;
export const ANY = 2;
export const NOT = 3;
export const SOME = 4;
export const MODEL_FACT = 5;

// Comparison operators.
export const IS = 0;
export const IS_NOT = 1;
export const IN = 2;
export const NOT_IN = 3;
export const GTE = 4;
export const LTE = 5;
export const GT = 6;
export const LT = 7;

// Subjects.
export const ELEMENT = 0;
export const FLOW = 1;
export const SOURCE = 2;
export const TARGET = 3;
export const OTHER = 4;

function subjectAt(ctx: EvalContext, subject: number): Subject | undefined {
  switch (subject) {
    case ELEMENT:
      return ctx.element;
    case FLOW:
      return ctx.flow;
    case SOURCE:
      return ctx.source;
    case TARGET:
      return ctx.target;
    default:
      return ctx.other;
  }
}

function compare(n: Node, v: Scalar): boolean {
  switch (n.op) {
    case IS:
      return v === n.operand;
    case IS_NOT:
      return v !== n.operand;
    case IN:
      return n.operands.includes(v);
    case NOT_IN:
      return !n.operands.includes(v);
    case GTE:
      return typeof v === "number" && v >= (n.operand as number);
    case LTE:
      return typeof v === "number" && v <= (n.operand as number);
    case GT:
      return typeof v === "number" && v > (n.operand as number);
    default:
      return typeof v === "number" && v < (n.operand as number);
  }
}

function modelFactHolds(n: Node, ctx: EvalContext): boolean {
  const v = ctx.world.modelFacts[n.modelFact!];
  if (n.gte !== null && !(v >= n.gte)) return false;
  if (n.lte !== null && !(v <= n.lte)) return false;
  if (n.equals !== null && v !== n.equals) return false;
  return true;
}

/** The quantifier's target filter: in scope, of its types, of its ML kinds (see `Node.typeMask`). */
function matchesFilter(n: Node, info: ElementInfo): boolean {
  return !info.outOfScope && (n.typeMask & info.typeBit) !== 0 && (n.kindMask & info.kindBit) !== 0;
}

/**
 * Three-valued truth of a node. Tests: absent (the fact does not apply) is false; the fact's
 * "unknown" value is unknown unless the test names it. all: false if any part is false, else
 * unknown if any is unknown. any: true if any part is true, else unknown if any is unknown.
 * not: swaps true and false. some: true if a bound element satisfies `where`, else unknown if
 * one might.
 */
export function truthOf(n: Node, ctx: EvalContext): Truth {
  switch (n.kind) {
    case TEST: {
      const id = n.testId;
      if (id >= 0) {
        const memo = ctx.testMemo;
        if (memo.stamps[id] === memo.stamp) return memo.truths[id] as Truth;
        const t = testTruth(n, ctx);
        memo.stamps[id] = memo.stamp;
        memo.truths[id] = t;
        return t;
      }
      return testTruth(n, ctx);
    }
    case ALL:
    case ANY:
    case NOT: {
      const id = n.testId;
      if (id < 0) return combinedTruth(n, ctx);
      const memo = ctx.testMemo;
      if (memo.stamps[id] === memo.stamp) return memo.truths[id] as Truth;
      const t = combinedTruth(n, ctx);
      memo.stamps[id] = memo.stamp;
      memo.truths[id] = t;
      return t;
    }
    case SOME: {
      if (n.memo !== null) return memoOf(n, ctx).truth;
      const id = n.testId;
      if (id < 0) return someTruth(n, ctx);
      const memo = ctx.testMemo;
      if (memo.stamps[id] === memo.stamp) return memo.truths[id] as Truth;
      const t = someTruth(n, ctx);
      memo.stamps[id] = memo.stamp;
      memo.truths[id] = t;
      return t;
    }
    default:
      return modelFactHolds(n, ctx) ? T : F;
  }
}

/** An `all`, `any` or `not` (see `truthOf`). */
function combinedTruth(n: Node, ctx: EvalContext): Truth {
  const parts = n.parts;
  if (n.kind === ALL) {
    let result = T;
    for (let i = 0; i < parts.length; i++) {
      const t = truthOf(parts[i]!, ctx);
      if (t === F) return F;
      if (t === U) result = U;
    }
    return result;
  }
  if (n.kind === ANY) {
    let result = F;
    for (let i = 0; i < parts.length; i++) {
      const t = truthOf(parts[i]!, ctx);
      if (t === T) return T;
      if (t === U) result = U;
    }
    return result;
  }
  const t = truthOf(parts[0]!, ctx);
  return t === U ? U : t === T ? F : T;
}

/** A test, read and compared (see `truthOf`). */
export function testTruth(n: Node, ctx: EvalContext): Truth {
  const subject =
    n.subject === ELEMENT
      ? ctx.element
      : n.subject === OTHER
        ? ctx.other
        : n.subject === FLOW
          ? ctx.flow
          : n.subject === SOURCE
            ? ctx.source
            : ctx.target;
  if (subject === undefined) return F;
  const v = readFactAt(subject, n.fact);
  if (v === NOT_APPLICABLE) return F;
  if (v === n.marker && !n.literal) return U;
  if (n.op === IS) return v === n.operand ? T : F;
  return compare(n, v) ? T : F;
}

function someTruth(n: Node, ctx: EvalContext): Truth {
  const depth = ctx.walkDepth++;
  const candidates = walkFrom(ctx, n.body!, depth);
  const count = ctx.candidateCount;
  const saved = ctx.other;
  const where = n.where;
  let result = F;
  for (let i = 0; i < count; i++) {
    const candidate = candidates[i]!;
    if (!matchesFilter(n, candidate)) continue;
    if (where === null) {
      result = T;
      break;
    }
    ctx.other = candidate;
    const t = truthOf(where, ctx);
    if (t === T) {
      result = T;
      break;
    }
    if (t === U) result = U;
  }
  ctx.other = saved;
  ctx.walkDepth--;
  return result;
}

function memoOf(n: Node, ctx: EvalContext): Memo {
  let memo = ctx.memo.get(n.memo!);
  if (!memo) ctx.memo.set(n.memo!, (memo = { truth: someTruth(n, ctx), reasons: null }));
  return memo;
}

export function memoWithReasons(n: Node, ctx: EvalContext): { truth: Truth; reasons: Reasons } {
  const memo = memoOf(n, ctx);
  if (memo.reasons === null) {
    memo.reasons = new Reasons();
    someExplain(n, ctx, memo.reasons);
  }
  return { truth: memo.truth, reasons: memo.reasons };
}

/**
 * Same outcome as `truthOf`, recording why: a test records the fact it read (as support, or as
 * unknown); `all` keeps the false parts' reasons when false, every part's otherwise; `any` keeps
 * the true parts' when true, only the unknowns when unknown, every part's when false; `not`
 * keeps its part's; `some` keeps the reasons of every binding that decided it.
 */
export function explainInto(n: Node, ctx: EvalContext, reasons: Reasons): Truth {
  switch (n.kind) {
    case TEST: {
      const subject = subjectAt(ctx, n.subject);
      if (subject === undefined) return F;
      const v = readFactAt(subject, n.fact);
      if (v === NOT_APPLICABLE) return F;
      if (v === n.marker && !n.literal) {
        const causes = causesOf(subject, n.fact);
        if (causes.length === 0) reasons.addUnknown(subject, n.fact, n.factName);
        // A derived fact is never asked itself: ask what it hinges on.
        for (let i = 0; i < causes.length; i++) {
          const cause = causes[i]!;
          reasons.addUnknown(cause.subject, FACT_CODES[cause.fact], cause.fact);
        }
        return U;
      }
      reasons.addSupport(subject, n.fact, n.factName, v);
      return compare(n, v) ? T : F;
    }
    case ALL: {
      // One pass in the usual case (no false part); if a part is false, start again and keep
      // only the false parts' reasons.
      const supportBefore = reasons.supportCount;
      const unknownBefore = reasons.unknownCount;
      const other = reasons.other;
      let result = T;
      const parts = n.parts;
      for (let i = 0; i < parts.length; i++) {
        const t = explainInto(parts[i]!, ctx, reasons);
        if (t === F) {
          result = F;
          break;
        }
        if (t === U) result = U;
      }
      if (result !== F) return result;
      reasons.truncateSupport(supportBefore);
      reasons.truncateUnknown(unknownBefore);
      reasons.other = other;
      for (let i = 0; i < parts.length; i++) {
        if (truthOf(parts[i]!, ctx) === F) explainInto(parts[i]!, ctx, reasons);
      }
      reasons.truncateUnknown(unknownBefore);
      return F;
    }
    case ANY: {
      const result = truthOf(n, ctx);
      const supportBefore = reasons.supportCount;
      const parts = n.parts;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i]!;
        if (result === F || truthOf(part, ctx) === result) explainInto(part, ctx, reasons);
      }
      if (result === U) reasons.truncateSupport(supportBefore);
      return result;
    }
    case NOT: {
      const supportBefore = reasons.supportCount;
      const other = reasons.other;
      const t = explainInto(n.parts[0]!, ctx, reasons);
      reasons.other = other;
      if (t === U) {
        reasons.truncateSupport(supportBefore);
        return U;
      }
      return t === T ? F : T;
    }
    case SOME: {
      if (n.memo === null) return someExplain(n, ctx, reasons);
      const memo = memoWithReasons(n, ctx);
      reasons.append(memo.reasons);
      return memo.truth;
    }
    default:
      return modelFactHolds(n, ctx) ? T : F;
  }
}

function someExplain(n: Node, ctx: EvalContext, reasons: Reasons): Truth {
  const result = n.testId >= 0 ? truthOf(n, ctx) : someTruth(n, ctx);
  if (result === F) return F;
  const depth = ctx.walkDepth++;
  const candidates = walkFrom(ctx, n.body!, depth);
  const count = ctx.candidateCount;
  const saved = ctx.other;
  const where = n.where;
  const supportBefore = reasons.supportCount;
  for (let i = 0; i < count; i++) {
    const candidate = candidates[i]!;
    if (!matchesFilter(n, candidate)) continue;
    ctx.other = candidate;
    const t = where === null ? T : truthOf(where, ctx);
    if (t !== result) continue;
    // {other} names the first element that decided the outcome (for a question: the first
    // element it is unsure about).
    if (reasons.other === null) reasons.other = candidate;
    if (result === T) addFilterReason(n, candidate, reasons);
    if (where !== null) explainInto(where, ctx, reasons);
  }
  if (result === U) reasons.truncateSupport(supportBefore);
  ctx.other = saved;
  ctx.walkDepth--;
  return result;
}

/** The quantifier's own filter is part of why it matched: report what it checked. */
function addFilterReason(n: Node, info: ElementInfo, reasons: Reasons): void {
  if (n.kinds !== null && info.type !== "trustBoundary") {
    reasons.addSupport(info, FACT_CODES.mlKind, "mlKind", info.mlKind);
  } else if (n.types !== null) {
    reasons.addSupport(info, FACT_CODES.type, "type", info.type);
  }
}
