/**
 * The threat engine: pure TypeScript, runs unchanged in the browser and in Node.
 *
 *   evaluate(model, { rules? })  one full evaluation
 *   createEvaluator({ rules? })  the same result, reusing work across successive versions
 *   loadRules(packs) / ALL_RULES validated rule packs (STRIDE, LINDDUN, AI)
 */
export { evaluate, type EvaluateOptions } from "./evaluate";
export { createEvaluator, type Evaluator } from "./incremental";
export { ALL_RULES, RULE_PACKS, loadRules, type RuleLoadResult } from "./rules";
export { riskScore, severityOf } from "./scoring";
export { elementDisplayName, flowDisplayName } from "./names";
export type {
  Claim,
  EvaluationResult,
  Finding,
  FoldedFinding,
  MatchedFact,
  Question,
  QuestionDependent,
  Severity,
} from "./types";
export { SEVERITIES } from "./types";
export * from "./catalog";
