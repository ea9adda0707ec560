import type { CompiledRule, CompiledRuleSet } from "./compiledRules";
import { explainInto, truthOf } from "./conditions/interpret";
import type { EvalContext } from "./conditions/context";
import type { ElementInfo, FlowInfo } from "./facts/world";
import { buildFinding, targetFrame, type TargetFrame } from "./findings";
import type { TemplateNames } from "./templates";
import type { Finding } from "./types";

const NO_FINDINGS: readonly Finding[] = Object.freeze([]);
// Bound once: some runtimes' module emulation (tsx) reads every import through a getter.
const newFinding = buildFinding;
const newFrame = targetFrame;
const truth = truthOf;
const explain = explainInto;

/** Runs one rule on the subjects bound in `ctx`: a finding, a question, or nothing. */
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

const collected = new Collected();

function run(compiled: CompiledRule, ctx: EvalContext, frame: TargetFrame, out: Collected): void {
  const condition = compiled.condition;
  const reasons = ctx.reasons;
  if (condition === null) {
    reasons.clear();
    out.push(newFinding(compiled, frame, 1, reasons));
    return;
  }
  const guard = condition.guardTestId;
  const memo = ctx.testMemo;
  if (guard >= 0 && memo.stamps[guard] === memo.stamp && memo.truths[guard] === 0) return;
  if (truth(condition.root, ctx) === 0) return;
  reasons.clear();
  out.push(newFinding(compiled, frame, explain(condition.root, ctx, reasons), reasons));
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
    boundary: info.boundaryName,
    other: "another element",
  };
  const frame = newFrame([info.id], names);
  for (let i = 0; i < applicable.length; i++) run(applicable[i]!, ctx, frame, collected);
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
  const names: TemplateNames = {
    element: info.name,
    flow: info.name,
    source: info.source.name,
    target: info.target.name,
    boundary: info.boundaryName,
    other: "another element",
  };
  const flowFrame = newFrame([info.id], names);
  let interactionFrame: TargetFrame | null = null;
  const applicable = rules.forFlow(info);
  for (let i = 0; i < applicable.length; i++) {
    const compiled = applicable[i]!;
    if (compiled.rule.scope === "element") {
      run(compiled, ctx, flowFrame, collected);
    } else {
      interactionFrame ??= newFrame([info.source.id, info.id, info.target.id], names);
      run(compiled, ctx, interactionFrame, collected);
    }
  }
  return collected.take();
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
  const frame = newFrame(["model"], names);
  for (const compiled of rules.modelRules) run(compiled, ctx, frame, collected);
  return collected.take();
}
