import type { FactName, Subject } from "../facts";
import type { Condition, FactTest, QuantifierBody } from "../schema";

/** Builders for the STRIDE and LINDDUN packs: plain data, validated by `RuleSchema` on load. */

type Scalar = string | number | boolean | null;

/** Unknown when the fact is unknown (the rule then asks). */
export const is = (subject: Subject, fact: FactName, value: Scalar): FactTest => ({
  subject,
  fact,
  is: value,
});

export const isIn = (subject: Subject, fact: FactName, values: Scalar[]): FactTest => ({
  subject,
  fact,
  in: values,
});

export const isNot = (subject: Subject, fact: FactName, value: Scalar): FactTest => ({
  subject,
  fact,
  isNot: value,
});

/**
 * True only when the fact is known and equals `value`; false (never a question) while it is
 * unknown. For follow-up rules that should not ask the question their sibling already asks.
 */
export const known = (subject: Subject, fact: FactName, value: Scalar): Condition => ({
  all: [{ subject, fact, isNot: "unknown" }, is(subject, fact, value)],
});

/** `known` for a set of values. */
export const knownIn = (subject: Subject, fact: FactName, values: Scalar[]): Condition => ({
  all: [{ subject, fact, isNot: "unknown" }, isIn(subject, fact, values)],
});

export const all = (...parts: Condition[]): Condition => ({ all: parts });
export const any = (...parts: Condition[]): Condition => ({ any: parts });
export const not = (part: Condition): Condition => ({ not: part });
export const some = (body: QuantifierBody): Condition => ({ some: body });
export const none = (body: QuantifierBody): Condition => ({ none: body });

export const SENSITIVE_CLASSES: Scalar[] = ["confidential", "restricted"];
