import { FACT_CODES } from "../facts/read";
import type { ElementInfo, FlowInfo, World } from "../facts/world";
import type { CompiledCondition } from "./compile";
import { EvalContext, FALSE } from "./context";
import { ALL, ANY, OTHER, TEST, testTruth } from "./interpret";
import type { Node } from "./nodes";

/**
 * What an element or flow *is* (its type and ML kind, and those of a flow's ends) is fixed for
 * every target that shares its rule list. A rule whose condition already fails on those facts
 * alone can be left out of the list instead of being tested on each target.
 */
const KIND_FACTS = new Set([FACT_CODES.type, FACT_CODES.mlKind]);

const NO_WORLD: World = {
  elements: [],
  elementsById: new Map(),
  flows: [],
  flowsById: new Map(),
  modelFacts: { elementCount: 0, boundaryCount: 0, flowCount: 0 },
  distinctIds: true,
};

// One context for every check: a context holds a memo as large as all tests of all rules, and
// the first evaluation of a model checks every rule on every pair of kinds it holds (at 1,000
// elements, tens of thousands of checks: a tenth of a second in a browser, allocating).
let prefilterContext: EvalContext | undefined;

/** True when the condition is false for every target with the kinds of this element. */
export function failsOnKinds(condition: CompiledCondition, info: ElementInfo | FlowInfo): boolean {
  const ctx = (prefilterContext ??= new EvalContext(NO_WORLD));
  if (info.kind === "element") ctx.bindElement(info);
  else ctx.bindFlow(info);
  return definitelyFalse(condition.root, ctx);
}

function definitelyFalse(n: Node, ctx: EvalContext): boolean {
  switch (n.kind) {
    case TEST:
      return n.subject !== OTHER && KIND_FACTS.has(n.fact) && testTruth(n, ctx) === FALSE;
    case ALL:
      return n.parts.some((part) => definitelyFalse(part, ctx));
    case ANY:
      return n.parts.every((part) => definitelyFalse(part, ctx));
    default:
      return false;
  }
}
