import { evaluate } from "../engine/evaluate";
import { ALL_RULES } from "../engine/rules";
import type { AnalyzeEngine } from "./runAnalyze";

/** The real threat engine with every built-in rule, as `runAnalyze` uses it. */
export const threatEngine: AnalyzeEngine = {
  evaluate: (model) => evaluate(model, { rules: ALL_RULES }),
  rules: ALL_RULES,
};
