import type { Condition, FactTest, Quantifier, QuantifierBody, Target } from "../rules/schema";
import type { ModelFactName } from "../rules/facts";
import { ABSENT, FACT_READERS, NEVER_UNKNOWN, unknownMarker } from "../facts/read";
import type { ElementInfo, Subject } from "../facts/world";
import {
  FALSE,
  NOTHING,
  TRUE,
  UNKNOWN,
  type EvalContext,
  type Explained,
  type FactRead,
  type Truth,
} from "./context";
import { candidatesOf } from "./candidates";

/**
 * A condition compiled to two functions with the same logic: `value` (allocation-free, run for
 * every rule and target) and `explain` (collects the facts behind the outcome, run only when a
 * rule fires or asks).
 */
export interface CompiledCondition {
  readonly value: (ctx: EvalContext) => Truth;
  readonly explain: (ctx: EvalContext) => Explained;
  /** Reads nothing but `other` and model facts: same outcome whatever the rule's subjects. */
  readonly closed: boolean;
  /** Reads model facts or quantifies over the whole model. */
  readonly global: boolean;
  /** Quantifies over the whole model with a test on the rule's own subjects. */
  readonly volatile: boolean;
  /** Most flows any quantifier walks from the subject it starts at. */
  readonly maxHops: number;
}

const SUBJECT_OF = {
  element: (ctx: EvalContext): Subject | undefined => ctx.element,
  flow: (ctx: EvalContext): Subject | undefined => ctx.flow,
  source: (ctx: EvalContext): Subject | undefined => ctx.source,
  target: (ctx: EvalContext): Subject | undefined => ctx.target,
  other: (ctx: EvalContext): Subject | undefined => ctx.other,
} as const;

export function compileCondition(condition: Condition): CompiledCondition {
  if ("all" in condition) return compileAll(condition.all.map(compileCondition));
  if ("any" in condition) return compileAny(condition.any.map(compileCondition));
  if ("not" in condition) return compileNot(compileCondition(condition.not));
  if ("modelFact" in condition) return compileModelFact(condition);
  if ("subject" in condition) return compileFactTest(condition);
  return compileQuantifier(condition);
}

function explained(
  truth: Truth,
  support: readonly FactRead[],
  unknown: readonly FactRead[],
  other: ElementInfo | null,
): Explained {
  return { truth, support, unknown, other };
}

type Operator = "is" | "isNot" | "in" | "notIn" | "gte" | "lte" | "gt" | "lt";
type Scalar = string | number | boolean | null;
const OPERATORS: readonly Operator[] = ["is", "isNot", "in", "notIn", "gte", "lte", "gt", "lt"];

function comparator(op: Operator, operand: Scalar | readonly Scalar[]): (value: Scalar) => boolean {
  switch (op) {
    case "is":
      return (v) => v === operand;
    case "isNot":
      return (v) => v !== operand;
    case "in": {
      const set = operand as readonly Scalar[];
      return (v) => set.includes(v);
    }
    case "notIn": {
      const set = operand as readonly Scalar[];
      return (v) => !set.includes(v);
    }
    case "gte":
      return (v) => typeof v === "number" && v >= (operand as number);
    case "lte":
      return (v) => typeof v === "number" && v <= (operand as number);
    case "gt":
      return (v) => typeof v === "number" && v > (operand as number);
    case "lt":
      return (v) => typeof v === "number" && v < (operand as number);
  }
}

function compileFactTest(test: FactTest): CompiledCondition {
  const op = OPERATORS.find((o) => test[o] !== undefined) ?? "is";
  const operand = test[op] as Scalar | readonly Scalar[];
  const subjectOf = SUBJECT_OF[test.subject];
  const read = FACT_READERS[test.fact];
  const marker = unknownMarker(test.fact);
  // Naming the "unknown" value in the test ({is: "unknown"}) compares it like any other value.
  const literal =
    marker !== NEVER_UNKNOWN &&
    (Array.isArray(operand) ? operand.includes(marker) : operand === marker);
  const compare = comparator(op, operand);
  const fact = test.fact;
  const value = (ctx: EvalContext): Truth => {
    const subject = subjectOf(ctx);
    if (subject === undefined) return FALSE;
    const v = read(subject);
    if (v === ABSENT) return FALSE;
    if (v === marker && !literal) return UNKNOWN;
    return compare(v) ? TRUE : FALSE;
  };
  const explain = (ctx: EvalContext): Explained => {
    const subject = subjectOf(ctx);
    if (subject === undefined) return explained(FALSE, NOTHING, NOTHING, null);
    const v = read(subject);
    if (v === ABSENT) return explained(FALSE, NOTHING, NOTHING, null);
    const reading: readonly FactRead[] = [{ subject, fact, value: v }];
    if (v === marker && !literal) return explained(UNKNOWN, NOTHING, reading, null);
    return explained(compare(v) ? TRUE : FALSE, reading, NOTHING, null);
  };
  return {
    value,
    explain,
    closed: test.subject === "other",
    global: false,
    volatile: false,
    maxHops: 0,
  };
}

function compileModelFact(test: {
  modelFact: ModelFactName;
  gte?: number;
  lte?: number;
  is?: number;
}): CompiledCondition {
  const { modelFact, gte, lte, is } = test;
  const value = (ctx: EvalContext): Truth => {
    const v = ctx.world.modelFacts[modelFact];
    if (gte !== undefined && !(v >= gte)) return FALSE;
    if (lte !== undefined && !(v <= lte)) return FALSE;
    if (is !== undefined && v !== is) return FALSE;
    return TRUE;
  };
  return {
    value,
    explain: (ctx) => explained(value(ctx), NOTHING, NOTHING, null),
    closed: true,
    global: true,
    volatile: false,
    maxHops: 0,
  };
}

function combine(parts: readonly CompiledCondition[]) {
  return {
    closed: parts.every((p) => p.closed),
    global: parts.some((p) => p.global),
    volatile: parts.some((p) => p.volatile),
    maxHops: Math.max(0, ...parts.map((p) => p.maxHops)),
  };
}

function concat(lists: readonly (readonly FactRead[])[]): readonly FactRead[] {
  const nonEmpty = lists.filter((l) => l.length > 0);
  if (nonEmpty.length === 0) return NOTHING;
  if (nonEmpty.length === 1) return nonEmpty[0]!;
  return nonEmpty.flat();
}

function firstOther(parts: readonly Explained[]): ElementInfo | null {
  for (const p of parts) if (p.other) return p.other;
  return null;
}

/** False if any part is false, else unknown if any part is unknown, else true. */
function compileAll(parts: readonly CompiledCondition[]): CompiledCondition {
  const value = (ctx: EvalContext): Truth => {
    let result: Truth = TRUE;
    for (const part of parts) {
      const t = part.value(ctx);
      if (t === FALSE) return FALSE;
      if (t === UNKNOWN) result = UNKNOWN;
    }
    return result;
  };
  const explain = (ctx: EvalContext): Explained => {
    const outcomes = parts.map((p) => p.explain(ctx));
    const falses = outcomes.filter((o) => o.truth === FALSE);
    if (falses.length > 0)
      return explained(FALSE, concat(falses.map((o) => o.support)), NOTHING, null);
    const trues = outcomes.filter((o) => o.truth === TRUE);
    const support = concat(trues.map((o) => o.support));
    if (trues.length === outcomes.length)
      return explained(TRUE, support, NOTHING, firstOther(trues));
    const unknowns = outcomes.filter((o) => o.truth === UNKNOWN);
    return explained(UNKNOWN, support, concat(unknowns.map((o) => o.unknown)), firstOther(trues));
  };
  return { value, explain, ...combine(parts) };
}

/** True if any part is true, else unknown if any part is unknown, else false. */
function compileAny(parts: readonly CompiledCondition[]): CompiledCondition {
  const value = (ctx: EvalContext): Truth => {
    let result: Truth = FALSE;
    for (const part of parts) {
      const t = part.value(ctx);
      if (t === TRUE) return TRUE;
      if (t === UNKNOWN) result = UNKNOWN;
    }
    return result;
  };
  const explain = (ctx: EvalContext): Explained => {
    const outcomes = parts.map((p) => p.explain(ctx));
    const trues = outcomes.filter((o) => o.truth === TRUE);
    if (trues.length > 0)
      return explained(TRUE, concat(trues.map((o) => o.support)), NOTHING, firstOther(trues));
    const unknowns = outcomes.filter((o) => o.truth === UNKNOWN);
    if (unknowns.length > 0)
      return explained(UNKNOWN, NOTHING, concat(unknowns.map((o) => o.unknown)), null);
    return explained(FALSE, concat(outcomes.map((o) => o.support)), NOTHING, null);
  };
  return { value, explain, ...combine(parts) };
}

/** Swaps true and false; unknown stays unknown. */
function compileNot(inner: CompiledCondition): CompiledCondition {
  const value = (ctx: EvalContext): Truth => {
    const t = inner.value(ctx);
    return t === UNKNOWN ? UNKNOWN : t === TRUE ? FALSE : TRUE;
  };
  const explain = (ctx: EvalContext): Explained => {
    const o = inner.explain(ctx);
    if (o.truth === UNKNOWN) return explained(UNKNOWN, NOTHING, o.unknown, null);
    return explained(o.truth === TRUE ? FALSE : TRUE, o.support, NOTHING, null);
  };
  return { value, explain, ...combine([inner]) };
}

function targetFilter(target: Target | undefined): (info: ElementInfo) => boolean {
  const types = target?.types;
  const kinds = target?.mlKinds;
  if (!types && !kinds) return () => true;
  return (info) => {
    const element = info.element;
    if (types && !types.includes(element.type)) return false;
    if (
      kinds &&
      !(
        element.type !== "trustBoundary" &&
        element.mlKind !== null &&
        kinds.includes(element.mlKind)
      )
    ) {
      return false;
    }
    return true;
  };
}

/** The fact a quantifier's own target filter checked, reported as part of the reason. */
function filterReading(body: QuantifierBody, info: ElementInfo): readonly FactRead[] {
  if (body.target?.mlKinds && info.element.type !== "trustBoundary") {
    return [{ subject: info, fact: "mlKind", value: info.element.mlKind }];
  }
  if (body.target?.types) return [{ subject: info, fact: "type", value: info.element.type }];
  return NOTHING;
}

/**
 * `some` is true when a bound element satisfies `where`, unknown when none does but one might;
 * `none` is its negation. Out-of-scope elements are never bound.
 */
function compileQuantifier(condition: Quantifier): CompiledCondition {
  const negate = condition.some === undefined;
  // The schema guarantees one of the two.
  const body = (condition.some ?? condition.none)!;
  const where = body.where ? compileCondition(body.where) : null;
  const matches = targetFilter(body.target);
  const hops =
    body.from === "upstream" || body.from === "downstream"
      ? (body.hops ?? 1)
      : body.from === "neighbours"
        ? 1
        : 0;
  const closed = body.from === "model" && (where === null || where.closed);

  const someValue = (ctx: EvalContext): Truth => {
    const candidates = candidatesOf(ctx, body);
    const saved = ctx.other;
    let result: Truth = FALSE;
    for (const candidate of candidates) {
      if (candidate.outOfScope || !matches(candidate)) continue;
      if (where === null) {
        result = TRUE;
        break;
      }
      ctx.other = candidate;
      const t = where.value(ctx);
      if (t === TRUE) {
        result = TRUE;
        break;
      }
      if (t === UNKNOWN) result = UNKNOWN;
    }
    ctx.other = saved;
    return result;
  };

  const someExplain = (ctx: EvalContext): Explained => {
    const candidates = candidatesOf(ctx, body);
    const saved = ctx.other;
    const support: FactRead[] = [];
    const unknown: FactRead[] = [];
    let first: ElementInfo | null = null;
    let anyUnknown = false;
    for (const candidate of candidates) {
      if (candidate.outOfScope || !matches(candidate)) continue;
      ctx.other = candidate;
      const o = where === null ? null : where.explain(ctx);
      if (o === null || o.truth === TRUE) {
        first ??= candidate;
        support.push(...filterReading(body, candidate), ...(o?.support ?? NOTHING));
      } else if (o.truth === UNKNOWN) {
        anyUnknown = true;
        unknown.push(...o.unknown);
      }
    }
    ctx.other = saved;
    if (first !== null) return explained(TRUE, support, NOTHING, first);
    if (anyUnknown) return explained(UNKNOWN, NOTHING, unknown, null);
    return explained(FALSE, NOTHING, NOTHING, null);
  };

  let value = someValue;
  let explain = someExplain;
  if (closed) {
    // Same outcome for every rule subject: compute once per evaluation.
    const key = {};
    explain = (ctx) => {
      let o = ctx.memo.get(key);
      if (!o) ctx.memo.set(key, (o = someExplain(ctx)));
      return o;
    };
    value = (ctx) => explain(ctx).truth;
  }
  const inner = combine(where ? [where] : []);
  const some: CompiledCondition = {
    value,
    explain,
    closed,
    global: body.from === "model" || inner.global,
    volatile: (body.from === "model" && !closed) || inner.volatile,
    maxHops: Math.max(hops, inner.maxHops),
  };
  if (!negate) return some;
  return {
    ...compileNot(some),
    closed: some.closed,
    global: some.global,
    volatile: some.volatile,
    maxHops: some.maxHops,
  };
}
