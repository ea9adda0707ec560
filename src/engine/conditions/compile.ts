import type { Condition, FactTest, Quantifier, QuantifierBody } from "../rules/schema";
import type { ModelFactName } from "../rules/facts";
import { ABSENT, FACT_CODES, NEVER_UNKNOWN, readFactCode, unknownMarker } from "../facts/read";
import type { ElementInfo, Subject } from "../facts/world";
import type { ElementType } from "../../domain/schema";
import type { MlAssetKind } from "../../domain/mlKinds";
import { FALSE, Reasons, TRUE, UNKNOWN, type EvalContext, type Memo, type Truth } from "./context";
import { candidatesOf } from "./candidates";
import { testIdOf } from "./testIds";

/**
 * Conditions are compiled to a tree of uniform nodes and run by two small interpreters:
 * `truthOf` (allocation-free, run for every rule and target) and `explainInto` (same outcome,
 * and records the facts behind it; run only when a rule fires or asks). One node shape and a
 * switch keep the hot path monomorphic.
 */
export interface CompiledCondition {
  /** The node tree, for `truthOf` / `explainInto`. */
  readonly root: ConditionNode;
  /**
   * A test that must not be false for the condition to hold (the first test of its leading
   * `all`), or -1: once another rule has found it false for a target, this rule is skipped.
   */
  readonly guardTestId: number;
  readonly value: (ctx: EvalContext) => Truth;
  readonly explain: (ctx: EvalContext, reasons: Reasons) => Truth;
  /** Reads model facts or quantifies over the whole model. */
  readonly global: boolean;
  /** Quantifies over the whole model with a test on the rule's own subjects. */
  readonly volatile: boolean;
  /** Most flows any quantifier walks from the subject it starts at. */
  readonly maxHops: number;
  /**
   * The whole-model quantifiers inside that read only `other`: their outcomes are all a rule
   * takes from beyond its subjects' neighbourhood (used to tell when cached results still hold).
   */
  readonly probes: readonly Probe[];
}

/** The memoised outcome of a whole-model quantifier, with its reasons. */
export type Probe = (ctx: EvalContext) => { truth: Truth; reasons: Reasons };

// Local copies of imported constants and functions: some runtimes' module emulation (tsx)
// reads every import through a getter, and these are used millions of times per evaluation.
const F: Truth = FALSE;
const T: Truth = TRUE;
const U: Truth = UNKNOWN;
const NOT_APPLICABLE: typeof ABSENT = ABSENT;
const NO_MARKER: typeof NEVER_UNKNOWN = NEVER_UNKNOWN;
const readFactAt = readFactCode;
const walkFrom = candidatesOf;

// Node kinds.
const TEST = 0;
const ALL = 1;
const ANY = 2;
const NOT = 3;
const SOME = 4;
const MODEL_FACT = 5;

// Comparison operators.
const IS = 0;
const IS_NOT = 1;
const IN = 2;
const NOT_IN = 3;
const GTE = 4;
const LTE = 5;
const GT = 6;
const LT = 7;

// Subjects.
const ELEMENT = 0;
const FLOW = 1;
const SOURCE = 2;
const TARGET = 3;
const OTHER = 4;

type Scalar = string | number | boolean | null;

/** A compiled condition node; opaque outside this module. */
export type ConditionNode = Node;

/** Every node has every field, so all nodes share one hidden class. */
interface Node {
  kind: number;
  // TEST
  /** Shared by identical tests of all rules; -1 for tests on `other` (never memoised). */
  testId: number;
  subject: number;
  fact: number;
  factName: FactTest["fact"];
  op: number;
  operand: Scalar;
  operands: readonly Scalar[];
  marker: string | null | typeof NEVER_UNKNOWN;
  literal: boolean;
  // ALL / ANY / NOT (one part)
  parts: readonly Node[];
  // SOME
  body: QuantifierBody | null;
  where: Node | null;
  types: readonly (ElementType | "flow")[] | null;
  kinds: readonly MlAssetKind[] | null;
  memo: object | null;
  // MODEL_FACT
  modelFact: ModelFactName | null;
  gte: number | null;
  lte: number | null;
  equals: number | null;
}

function node(fields: Partial<Node> & { kind: number }): Node {
  return {
    kind: fields.kind,
    testId: fields.testId ?? -1,
    subject: fields.subject ?? ELEMENT,
    fact: fields.fact ?? 0,
    factName: fields.factName ?? "type",
    op: fields.op ?? IS,
    operand: fields.operand ?? null,
    operands: fields.operands ?? [],
    marker: "marker" in fields ? (fields.marker as Node["marker"]) : NO_MARKER,
    literal: fields.literal ?? false,
    parts: fields.parts ?? [],
    body: fields.body ?? null,
    where: fields.where ?? null,
    types: fields.types ?? null,
    kinds: fields.kinds ?? null,
    memo: fields.memo ?? null,
    modelFact: fields.modelFact ?? null,
    gte: fields.gte ?? null,
    lte: fields.lte ?? null,
    equals: fields.equals ?? null,
  };
}

interface Meta {
  closed: boolean;
  global: boolean;
  volatile: boolean;
  maxHops: number;
  probes: Probe[];
}

export function compileCondition(condition: Condition): CompiledCondition {
  const meta: Meta = { closed: true, global: false, volatile: false, maxHops: 0, probes: [] };
  const root = build(condition, meta);
  return {
    root,
    guardTestId: guardOf(root),
    value: (ctx) => truthOf(root, ctx),
    explain: (ctx, reasons) => explainInto(root, ctx, reasons),
    global: meta.global,
    volatile: meta.volatile,
    maxHops: meta.maxHops,
    probes: meta.probes,
  };
}

function guardOf(n: Node): number {
  if (n.kind === TEST) return n.testId;
  if (n.kind === ALL && n.parts.length > 0) return guardOf(n.parts[0]!);
  return -1;
}

const SUBJECT_CODES = {
  element: ELEMENT,
  flow: FLOW,
  source: SOURCE,
  target: TARGET,
  other: OTHER,
};
const OPERATORS = [
  ["is", IS],
  ["isNot", IS_NOT],
  ["in", IN],
  ["notIn", NOT_IN],
  ["gte", GTE],
  ["lte", LTE],
  ["gt", GT],
  ["lt", LT],
] as const;

/** Builds the node tree; `meta.closed` says whether it reads nothing but `other`. */
function build(condition: Condition, meta: Meta): Node {
  if ("all" in condition)
    return node({ kind: ALL, parts: condition.all.map((c) => build(c, meta)) });
  if ("any" in condition)
    return node({ kind: ANY, parts: condition.any.map((c) => build(c, meta)) });
  if ("not" in condition) return node({ kind: NOT, parts: [build(condition.not, meta)] });
  if ("modelFact" in condition) {
    meta.global = true;
    return node({
      kind: MODEL_FACT,
      modelFact: condition.modelFact,
      gte: condition.gte ?? null,
      lte: condition.lte ?? null,
      equals: condition.is ?? null,
    });
  }
  if ("subject" in condition) return buildTest(condition, meta);
  return buildQuantifier(condition, meta);
}

function buildTest(test: FactTest, meta: Meta): Node {
  const [key, op] = OPERATORS.find(([k]) => test[k] !== undefined) ?? OPERATORS[0];
  const operand = test[key] as Scalar | readonly Scalar[];
  const marker = unknownMarker(test.fact);
  // Naming the "unknown" value in the test ({is: "unknown"}) compares it like any other value.
  const literal =
    marker !== NO_MARKER &&
    (Array.isArray(operand) ? operand.includes(marker) : operand === marker);
  if (test.subject !== "other") meta.closed = false;
  return node({
    kind: TEST,
    testId: test.subject === "other" ? -1 : testIdOf(test.subject, test.fact, key, test[key]),
    subject: SUBJECT_CODES[test.subject],
    fact: FACT_CODES[test.fact],
    factName: test.fact,
    op,
    operand: Array.isArray(operand) ? null : (operand as Scalar),
    operands: Array.isArray(operand) ? operand : [],
    marker,
    literal,
  });
}

function buildQuantifier(condition: Quantifier, outer: Meta): Node {
  // The schema guarantees one of the two.
  const body = (condition.some ?? condition.none)!;
  const inner: Meta = { closed: true, global: false, volatile: false, maxHops: 0, probes: [] };
  const where = body.where ? build(body.where, inner) : null;
  const hops =
    body.from === "upstream" || body.from === "downstream"
      ? (body.hops ?? 1)
      : body.from === "neighbours"
        ? 1
        : 0;
  const closed = body.from === "model" && inner.closed;
  const quantifier = node({
    kind: SOME,
    body,
    where,
    types: body.target?.types ?? null,
    kinds: body.target?.mlKinds ?? null,
    memo: closed ? {} : null,
  });
  outer.closed &&= closed;
  outer.global ||= body.from === "model" || inner.global;
  outer.volatile ||= (body.from === "model" && !closed) || inner.volatile;
  outer.maxHops = Math.max(outer.maxHops, hops, inner.maxHops);
  outer.probes.push(...inner.probes);
  if (closed) outer.probes.push((ctx) => memoWithReasons(quantifier, ctx));
  return condition.some ? quantifier : node({ kind: NOT, parts: [quantifier] });
}

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

function matchesFilter(n: Node, info: ElementInfo): boolean {
  if (info.outOfScope) return false;
  const element = info.element;
  if (n.types !== null && !n.types.includes(element.type)) return false;
  if (n.kinds !== null) {
    if (element.type === "trustBoundary" || element.mlKind === null) return false;
    if (!n.kinds.includes(element.mlKind)) return false;
  }
  return true;
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
    case ALL: {
      const parts = n.parts;
      let result = T;
      for (let i = 0; i < parts.length; i++) {
        const t = truthOf(parts[i]!, ctx);
        if (t === F) return F;
        if (t === U) result = U;
      }
      return result;
    }
    case ANY: {
      const parts = n.parts;
      let result = F;
      for (let i = 0; i < parts.length; i++) {
        const t = truthOf(parts[i]!, ctx);
        if (t === T) return T;
        if (t === U) result = U;
      }
      return result;
    }
    case NOT: {
      const t = truthOf(n.parts[0]!, ctx);
      return t === U ? U : t === T ? F : T;
    }
    case SOME:
      return n.memo === null ? someTruth(n, ctx) : memoOf(n, ctx).truth;
    default:
      return modelFactHolds(n, ctx) ? T : F;
  }
}

/** A test, read and compared (see `truthOf`). */
function testTruth(n: Node, ctx: EvalContext): Truth {
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

function memoWithReasons(n: Node, ctx: EvalContext): { truth: Truth; reasons: Reasons } {
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
        reasons.addUnknown(subject, n.fact, n.factName);
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
      for (const part of n.parts) {
        const t = explainInto(part, ctx, reasons);
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
      for (const part of n.parts) if (truthOf(part, ctx) === F) explainInto(part, ctx, reasons);
      reasons.truncateUnknown(unknownBefore);
      return F;
    }
    case ANY: {
      const result = truthOf(n, ctx);
      const supportBefore = reasons.supportCount;
      for (const part of n.parts) {
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
  const result = someTruth(n, ctx);
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
  const element = info.element;
  if (n.kinds !== null && element.type !== "trustBoundary") {
    reasons.addSupport(info, FACT_CODES.mlKind, "mlKind", element.mlKind);
  } else if (n.types !== null) {
    reasons.addSupport(info, FACT_CODES.type, "type", element.type);
  }
}
