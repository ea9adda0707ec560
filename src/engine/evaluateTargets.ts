import type { CompiledRule, CompiledRuleSet } from "./compiledRules";
import { explainInto, truthOf } from "./conditions/interpret";
import type { EvalContext } from "./conditions/context";
import type { ElementInfo, FlowInfo } from "./facts/world";
import { describeExposure } from "./facts/exposureText";
import { buildFinding, TargetFrame, type RawFinding } from "./findings";
import type { TemplateNames } from "./templates";

type Finding = RawFinding;
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);
// Bound once: some runtimes' module emulation (tsx) reads every import through a getter.
const newFinding = buildFinding;
const truth = truthOf;
const explain = explainInto;

/** Findings of the target being evaluated, collected in a buffer reused for every target. */
class Collected {
  readonly buffer: Finding[] = [];
  count = 0;

  push(finding: Finding): void {
    this.buffer[this.count++] = finding;
  }

  /** The findings collected, as an exact-size list; the buffer is then reset. */
  take(): readonly Finding[] {
    const count = this.count;
    this.count = 0;
    return count === 0 ? NO_FINDINGS : this.buffer.slice(0, count);
  }
}

// Evaluation is synchronous and never re-entered, so one of each serves every target.
const collected = new Collected();
const ownFrame = new TargetFrame();
const interactionFrame = new TargetFrame();

/** Runs one rule on the subjects bound in `ctx`: a finding, a question, or nothing. */
function run(compiled: CompiledRule, ctx: EvalContext, frame: TargetFrame): void {
  const condition = compiled.condition;
  const reasons = ctx.reasons;
  if (condition === null) {
    reasons.clear();
    collected.push(newFinding(compiled, frame, 1, reasons));
    return;
  }
  const guard = condition.guardTestId;
  const memo = ctx.testMemo;
  if (guard >= 0 && memo.stamps[guard] === memo.stamp && memo.truths[guard] === 0) return;
  const outcome = truth(condition.root, ctx);
  if (outcome === 0 || (outcome !== 1 && !compiled.asked)) return;
  reasons.clear();
  collected.push(newFinding(compiled, frame, explain(condition.root, ctx, reasons), reasons));
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
  const frame = ownFrame;
  frame.reset(info.id);
  setNames(frame.names, info.name, "the flow", "the source", "the target", info.boundaryName);
  frame.names.exposure = describeExposure(info);
  for (let i = 0; i < applicable.length; i++) run(applicable[i]!, ctx, frame);
  return collected.take();
}

/** Findings of element-scope flow rules, interaction and crossing rules on one flow. */
export function evaluateFlow(
  rules: CompiledRuleSet,
  info: FlowInfo,
  ctx: EvalContext,
): readonly Finding[] {
  if (info.outOfScope) return NO_FINDINGS;
  ctx.bindFlow(info);
  const { name, source, target, boundaryName } = info;
  ownFrame.reset(info.id);
  setNames(ownFrame.names, name, name, source.name, target.name, boundaryName);
  interactionFrame.reset(source.id, info.id, target.id);
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
  return collected.take();
}

/** Findings of model-scope rules. */
export function evaluateModelRules(rules: CompiledRuleSet, ctx: EvalContext): readonly Finding[] {
  if (rules.modelRules.length === 0) return NO_FINDINGS;
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
  return collected.take();
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
