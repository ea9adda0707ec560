import type { Probe } from "./conditions/compile";
import { failsOnKinds } from "./conditions/prefilter";
import { compileRule, withSiblingIds, type CompiledRule } from "./compileRule";
import { KIND_INDEXES } from "./facts/kinds";
import type { ElementInfo, FlowInfo } from "./facts/world";
import type { Rule } from "./rules/schema";

export { maskCodes, MIN_ASKED_SCORE, type CompiledRule } from "./compileRule";

export interface CompiledRuleSet {
  readonly rules: readonly CompiledRule[];
  readonly modelRules: readonly CompiledRule[];
  /** Element-scope rules on flows, interaction and crossing rules, in rule order. */
  readonly flowRules: readonly CompiledRule[];
  /** Element-scope rules for an element, in rule order (memoised by type and ML kind). */
  forElement(info: ElementInfo): readonly CompiledRule[];
  /**
   * The rules that apply to a flow, in rule order: element-scope flow rules, then (unless the
   * interaction is out of scope) interaction rules whose end filter matches and, for a flow that
   * crosses a boundary, crossing rules. Memoised by the kinds of the two ends.
   */
  forFlow(info: FlowInfo): readonly CompiledRule[];
  /** Most flows any quantifier of any rule walks. */
  readonly maxHops: number;
  /** Some element/flow rule reads model facts or quantifies over the model. */
  readonly hasGlobal: boolean;
  /** Some element/flow rule quantifies over the model with a test on its own subjects. */
  readonly hasVolatile: boolean;
  /** Whole-model quantifiers read by element/flow rules (outcomes shared by all targets). */
  readonly globalProbes: readonly Probe[];
  /** Whether any of these rules reads model facts or quantifies over the model. */
  usesGlobals(rules: readonly CompiledRule[]): boolean;
  /** Most flows a quantifier of these rules walks (memoised per list). */
  maxHopsOf(rules: readonly CompiledRule[]): number;
  /** Most flows a quantifier of the rules that apply to this flow walks from its ends. */
  flowMaxHops(info: FlowInfo): number;
}

const cache = new WeakMap<readonly Rule[], CompiledRuleSet>();

/** Compiles a rule list once; the same array gives the same compiled set. */
export function compileRules(rules: readonly Rule[]): CompiledRuleSet {
  let compiled = cache.get(rules);
  if (!compiled) cache.set(rules, (compiled = buildRuleSet(rules)));
  return compiled;
}

function buildRuleSet(rules: readonly Rule[]): CompiledRuleSet {
  const all = withSiblingIds(rules.map((rule, index) => compileRule(rule, index)));
  const elementRules = all.filter((r) => r.rule.scope === "element");
  const nonModel = all.filter((r) => r.rule.scope !== "model");
  const byKind = new Array<readonly CompiledRule[] | undefined>(KIND_INDEXES);
  const byEnds = new Array<(FlowRuleLists | undefined)[] | undefined>(KIND_INDEXES);
  const globalUse = new WeakMap<readonly CompiledRule[], boolean>();
  const hopsOf = new WeakMap<readonly CompiledRule[], number>();
  const flowRules = all.filter(
    (r) =>
      (r.rule.scope === "element" && r.appliesToFlows) ||
      r.rule.scope === "interaction" ||
      r.rule.scope === "crossing",
  );
  return {
    rules: all,
    modelRules: all.filter((r) => r.rule.scope === "model"),
    flowRules,
    forElement(info) {
      let list = byKind[info.kindIndex];
      if (!list) {
        list = elementRules.filter((r) => r.matchesElement(info) && !failsOnKindsOf(r, info));
        byKind[info.kindIndex] = list;
      }
      return list;
    },
    forFlow(info) {
      const bySource = (byEnds[info.source.kindIndex] ??= new Array(KIND_INDEXES));
      let lists = bySource[info.target.kindIndex];
      if (!lists) bySource[info.target.kindIndex] = lists = flowRuleLists(flowRules, info);
      if (info.interactionOutOfScope) return lists.ownOnly;
      return info.crossesBoundary ? lists.crossing : lists.interaction;
    },
    maxHops: maxHops(nonModel),
    hasGlobal: nonModel.some((r) => r.condition?.global ?? false),
    hasVolatile: nonModel.some((r) => r.condition?.volatile ?? false),
    globalProbes: nonModel.flatMap((r) => r.condition?.probes ?? []),
    usesGlobals(list) {
      let known = globalUse.get(list);
      if (known === undefined) globalUse.set(list, (known = list.some((r) => r.condition?.global)));
      return known;
    },
    maxHopsOf(list) {
      let hops = hopsOf.get(list);
      if (hops === undefined) hopsOf.set(list, (hops = maxHops(list)));
      return hops;
    },
    flowMaxHops(info) {
      return this.maxHopsOf(this.forFlow(info));
    },
  };
}

interface FlowRuleLists {
  ownOnly: readonly CompiledRule[];
  interaction: readonly CompiledRule[];
  crossing: readonly CompiledRule[];
}

function flowRuleLists(rules: readonly CompiledRule[], info: FlowInfo): FlowRuleLists {
  const flowRules = rules.filter((r) => !failsOnKindsOf(r, info));
  const own = (r: CompiledRule) => r.rule.scope === "element";
  const matches = (r: CompiledRule) => own(r) || r.matchesInteraction(info);
  return {
    ownOnly: flowRules.filter(own),
    interaction: flowRules.filter((r) => matches(r) && r.rule.scope !== "crossing"),
    crossing: flowRules.filter(matches),
  };
}

/** Whether the rule's condition fails on the type and ML kinds of this target alone. */
function failsOnKindsOf(rule: CompiledRule, info: ElementInfo | FlowInfo): boolean {
  return rule.condition !== null && failsOnKinds(rule.condition, info);
}

function maxHops(rules: readonly CompiledRule[]): number {
  return Math.max(0, ...rules.map((r) => r.condition?.maxHops ?? 0));
}
