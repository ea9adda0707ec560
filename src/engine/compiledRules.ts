import { compileCondition, type CompiledCondition, type Probe } from "./conditions/compile";
import type { ElementInfo, FlowInfo } from "./facts/world";
import type { Rule } from "./rules/schema";
import { riskScore, severityOf } from "./scoring";
import { compileTemplate, placeholdersOf, type Template } from "./templates";
import type { Finding, Severity } from "./types";

/** A rule made ready to run: compiled condition and templates, precomputed score. */
export interface CompiledRule {
  readonly rule: Rule;
  readonly condition: CompiledCondition | null;
  readonly title: Template;
  readonly description: Template;
  readonly mitigations: readonly Template[];
  /** The mitigations, shared by all findings, when none of them names anything; else null. */
  readonly fixedMitigations: string[] | null;
  /** Shared by all findings of the rule; frozen. */
  readonly categories: Finding["categories"];
  readonly references: Finding["references"];
  readonly score: number;
  readonly severity: Severity;
  /** Element scope: whether the rule applies to this element (flows: see `appliesToFlows`). */
  readonly matchesElement: (info: ElementInfo) => boolean;
  /** Element scope: whether the rule applies to flows at all. */
  readonly appliesToFlows: boolean;
  /** Interaction / crossing scope: whether the rule applies to this flow's ends. */
  readonly matchesInteraction: (info: FlowInfo) => boolean;
}

export interface CompiledRuleSet {
  readonly rules: readonly CompiledRule[];
  readonly modelRules: readonly CompiledRule[];
  /** Element-scope rules on flows, interaction and crossing rules, in rule order. */
  readonly flowRules: readonly CompiledRule[];
  /** Element-scope rules for an element, in rule order (memoised by type and ML kind). */
  forElement(info: ElementInfo): readonly CompiledRule[];
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
}

const cache = new WeakMap<readonly Rule[], CompiledRuleSet>();

/** Compiles a rule list once; the same array gives the same compiled set. */
export function compileRules(rules: readonly Rule[]): CompiledRuleSet {
  let compiled = cache.get(rules);
  if (!compiled) cache.set(rules, (compiled = buildRuleSet(rules)));
  return compiled;
}

function buildRuleSet(rules: readonly Rule[]): CompiledRuleSet {
  const all = rules.map(compileRule);
  const elementRules = all.filter((r) => r.rule.scope === "element");
  const nonModel = all.filter((r) => r.rule.scope !== "model");
  const byKind = new Map<string, readonly CompiledRule[]>();
  const globalUse = new WeakMap<readonly CompiledRule[], boolean>();
  return {
    rules: all,
    modelRules: all.filter((r) => r.rule.scope === "model"),
    flowRules: all.filter(
      (r) =>
        (r.rule.scope === "element" && r.appliesToFlows) ||
        r.rule.scope === "interaction" ||
        r.rule.scope === "crossing",
    ),
    forElement(info) {
      const element = info.element;
      const key =
        element.type === "trustBoundary" ? element.type : `${element.type}|${element.mlKind ?? ""}`;
      let list = byKind.get(key);
      if (!list) byKind.set(key, (list = elementRules.filter((r) => r.matchesElement(info))));
      return list;
    },
    maxHops: Math.max(0, ...nonModel.map((r) => r.condition?.maxHops ?? 0)),
    hasGlobal: nonModel.some((r) => r.condition?.global ?? false),
    hasVolatile: nonModel.some((r) => r.condition?.volatile ?? false),
    globalProbes: nonModel.flatMap((r) => r.condition?.probes ?? []),
    usesGlobals(list) {
      let known = globalUse.get(list);
      if (known === undefined) globalUse.set(list, (known = list.some((r) => r.condition?.global)));
      return known;
    },
  };
}

function compileRule(rule: Rule): CompiledRule {
  const { types, mlKinds } = rule.target;
  const score = riskScore(rule.likelihood, rule.impact);
  const matchesNode = (info: ElementInfo): boolean => {
    const element = info.element;
    if (types && !types.includes(element.type)) return false;
    if (mlKinds) {
      if (element.type === "trustBoundary" || element.mlKind === null) return false;
      return mlKinds.includes(element.mlKind);
    }
    return true;
  };
  // Interaction / crossing rules: "flow" in types is implied; other types and ML kinds filter the ends.
  const endTypes = types?.filter((t) => t !== "flow");
  const filtersEnds = (endTypes !== undefined && endTypes.length > 0) || mlKinds !== undefined;
  const matchesEnd = (info: ElementInfo): boolean => {
    const element = info.element;
    if (endTypes && endTypes.length > 0 && !endTypes.includes(element.type)) return false;
    if (mlKinds) {
      if (element.type === "trustBoundary" || element.mlKind === null) return false;
      return mlKinds.includes(element.mlKind);
    }
    return true;
  };
  return {
    rule,
    condition: rule.when ? compileCondition(rule.when) : null,
    title: compileTemplate(rule.text.title),
    description: compileTemplate(rule.text.description),
    mitigations: rule.text.mitigations.map(compileTemplate),
    fixedMitigations: rule.text.mitigations.some((m) => placeholdersOf(m).length > 0)
      ? null
      : (Object.freeze([...rule.text.mitigations]) as string[]),
    categories: Object.freeze({
      stride: Object.freeze([...rule.categories.stride]),
      linddun: Object.freeze([...rule.categories.linddun]),
    }) as Finding["categories"],
    references: Object.freeze({
      atlas: Object.freeze([...rule.references.atlas]),
      owasp: Object.freeze([...rule.references.owasp]),
    }) as Finding["references"],
    score,
    severity: severityOf(score),
    matchesElement: matchesNode,
    appliesToFlows: (!types || types.includes("flow")) && !mlKinds,
    matchesInteraction: filtersEnds
      ? (info) => matchesEnd(info.source) || matchesEnd(info.target)
      : () => true,
  };
}
