import type { CompiledRule, CompiledRuleSet } from "./compiledRules";
import { TRUE, FALSE, NOTHING, type EvalContext, type Explained } from "./conditions/context";
import type { ElementInfo, FlowInfo } from "./facts/world";
import { buildFinding } from "./findings";
import type { TemplateNames } from "./templates";
import type { Finding } from "./types";

const ALWAYS: Explained = Object.freeze({
  truth: TRUE,
  support: NOTHING,
  unknown: NOTHING,
  other: null,
});
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

/** Runs one rule on the subjects bound in `ctx`: a finding, a question, or nothing. */
function run(
  compiled: CompiledRule,
  ctx: EvalContext,
  targetIds: () => string[],
  names: TemplateNames,
  out: Finding[],
): void {
  const condition = compiled.condition;
  if (condition !== null && condition.value(ctx) === FALSE) return;
  const outcome = condition === null ? ALWAYS : condition.explain(ctx);
  out.push(buildFinding(compiled, targetIds(), names, outcome));
}

/** Findings of element-scope rules on one element (none when it is out of scope). */
export function evaluateElement(
  rules: CompiledRuleSet,
  info: ElementInfo,
  ctx: EvalContext,
): readonly Finding[] {
  if (info.outOfScope) return NO_FINDINGS;
  const applicable = rules.forElement(info);
  if (applicable.length === 0) return NO_FINDINGS;
  ctx.bindElement(info);
  const names: TemplateNames = {
    element: info.name,
    flow: "the flow",
    source: "the source",
    target: "the target",
    boundary: info.chain[0]
      ? info.chain[0].name.trim() || "Unnamed trust boundary"
      : "no trust boundary",
    other: "another element",
  };
  const ids = () => [info.id];
  const out: Finding[] = [];
  for (const compiled of applicable) run(compiled, ctx, ids, names, out);
  return out;
}

/** Findings of element-scope flow rules, interaction and crossing rules on one flow. */
export function evaluateFlow(
  rules: CompiledRuleSet,
  info: FlowInfo,
  ctx: EvalContext,
): readonly Finding[] {
  if (info.outOfScope) return NO_FINDINGS;
  ctx.bindFlow(info);
  const boundary = info.boundary;
  const names: TemplateNames = {
    element: info.name,
    flow: info.name,
    source: info.source.name,
    target: info.target.name,
    boundary: boundary ? boundary.name.trim() || "Unnamed trust boundary" : "no trust boundary",
    other: "another element",
  };
  const flowIds = () => [info.id];
  const interactionIds = () => [info.source.id, info.id, info.target.id];
  const out: Finding[] = [];
  for (const compiled of rules.flowRules) {
    const scope = compiled.rule.scope;
    if (scope === "element") {
      run(compiled, ctx, flowIds, names, out);
      continue;
    }
    if (info.interactionOutOfScope || !compiled.matchesInteraction(info)) continue;
    if (scope === "crossing" && !info.crossesBoundary) continue;
    run(compiled, ctx, interactionIds, names, out);
  }
  return out.length === 0 ? NO_FINDINGS : out;
}

/** Findings of model-scope rules. */
export function evaluateModelRules(rules: CompiledRuleSet, ctx: EvalContext): readonly Finding[] {
  if (rules.modelRules.length === 0) return NO_FINDINGS;
  ctx.bindModel();
  const names: TemplateNames = {
    element: "the model",
    flow: "the flow",
    source: "the source",
    target: "the target",
    boundary: "no trust boundary",
    other: "another element",
  };
  const ids = () => ["model"];
  const out: Finding[] = [];
  for (const compiled of rules.modelRules) run(compiled, ctx, ids, names, out);
  return out;
}
