import type { Condition, FactTest, Quantifier } from "../rules/schema";
import { FACT_CODES, NEVER_UNKNOWN, unknownMarker } from "../facts/read";
import type { EvalContext, Reasons, Truth } from "./context";
import {
  ALL,
  ANY,
  ELEMENT,
  FLOW,
  GT,
  GTE,
  IN,
  IS,
  IS_NOT,
  LT,
  LTE,
  MODEL_FACT,
  NOT,
  NOT_IN,
  OTHER,
  SOME,
  SOURCE,
  TARGET,
  TEST,
  memoWithReasons,
} from "./interpret";
import { node, type Node, type Scalar } from "./nodes";
import { compositeIdOf, quantifierIdOf, testIdOf } from "./testIds";

/**
 * A rule condition compiled once: a tree of uniform nodes (see `nodes.ts`) run by the two
 * interpreters of `interpret.ts`, plus what the incremental evaluator needs to know about it.
 */
export interface CompiledCondition {
  /** The node tree, for `truthOf` / `explainInto`. */
  readonly root: ConditionNode;
  /**
   * A memoised test or quantifier that must not be false for the condition to hold (the first
   * part of its leading `all`), or -1: once another rule has found it false for a target, this
   * rule is skipped.
   */
  readonly guardTestId: number;
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

/** A compiled condition node; opaque outside `conditions/`. */
export type ConditionNode = Node;

interface Meta {
  closed: boolean;
  global: boolean;
  volatile: boolean;
  maxHops: number;
  /** Most flows walked by quantifiers that start at `other` (added to the enclosing walk). */
  otherHops: number;
  probes: Probe[];
}

export function compileCondition(condition: Condition): CompiledCondition {
  const meta: Meta = {
    closed: true,
    global: false,
    volatile: false,
    maxHops: 0,
    otherHops: 0,
    probes: [],
  };
  const root = build(condition, meta);
  return {
    root,
    guardTestId: guardOf(root),
    global: meta.global,
    volatile: meta.volatile,
    maxHops: meta.maxHops,
    probes: meta.probes,
  };
}

function guardOf(n: Node): number {
  if (n.kind === TEST || n.kind === SOME) return n.testId;
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

/**
 * Builds the node tree; `meta.closed` says whether it reads nothing but `other`. `nested`: inside
 * a quantifier's `where` (where `other` is bound).
 */
function build(condition: Condition, meta: Meta, nested = false): Node {
  // Outside a `where`, a combination's outcome too depends only on the target's subjects.
  const testId = nested ? -1 : compositeIdOf(condition);
  if ("all" in condition)
    return node({ kind: ALL, testId, parts: condition.all.map((c) => build(c, meta, nested)) });
  if ("any" in condition)
    return node({ kind: ANY, testId, parts: condition.any.map((c) => build(c, meta, nested)) });
  if ("not" in condition) {
    return node({ kind: NOT, testId, parts: [build(condition.not, meta, nested)] });
  }
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
  return buildQuantifier(condition, meta, nested);
}

function buildTest(test: FactTest, meta: Meta): Node {
  const [key, op] = OPERATORS.find(([k]) => test[k] !== undefined) ?? OPERATORS[0];
  const operand = test[key] as Scalar | readonly Scalar[];
  const marker = unknownMarker(test.fact);
  // Naming the "unknown" value in the test ({is: "unknown"}) compares it like any other value.
  const literal =
    marker !== NEVER_UNKNOWN &&
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

function buildQuantifier(condition: Quantifier, outer: Meta, nested: boolean): Node {
  // The schema guarantees one of the two.
  const body = (condition.some ?? condition.none)!;
  const inner: Meta = {
    closed: true,
    global: false,
    volatile: false,
    maxHops: 0,
    otherHops: 0,
    probes: [],
  };
  const where = body.where ? build(body.where, inner, true) : null;
  const hops =
    body.from === "upstream" || body.from === "downstream"
      ? (body.hops ?? 1)
      : body.from === "roundTrip"
        ? (body.hops ?? 1)
        : body.from === "neighbours"
          ? 1
          : 0;
  const closed = body.from === "model" && inner.closed;
  const quantifier = node({
    kind: SOME,
    // Memoised per target unless inside a `where` or memoised for the whole model (`memo`).
    testId: nested || closed ? -1 : quantifierIdOf(body),
    body,
    where,
    types: body.target?.types ?? null,
    kinds: body.target?.mlKinds ?? null,
    memo: closed ? {} : null,
  });
  outer.closed &&= closed;
  outer.global ||= body.from === "model" || inner.global;
  outer.volatile ||= (body.from === "model" && !closed) || inner.volatile;
  // A walk that starts at `other` extends the walk that bound it.
  const reach = hops + inner.otherHops;
  if (body.of === "other") outer.otherHops = Math.max(outer.otherHops, reach);
  else outer.maxHops = Math.max(outer.maxHops, reach, inner.maxHops);
  outer.probes.push(...inner.probes);
  if (closed) outer.probes.push((ctx) => memoWithReasons(quantifier, ctx));
  return condition.some ? quantifier : node({ kind: NOT, parts: [quantifier] });
}
