import type { FactName } from "../rules/facts";
import type { ElementInfo, FlowInfo, Subject, World } from "../facts/world";

/** Three-valued truth: false, true, unknown. Numbers keep the hot path allocation-free. */
export const FALSE = 0;
export const TRUE = 1;
export const UNKNOWN = 2;
export type Truth = typeof FALSE | typeof TRUE | typeof UNKNOWN;

export type FactScalar = string | number | boolean | null;

/**
 * Collects the reasons behind an outcome while a condition is explained: the facts that support
 * it and, for an unknown outcome, the unknown facts it hinges on. Parallel arrays, reused for
 * every finding of an evaluation, so explaining allocates nothing but the final finding.
 */
export class Reasons {
  readonly supportSubjects: Subject[] = [];
  readonly supportFacts: FactName[] = [];
  readonly supportValues: FactScalar[] = [];
  readonly unknownSubjects: Subject[] = [];
  readonly unknownFacts: FactName[] = [];
  /** The first element a `some` quantifier bound on the way to the outcome. */
  other: ElementInfo | null = null;

  clear(): void {
    if (this.supportSubjects.length > 0) this.truncateSupport(0);
    if (this.unknownSubjects.length > 0) this.truncateUnknown(0);
    this.other = null;
  }

  get supportCount(): number {
    return this.supportSubjects.length;
  }

  get unknownCount(): number {
    return this.unknownSubjects.length;
  }

  addSupport(subject: Subject, fact: FactName, value: FactScalar): void {
    this.supportSubjects.push(subject);
    this.supportFacts.push(fact);
    this.supportValues.push(value);
  }

  addUnknown(subject: Subject, fact: FactName): void {
    this.unknownSubjects.push(subject);
    this.unknownFacts.push(fact);
  }

  truncateSupport(length: number): void {
    this.supportSubjects.length = length;
    this.supportFacts.length = length;
    this.supportValues.length = length;
  }

  truncateUnknown(length: number): void {
    this.unknownSubjects.length = length;
    this.unknownFacts.length = length;
  }

  /** Appends everything another collector holds (a memoised outcome). */
  append(other: Reasons): void {
    for (let i = 0; i < other.supportCount; i++) {
      this.addSupport(other.supportSubjects[i]!, other.supportFacts[i]!, other.supportValues[i]!);
    }
    for (let i = 0; i < other.unknownCount; i++) {
      this.addUnknown(other.unknownSubjects[i]!, other.unknownFacts[i]!);
    }
    if (this.other === null) this.other = other.other;
  }
}

/** A memoised outcome of a whole-model quantifier, shared by every rule subject. */
export interface Memo {
  truth: Truth;
  reasons: Reasons | null;
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
  /** Stamp for visited marks of graph walks (see `ElementInfo.visit`). */
  walkStamp = 0;
  /** Collector reused for every finding of the evaluation. */
  readonly reasons = new Reasons();

  constructor(readonly world: World) {}

  bindElement(info: ElementInfo): void {
    this.element = info;
    this.flow = undefined;
    this.source = undefined;
    this.target = undefined;
    this.other = undefined;
  }

  bindFlow(info: FlowInfo): void {
    this.element = info;
    this.flow = info;
    this.source = info.source;
    this.target = info.target;
    this.other = undefined;
  }

  bindModel(): void {
    this.element = undefined;
    this.flow = undefined;
    this.source = undefined;
    this.target = undefined;
    this.other = undefined;
  }
}
