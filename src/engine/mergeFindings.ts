import { maskCodes, type CompiledRule } from "./compiledRules";
import type { Outcomes } from "./outcomes";
import { AI_HARM_CODES, LINDDUN_CODES, STRIDE_CODES } from "./rules/codes";
import type { Claim, Finding, FoldedFinding, MatchedFact } from "./types";

const MAX_MITIGATIONS = 6;

/**
 * One finding for the findings of one root cause on one item (`members`: their indexes in
 * `outcomes`, sorted here by priority, in place): the primary rule speaks, and the finding
 * carries every category, reference and claim, the union of mitigations (up to six) and reasons,
 * the ids the others had, and the highest score. Lists equal to the primary rule's own are
 * shared with it (frozen, as on every unmerged finding) rather than copied.
 */
export function mergedFinding(outcomes: Outcomes, members: number[]): Finding {
  const rules = outcomes.rules;
  sortByPriority(rules, members);
  const primary = outcomes.findings[members[0]!]!;
  const primaryRule = rules[members[0]!]!;
  let strongest = primaryRule;
  let stride = 0;
  let linddun = 0;
  let harms = 0;
  // Lists are gathered in reused buffers, then copied at their final size.
  const claims = start(claimBuffer, NONE);
  const aliases = start(aliasBuffer, primary.aliases);
  const mitigations = start(mitigationBuffer, primary.mitigations);
  const because = start(becauseBuffer, primary.because);
  const folded = new Array<FoldedFinding>(members.length - 1);
  for (let m = 0; m < members.length; m++) {
    const compiled = rules[members[m]!]!;
    const finding = outcomes.findings[members[m]!]!;
    if (compiled.score > strongest.score) strongest = compiled;
    stride |= compiled.categoryMasks.stride;
    linddun |= compiled.categoryMasks.linddun;
    harms |= compiled.categoryMasks.ai;
    for (let c = 0; c < compiled.claims.length; c++) {
      if (!claims.includes(compiled.claims[c]!)) claims.push(compiled.claims[c]!);
    }
    if (m === 0) continue;
    if (finding.id !== primary.id && !aliases.includes(finding.id)) aliases.push(finding.id);
    for (let a = 0; a < finding.aliases.length; a++) {
      const id = finding.aliases[a]!;
      if (id !== primary.id && !aliases.includes(id)) aliases.push(id);
    }
    folded[m - 1] = { ruleId: compiled.rule.id, findingId: finding.id, title: finding.title };
    addMitigations(mitigations, finding.mitigations);
    addReasons(because, finding.because);
  }
  const own = primaryRule.categoryMasks;
  const categories =
    primaryRule.categoriesInOrder &&
    stride === own.stride &&
    linddun === own.linddun &&
    harms === own.ai
      ? primaryRule.categories
      : {
          stride: maskCodes(STRIDE_CODES, stride),
          linddun: maskCodes(LINDDUN_CODES, linddun),
          ai: maskCodes(AI_HARM_CODES, harms),
        };
  return {
    ...primary,
    aliases: aliases.slice(),
    folded,
    categories,
    references: mergedReferences(rules, members),
    mitigations: mitigations.slice(),
    because: because.slice(),
    claims: sameList(claims, primaryRule.claims) ? (primaryRule.claims as Claim[]) : claims.slice(),
    likelihood: strongest.rule.likelihood,
    impact: strongest.rule.impact,
    score: strongest.score,
    severity: strongest.severity,
  };
}

const NONE: readonly never[] = Object.freeze([]);
const claimBuffer: Claim[] = [];
const aliasBuffer: string[] = [];
const mitigationBuffer: string[] = [];
const becauseBuffer: MatchedFact[] = [];

/** `buffer`, emptied and filled with `items`. */
function start<T>(buffer: T[], items: readonly T[]): T[] {
  buffer.length = 0;
  for (let i = 0; i < items.length; i++) buffer.push(items[i]!);
  return buffer;
}

/** Stable insertion sort of a few indexes by their rules' priority. */
function sortByPriority(rules: readonly CompiledRule[], members: number[]): void {
  for (let i = 1; i < members.length; i++) {
    const item = members[i]!;
    const priority = rules[item]!.priority;
    let j = i - 1;
    while (j >= 0 && rules[members[j]!]!.priority > priority) {
      members[j + 1] = members[j]!;
      j--;
    }
    members[j + 1] = item;
  }
}

function sameList(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function addMitigations(into: string[], texts: readonly string[]): void {
  for (let t = 0; t < texts.length; t++) {
    if (into.length >= MAX_MITIGATIONS) return;
    if (!into.includes(texts[t]!)) into.push(texts[t]!);
  }
}

function addReasons(into: MatchedFact[], facts: readonly MatchedFact[]): void {
  for (let f = 0; f < facts.length; f++) {
    const fact = facts[f]!;
    let known = false;
    for (let k = 0; k < into.length && !known; k++) {
      known = into[k]!.subjectId === fact.subjectId && into[k]!.fact === fact.fact;
    }
    if (!known) into.push(fact);
  }
}

/**
 * Every code any rule of the group cites, per catalog, in the order first cited: the primary's
 * catalogs in its order, then any other rule's further catalogs in the order they come. A list
 * that comes out as the primary's own is the primary's (frozen) list.
 */
function mergedReferences(
  rules: readonly CompiledRule[],
  members: readonly number[],
): Finding["references"] {
  const base = rules[members[0]!]!;
  const own = base.references as Readonly<Record<string, unknown>>;
  const out: Record<string, unknown> = {};
  for (let k = 0; k < base.referenceKeys.length; k++) {
    const key = base.referenceKeys[k]!;
    out[key] = own[key];
  }
  // The catalogs cited, in the order first met, each with its codes gathered in a buffer.
  let catalogs = 0;
  for (let m = 0; m < members.length; m++) {
    const compiled = rules[members[m]!]!;
    const references = compiled.references as Readonly<Record<string, unknown>>;
    for (let k = 0; k < compiled.referenceKeys.length; k++) {
      const key = compiled.referenceKeys[k]!;
      const ids = references[key];
      if (!Array.isArray(ids)) continue;
      let at = catalogKeys.indexOf(key);
      if (at < 0 || at >= catalogs) {
        at = catalogs++;
        catalogKeys[at] = key;
        (catalogCodes[at] ??= []).length = 0;
      }
      const list = catalogCodes[at]!;
      for (let c = 0; c < ids.length; c++) {
        if (!list.includes(ids[c] as string)) list.push(ids[c] as string);
      }
    }
  }
  for (let at = 0; at < catalogs; at++) {
    const key = catalogKeys[at]!;
    const list = catalogCodes[at]!;
    const mine = own[key];
    out[key] = Array.isArray(mine) && sameList(list, mine) ? mine : list.slice();
  }
  return out as Finding["references"];
}

const catalogKeys: string[] = [];
const catalogCodes: string[][] = [];
