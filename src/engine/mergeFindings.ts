import { maskCodes, type CompiledRule } from "./compiledRules";
import { Gathered } from "./gathered";
import { addAliases, addAliasesByRule, aliasesByRule } from "./mergeAliases";
import { mergedReferences } from "./mergeReferences";
import { RuleFinding } from "./ruleFinding";
import type { Outcomes } from "./outcomes";
import { AI_HARM_CODES, LINDDUN_CODES, STRIDE_CODES } from "./rules/codes";
import type { TemplateNames } from "./templates";
import type { Claim, Finding, MatchedFact } from "./types";

// Lists are gathered in reused buffers, then copied at their final size.
const claims = new Gathered<Claim>();
const aliases = new Gathered<string>();
const heads = new Gathered<string>();
const because = new Gathered<MatchedFact>();
const NONE: readonly never[] = Object.freeze([]);

/**
 * One finding for the findings of one root cause on one item (`members`: their indexes in
 * `outcomes`, sorted here by priority, in place): the primary rule speaks, and the finding
 * carries every category, reference and claim, the union of mitigations (up to six) and reasons,
 * the ids the others had, and the highest score. Lists equal to the primary rule's own are
 * shared with it (frozen, as on every unmerged finding) rather than copied. Built at once from
 * the outcomes: the others' findings on their own are never made, only what this one lists of
 * them (ids, titles, mitigations).
 */
export function mergedFinding(outcomes: Outcomes, members: number[]): Finding {
  const rules = outcomes.rules;
  sortByPriority(rules, members);
  const first = members[0]!;
  const primaryRule = rules[first]!;
  const frame = outcomes.frames[first]!;
  const other = outcomes.others[first] as string | null;
  const rule = primaryRule.rule;
  const targetIds = frame.targetIds;
  const suffix = frame.idSuffix;
  const primaryId = rule.id + suffix;
  let strongest = primaryRule;
  let stride = 0;
  let linddun = 0;
  let harms = 0;
  claims.reset(NONE);
  aliases.reset(primaryRule.formerIds(targetIds, suffix));
  because.reset(outcomes.because[first]!);
  // What its sentences are made from when first read (see `RuleFinding`).
  const others = members.length - 1;
  const merged = {
    rules: new Array<CompiledRule>(others),
    ids: new Array<string>(others),
    names: new Array<Readonly<TemplateNames>>(others),
    others: new Array<string | null>(others),
  };
  const byRule = aliasesByRule(outcomes, members);
  if (byRule) heads.reset(primaryRule.siblingIds);
  for (let m = 0; m < members.length; m++) {
    const at = members[m]!;
    const compiled = rules[at]!;
    if (compiled.score > strongest.score) strongest = compiled;
    stride |= compiled.categoryMasks.stride;
    linddun |= compiled.categoryMasks.linddun;
    harms |= compiled.categoryMasks.ai;
    for (let c = 0; c < compiled.claims.length; c++) {
      if (!claims.has(compiled.claims[c]!)) claims.push(compiled.claims[c]!);
    }
    if (m === 0) continue;
    const memberFrame = outcomes.frames[at]!;
    const id = compiled.rule.id + memberFrame.idSuffix;
    if (byRule) addAliasesByRule(aliases, heads, primaryRule, compiled, id, suffix);
    else {
      const former = compiled.formerIds(memberFrame.targetIds, memberFrame.idSuffix);
      addAliases(aliases, primaryId, id, former);
    }
    merged.rules[m - 1] = compiled;
    merged.ids[m - 1] = id;
    merged.names[m - 1] = memberFrame.namesKept;
    merged.others[m - 1] = outcomes.others[at] as string | null;
    addReasons(outcomes.because[at]!);
  }
  const own = primaryRule.categoryMasks;
  const finding = new RuleFinding(
    primaryRule,
    primaryId,
    targetIds,
    frame.namesKept,
    other,
    aliases.copy(),
    because.copy(),
    merged,
  );
  if (
    !primaryRule.categoriesInOrder ||
    stride !== own.stride ||
    linddun !== own.linddun ||
    harms !== own.ai
  ) {
    finding.categories = {
      stride: maskCodes(STRIDE_CODES, stride),
      linddun: maskCodes(LINDDUN_CODES, linddun),
      ai: maskCodes(AI_HARM_CODES, harms),
    };
  }
  finding.references = mergedReferences(rules, members);
  if (!claims.equals(primaryRule.claims)) finding.claims = claims.copy();
  finding.likelihood = strongest.rule.likelihood;
  finding.impact = strongest.rule.impact;
  finding.score = strongest.score;
  finding.severity = strongest.severity;
  return finding;
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

/** Adds a member's reasons, each (subject, fact) once. */
function addReasons(facts: readonly MatchedFact[]): void {
  for (let f = 0; f < facts.length; f++) {
    const fact = facts[f]!;
    let known = false;
    for (let k = 0; k < because.count && !known; k++) {
      const kept = because.at(k);
      known = kept === fact || (kept.subjectId === fact.subjectId && kept.fact === fact.fact);
    }
    if (!known) because.push(fact);
  }
}
