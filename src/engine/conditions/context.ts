import type { FactName } from "../rules/facts";
import type { ElementInfo, FlowInfo, Subject, World } from "../facts/world";
import { testCount } from "./testIds";

/** Three-valued truth: false, true, unknown. Numbers keep the hot path allocation-free. */
export const FALSE = 0;
export const TRUE = 1;
export const UNKNOWN = 2;
export type Truth = typeof FALSE | typeof TRUE | typeof UNKNOWN;

export type FactScalar = string | number | boolean | null;

/**
 * Collects the reasons behind an outcome while a condition is explained: the facts that support
 * it and, for an unknown outcome, the unknown facts it hinges on. Parallel arrays with explicit
 * counts, reused for every finding of an evaluation (never shrunk, so never reallocated), so
 * explaining allocates nothing but the final finding.
 */
export class Reasons {
  readonly supportSubjects: Subject[] = [];
  /** Fact codes (see `FACT_CODES`) and names, in parallel. */
  readonly supportCodes: number[] = [];
  readonly supportFacts: FactName[] = [];
  readonly supportValues: FactScalar[] = [];
  readonly unknownSubjects: Subject[] = [];
  readonly unknownCodes: number[] = [];
  readonly unknownFacts: FactName[] = [];
  supportCount = 0;
  unknownCount = 0;
  /** The first element a `some` quantifier bound on the way to the outcome. */
  other: ElementInfo | null = null;

  clear(): void {
    this.supportCount = 0;
    this.unknownCount = 0;
    this.other = null;
  }

  addSupport(subject: Subject, code: number, fact: FactName, value: FactScalar): void {
    const i = this.supportCount++;
    this.supportSubjects[i] = subject;
    this.supportCodes[i] = code;
    this.supportFacts[i] = fact;
    this.supportValues[i] = value;
  }

  addUnknown(subject: Subject, code: number, fact: FactName): void {
    const i = this.unknownCount++;
    this.unknownSubjects[i] = subject;
    this.unknownCodes[i] = code;
    this.unknownFacts[i] = fact;
  }

  truncateSupport(count: number): void {
    this.supportCount = count;
  }

  truncateUnknown(count: number): void {
    this.unknownCount = count;
  }

  /** Appends everything another collector holds (a memoised outcome). */
  append(other: Reasons): void {
    for (let i = 0; i < other.supportCount; i++) {
      this.addSupport(
        other.supportSubjects[i]!,
        other.supportCodes[i]!,
        other.supportFacts[i]!,
        other.supportValues[i]!,
      );
    }
    for (let i = 0; i < other.unknownCount; i++) {
      this.addUnknown(other.unknownSubjects[i]!, other.unknownCodes[i]!, other.unknownFacts[i]!);
    }
    if (this.other === null) this.other = other.other;
  }
}

/** A memoised outcome of a whole-model quantifier, shared by every rule subject. */
export interface Memo {
  truth: Truth;
  reasons: Reasons | null;
}

/**
 * Outcomes of tests for the subjects currently bound, by test id: valid while `stamps[id]`
 * equals `stamp`, which changes whenever the subjects are bound anew.
 */
export class TestMemo {
  stamps: Int32Array;
  truths: Uint8Array;
  stamp = 1;

  constructor(size: number) {
    this.stamps = new Int32Array(size);
    this.truths = new Uint8Array(size);
  }

  /** Forget every outcome (new subjects bound); grows when rules compiled later add tests. */
  reset(size: number): void {
    this.stamp++;
    if (size > this.stamps.length) {
      this.stamps = new Int32Array(size * 2);
      this.truths = new Uint8Array(size * 2);
    }
  }
}

/** The subjects a condition is evaluated against. Mutated while walking, never shared. */
export class EvalContext {
  element: Subject | undefined = undefined;
  flow: FlowInfo | undefined = undefined;
  source: ElementInfo | undefined = undefined;
  target: ElementInfo | undefined = undefined;
  other: ElementInfo | undefined = undefined;
  /** Outcomes of quantifiers over the whole model that read only `other`, per evaluation. */
  readonly memo = new Map<object, Memo>();
  /** Candidate lists of quantifiers being walked, one per nesting depth (reused). */
  readonly walkBuffers: ElementInfo[][] = [];
  walkDepth = 0;
  /** How many entries of the list `candidatesOf` last returned are valid. */
  candidateCount = 0;
  /** Stamp for visited marks of graph walks (see `ElementInfo.visit`). */
  walkStamp = 0;
  /** Collector reused for every finding of the evaluation. */
  readonly reasons = new Reasons();
  readonly testMemo: TestMemo;

  constructor(readonly world: World) {
    this.testMemo = new TestMemo(testCount());
  }

  bindElement(info: ElementInfo): void {
    this.testMemo.reset(testCount());
    this.element = info;
    this.flow = undefined;
    this.source = undefined;
    this.target = undefined;
    this.other = undefined;
  }

  bindFlow(info: FlowInfo): void {
    this.testMemo.reset(testCount());
    this.element = info;
    this.flow = info;
    this.source = info.source;
    this.target = info.target;
    this.other = undefined;
  }

  bindModel(): void {
    this.testMemo.reset(testCount());
    this.element = undefined;
    this.flow = undefined;
    this.source = undefined;
    this.target = undefined;
    this.other = undefined;
  }
}
