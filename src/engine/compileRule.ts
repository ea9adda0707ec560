import { compileCondition, type CompiledCondition } from "./conditions/compile";
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
  /**
   * `Object.keys(references)`, kept so merging reads no entries lists; one shared array for
   * every rule with the same keys in the same order.
   */
  readonly referenceKeys: readonly string[];
  /** The code list of each of `referenceKeys`, in order; null unless every one is a list. */
  readonly referenceLists: readonly (readonly string[])[] | null;
  readonly score: number;
  readonly severity: Severity;
  /** Whether an outcome of it that hinges on an unknown is asked about (medium or worse). */
  readonly asked: boolean;
  /** Its root cause (the rule id when it names none): findings merge per root cause and item. */
  readonly rootCause: string;
  /** Root causes it folds into itself when both fire on one item. */
  readonly supersedes: readonly string[];
  readonly claims: readonly Claim[];
  /**
   * The ids its findings also go by: those retired rules had on the same targets (see
   * `Rule.replaces`), then its siblings' (`siblingIds`) with the same suffix.
   */
  readonly formerIds: (targetIds: readonly string[], idSuffix: string) => string[];
  /** Rules whose findings on the same item are this one's under another id (see `withSiblingIds`). */
  readonly siblingIds: readonly string[];
  /** Which rule of a merged group speaks first: specific (superseding) rules, then AI, STRIDE, LINDDUN, then rule order. */
  readonly priority: number;
  /** Element scope: whether the rule applies to this element (flows: see `appliesToFlows`). */
  readonly matchesElement: (info: ElementInfo) => boolean;
  /** Element scope: whether the rule applies to flows at all. */
  readonly appliesToFlows: boolean;
  /** Interaction / crossing scope: whether the rule applies to this flow's ends. */
  readonly matchesInteraction: (info: FlowInfo) => boolean;
}

const PACK_PRIORITY: Readonly<Record<Rule["pack"], number>> = { ai: 0, stride: 1, linddun: 2 };

export function compileRule(rule: Rule, index: number): CompiledRule {
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
    referenceKeys: sharedKeys(Object.keys(rule.references)),
    referenceLists: referenceListsOf(rule.references),
    score,
    severity: severityOf(score),
    asked: score >= MIN_ASKED_SCORE,
    rootCause: rule.rootCause ?? rule.id,
    supersedes: Object.freeze([...rule.supersedes]),
    claims: Object.freeze([...rule.claims]),
    formerIds: formerIdsOf(rule),
    siblingIds: NO_IDS,
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

const keyOrders = new Map<string, readonly string[]>();

/** The one frozen array of these keys in this order. */
function sharedKeys(keys: string[]): readonly string[] {
  const joined = keys.join("\n");
  let shared = keyOrders.get(joined);
  if (!shared) keyOrders.set(joined, (shared = Object.freeze(keys)));
  return shared;
}

/** Null unless every value is a list of distinct codes (what merging by position assumes). */
function referenceListsOf(references: Rule["references"]): readonly (readonly string[])[] | null {
  const lists = Object.values(references as Readonly<Record<string, unknown>>);
  const distinct = (list: unknown) => Array.isArray(list) && new Set(list).size === list.length;
  if (!lists.every(distinct)) return null;
  return Object.freeze(lists.map((list) => Object.freeze([...(list as string[])])));
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
export function withSiblingIds(compiled: CompiledRule[]): CompiledRule[] {
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
      siblingIds: Object.freeze(siblings),
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
