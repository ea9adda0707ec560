import type { CompiledRule, CompiledRuleSet } from "./compiledRules";
import { explainInto, truthOf } from "./conditions/interpret";
import type { EvalContext } from "./conditions/context";
import type { ElementInfo, FlowInfo } from "./facts/world";
import { describeExposure } from "./facts/exposureText";
import { consolidateTarget, type Consolidated } from "./consolidate";
import { matchedFacts, unknownsOf } from "./findings";
import { Outcomes } from "./outcomes";
import { TargetFrame } from "./targetFrame";
import type { TemplateNames } from "./templates";

// Bound once: some runtimes' module emulation (tsx) reads every import through a getter.
const factsOf = matchedFacts;
const unknownsIn = unknownsOf;
const truth = truthOf;
const explain = explainInto;
const consolidate = consolidateTarget;

// Evaluation is synchronous and never re-entered, so one of each serves every target.
const outcomes = new Outcomes();
const ownFrame = new TargetFrame();
const interactionFrame = new TargetFrame();

/** Runs one rule on the subjects bound in `ctx`: a finding, a question, or nothing. */
function run(compiled: CompiledRule, ctx: EvalContext, frame: TargetFrame): void {
  const condition = compiled.condition;
  const reasons = ctx.reasons;
  if (condition === null) {
    reasons.clear();
    outcomes.addFinding(compiled, frame, null, factsOf(reasons));
    return;
  }
  const guard = condition.guardTestId;
  const memo = ctx.testMemo;
  if (guard >= 0 && memo.stamps[guard] === memo.stamp && memo.truths[guard] === 0) return;
  const outcome = truth(condition.root, ctx);
  if (outcome === 0 || (outcome !== 1 && !compiled.asked)) return;
  reasons.clear();
  const explained = explain(condition.root, ctx, reasons);
  const other = reasons.other === null ? null : reasons.other.name;
  if (explained === 1) outcomes.addFinding(compiled, frame, other, factsOf(reasons));
  else outcomes.addQuestion(compiled, frame, other, unknownsIn(reasons));
}

/** Findings and questions of element-scope rules on one element (none when it is out of scope). */
export function evaluateElement(
  rules: CompiledRuleSet,
  info: ElementInfo,
  ctx: EvalContext,
): Consolidated {
  if (info.outOfScope) return consolidate(outcomes);
  const applicable = rules.forElement(info);
  if (applicable.length === 0) return consolidate(outcomes);
  ctx.bindElement(info);
  const frame = ownFrame;
  frame.reset(info.id);
  setNames(frame.names, info.name, "the flow", "the source", "the target", info.boundaryName);
  frame.names.exposure = describeExposure(info);
  for (let i = 0; i < applicable.length; i++) run(applicable[i]!, ctx, frame);
  return consolidate(outcomes);
}

/** Findings of element-scope flow rules, interaction and crossing rules on one flow. */
export function evaluateFlow(
  rules: CompiledRuleSet,
  info: FlowInfo,
  ctx: EvalContext,
): Consolidated {
  if (info.outOfScope) return consolidate(outcomes);
  ctx.bindFlow(info);
  const { name, source, target, boundaryName } = info;
  ownFrame.reset(info.id);
  setNames(ownFrame.names, name, name, source.name, target.name, boundaryName);
  // The same names as the flow's own: one kept copy serves the findings of both.
  interactionFrame.reset(source.id, info.id, target.id, ownFrame);
  setNames(interactionFrame.names, name, name, source.name, target.name, boundaryName);
  // On a flow, {exposure} says who can reach the flow's target.
  const exposure = describeExposure(target);
  ownFrame.names.exposure = exposure;
  interactionFrame.names.exposure = exposure;
  const applicable = rules.forFlow(info);
  for (let i = 0; i < applicable.length; i++) {
    const compiled = applicable[i]!;
    run(compiled, ctx, compiled.rule.scope === "element" ? ownFrame : interactionFrame);
  }
  return consolidate(outcomes);
}

/** Findings of model-scope rules. */
export function evaluateModelRules(rules: CompiledRuleSet, ctx: EvalContext): Consolidated {
  if (rules.modelRules.length === 0) return consolidate(outcomes);
  ctx.bindModel();
  const frame = ownFrame;
  frame.reset("model");
  setNames(
    frame.names,
    "this threat model",
    "the flow",
    "the source",
    "the target",
    "no trust boundary",
  );
  frame.names.exposure = "callers";
  for (const compiled of rules.modelRules) run(compiled, ctx, frame);
  return consolidate(outcomes);
}

function setNames(
  names: TemplateNames,
  element: string,
  flow: string,
  source: string,
  target: string,
  boundary: string,
): void {
  names.element = element;
  names.flow = flow;
  names.source = source;
  names.target = target;
  names.boundary = boundary;
}
