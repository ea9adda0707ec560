import { compileCondition, type CompiledCondition, type Probe } from "./conditions/compile";
import { failsOnKinds } from "./conditions/prefilter";
import type { ElementInfo, FlowInfo } from "./facts/world";
import type { Rule } from "./rules/schema";
import { AI_HARM_CODES, LINDDUN_CODES, STRIDE_CODES } from "./rules/codes";
import { riskScore, severityOf } from "./scoring";
import { compileTemplate, placeholdersOf, type Template } from "./templates";
import type { Claim, Finding, Severity } from "./types";

/**
 * Score of the lowest "medium" (see scoring.ts): an outcome rated lower that hinges on an unknown
 * is not worth a workshop's time, so it is neither asked nor built.
 */
export const MIN_ASKED_SCORE = 6;

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
  /** The categories as bit masks over STRIDE_CODES, LINDDUN_CODES, AI_HARM_CODES (for merging). */
  readonly categoryMasks: {
    readonly stride: number;
    readonly linddun: number;
    readonly ai: number;
  };
  /** Whether `categories` lists every code once, in the catalogs' order (as merged findings do). */
  readonly categoriesInOrder: boolean;
  readonly references: Finding["references"];
  /** `Object.keys(references)`, kept so merging reads no entries lists. */
  readonly referenceKeys: readonly string[];
  readonly score: number;
  readonly severity: Severity;
  /** Whether an outcome of it that hinges on an unknown is asked about (medium or worse). */
  readonly asked: boolean;
  /** Its root cause (the rule id when it names none): findings merge per root cause and item. */
  readonly rootCause: string;
  /** Root causes it folds into itself when both fire on one item. */
  readonly supersedes: readonly string[];
  readonly claims: readonly Claim[];
  /** Ids the findings of retired rules had on the same targets (see `Rule.replaces`). */
  readonly formerIds: (targetIds: readonly string[], idSuffix: string) => string[];
  /** Which rule of a merged group speaks first: specific (superseding) rules, then AI, STRIDE, LINDDUN, then rule order. */
  readonly priority: number;
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
  const byKind = new Map<string, readonly CompiledRule[]>();
  const byEnds = new Map<string, Map<string, FlowRuleLists>>();
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
      let list = byKind.get(info.kindKey);
      if (!list) {
        list = elementRules.filter((r) => r.matchesElement(info) && !failsOnKindsOf(r, info));
        byKind.set(info.kindKey, list);
      }
      return list;
    },
    forFlow(info) {
      let bySource = byEnds.get(info.source.kindKey);
      if (!bySource) byEnds.set(info.source.kindKey, (bySource = new Map()));
      let lists = bySource.get(info.target.kindKey);
      if (!lists) bySource.set(info.target.kindKey, (lists = flowRuleLists(flowRules, info)));
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

const PACK_PRIORITY: Readonly<Record<Rule["pack"], number>> = { ai: 0, stride: 1, linddun: 2 };

function compileRule(rule: Rule, index: number): CompiledRule {
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
      ai: Object.freeze([...rule.categories.ai]),
    }) as Finding["categories"],
    categoryMasks: Object.freeze({
      stride: codesMask(STRIDE_CODES, rule.categories.stride),
      linddun: codesMask(LINDDUN_CODES, rule.categories.linddun),
      ai: codesMask(AI_HARM_CODES, rule.categories.ai),
    }),
    categoriesInOrder:
      inOrder(STRIDE_CODES, rule.categories.stride) &&
      inOrder(LINDDUN_CODES, rule.categories.linddun) &&
      inOrder(AI_HARM_CODES, rule.categories.ai),
    references: frozenReferences(rule.references),
    referenceKeys: Object.freeze(Object.keys(rule.references)),
    score,
    severity: severityOf(score),
    asked: score >= MIN_ASKED_SCORE,
    rootCause: rule.rootCause ?? rule.id,
    supersedes: Object.freeze([...rule.supersedes]),
    claims: Object.freeze([...rule.claims]),
    formerIds: formerIdsOf(rule),
    priority: (rule.supersedes.length > 0 ? 0 : 1) * 1e6 + PACK_PRIORITY[rule.pack] * 1e5 + index,
    matchesElement: matchesNode,
    appliesToFlows: (!types || types.includes("flow")) && !mlKinds,
    matchesInteraction: filtersEnds
      ? (info) => matchesEnd(info.source) || matchesEnd(info.target)
      : () => true,
  };
}

/** The codes of `all` present in `codes`, as bits by position. */
function codesMask(all: readonly string[], codes: readonly string[]): number {
  let mask = 0;
  for (let i = 0; i < all.length; i++) if (codes.includes(all[i]!)) mask |= 1 << i;
  return mask;
}

function inOrder(all: readonly string[], codes: readonly string[]): boolean {
  const canonical = maskCodes(all, codesMask(all, codes));
  return canonical.length === codes.length && canonical.every((code, i) => code === codes[i]);
}

/** The codes of `all` whose bits are set in `mask`, in the order of `all`. */
export function maskCodes<T extends string>(all: readonly T[], mask: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < all.length; i++) if ((mask & (1 << i)) !== 0) out.push(all[i]!);
  return out;
}

function frozenReferences(references: Rule["references"]): Finding["references"] {
  const copy = Object.fromEntries(
    Object.entries(references).map(([field, codes]) => [field, Object.freeze([...codes])]),
  );
  return Object.freeze(copy) as Finding["references"];
}

const NO_IDS: string[] = Object.freeze([]) as unknown as string[];

const shapeOf = (scope: Rule["scope"]) => (scope === "crossing" ? "interaction" : scope);

/**
 * The same threat on the same item can be led by different rules as properties change (the
 * inherent rule while a protection is unknown, the specific one once it is known missing, or a
 * rule that supersedes it): its finding lists the ids the others would give it, so triage recorded
 * under any of them is kept. Siblings share the root cause, or supersede it, on items of one shape.
 */
function withSiblingIds(compiled: CompiledRule[]): CompiledRule[] {
  return compiled.map((self) => {
    const shape = shapeOf(self.rule.scope);
    const siblings = compiled
      .filter(
        (other) =>
          other !== self &&
          shapeOf(other.rule.scope) === shape &&
          (other.rootCause === self.rootCause || other.supersedes.includes(self.rootCause)),
      )
      .map((other) => other.rule.id);
    if (siblings.length === 0) return self;
    const former = self.formerIds;
    return {
      ...self,
      formerIds: (targetIds, suffix) => {
        const ids = former(targetIds, suffix);
        const out = ids === NO_IDS ? new Array<string>(siblings.length) : ids;
        const at = ids === NO_IDS ? 0 : ids.length;
        for (let i = 0; i < siblings.length; i++) out[at + i] = siblings[i] + suffix;
        return out;
      },
    };
  });
}

/** `idSuffix`: "@" and the target ids joined by ">", as finding ids end. */
function formerIdsOf(rule: Rule): (targetIds: readonly string[], idSuffix: string) => string[] {
  if (rule.replaces.length === 0) return () => NO_IDS;
  return (targetIds) => {
    const ids: string[] = [];
    for (const { rule: old, on } of rule.replaces) {
      const key = formerKey(on, targetIds);
      if (key !== null) ids.push(`${old}@${key}`);
    }
    return ids;
  };
}

/** The target key a retired rule used: targets are [item] or [source, flow, target]. */
function formerKey(
  on: Rule["replaces"][number]["on"],
  targetIds: readonly string[],
): string | null {
  const [first, flow, last] = targetIds;
  const interaction = targetIds.length === 3;
  switch (on) {
    case "element":
      return first ?? null;
    case "flow":
      return (interaction ? flow : first) ?? null;
    case "interaction":
      return interaction ? `${first}>${flow}>${last}` : null;
    case "source":
      return interaction ? (first ?? null) : null;
    case "target":
      return interaction ? (last ?? null) : null;
    case "model":
      return "model";
  }
}
