import type { ThreatModel } from "../domain/schema";
import { assemble } from "./assemble";
import { compileRules } from "./compiledRules";
import { EvalContext } from "./conditions/context";
import { evaluateElement, evaluateFlow, evaluateModelRules } from "./evaluateTargets";
import { deriveWorld } from "./facts/derive";
import { ALL_RULES } from "./rules";
import type { Rule } from "./rules/schema";
import type { EvaluationResult } from "./types";

export interface EvaluateOptions {
  /**
   * Validated rules to run (see `loadRules`); all packs when omitted. Rules are compiled once
   * per array, so pass the same array on every call rather than a new one.
   */
  rules?: readonly Rule[];
}

/**
 * Evaluates every rule against a model: pure, deterministic, no I/O. For repeated evaluation
 * of successive versions of one document, `createEvaluator` gives the same result faster.
 */
export function evaluate(model: ThreatModel, options: EvaluateOptions = {}): EvaluationResult {
  const rules = compileRules(options.rules ?? ALL_RULES);
  const world = deriveWorld(model);
  const ctx = new EvalContext(world);
  return assemble(
    world,
    evaluateModelRules(rules, ctx),
    world.elements.map((info) => evaluateElement(rules, info, ctx)),
    world.flows.map((info) => evaluateFlow(rules, info, ctx)),
  );
}
