import type { FactName } from "../rules/facts";
import type { ElementInfo, FlowInfo, Subject, World } from "../facts/world";

/** Three-valued truth: false, true, unknown. Numbers keep the hot path allocation-free. */
export const FALSE = 0;
export const TRUE = 1;
export const UNKNOWN = 2;
export type Truth = typeof FALSE | typeof TRUE | typeof UNKNOWN;

/** One fact read while explaining an outcome. */
export interface FactRead {
  readonly subject: Subject;
  readonly fact: FactName;
  readonly value: string | number | boolean | null;
}

/** An outcome with its reasons, computed only for rules that fire or ask. */
export interface Explained {
  readonly truth: Truth;
  /** Facts that support the outcome (for unknown: the known facts that already hold). */
  readonly support: readonly FactRead[];
  /** For unknown: the unknown facts the outcome hinges on. */
  readonly unknown: readonly FactRead[];
  /** The first element a `some` quantifier bound on the way to this outcome. */
  readonly other: ElementInfo | null;
}

export const NOTHING: readonly FactRead[] = Object.freeze([]);

/** The subjects a condition is evaluated against. Mutated while walking, never shared. */
export class EvalContext {
  element: Subject | undefined = undefined;
  flow: FlowInfo | undefined = undefined;
  source: ElementInfo | undefined = undefined;
  target: ElementInfo | undefined = undefined;
  other: ElementInfo | undefined = undefined;
  /** Outcomes of quantifiers over the whole model that read only `other`, per evaluation. */
  readonly memo = new Map<object, Explained>();

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
