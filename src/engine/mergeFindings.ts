import { maskCodes, type CompiledRule } from "./compiledRules";
import { mitigationsOf } from "./findings";
import { Gathered } from "./gathered";
import { addAliases, addAliasesByRule, aliasesByRule } from "./mergeAliases";
import { mergedReferences } from "./mergeReferences";
import type { Outcomes } from "./outcomes";
import { AI_HARM_CODES, LINDDUN_CODES, STRIDE_CODES } from "./rules/codes";
import type { TemplateNames } from "./templates";
import type { Claim, Finding, FoldedFinding, MatchedFact } from "./types";

const MAX_MITIGATIONS = 6;

// Lists are gathered in reused buffers, then copied at their final size.
const claims = new Gathered<Claim>();
const aliases = new Gathered<string>();
const heads = new Gathered<string>();
const mitigations = new Gathered<string>();
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
  mitigations.reset(mitigationsOf(primaryRule, frame.names, other));
  because.reset(outcomes.because[first]!);
  const folded = new Array<FoldedFinding>(members.length - 1);
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
    const memberOther = outcomes.others[at] as string | null;
    const id = compiled.rule.id + memberFrame.idSuffix;
    if (byRule) addAliasesByRule(aliases, heads, primaryRule, compiled, id, suffix);
    else {
      const former = compiled.formerIds(memberFrame.targetIds, memberFrame.idSuffix);
      addAliases(aliases, primaryId, id, former);
    }
    folded[m - 1] = {
      ruleId: compiled.rule.id,
      findingId: id,
      title: compiled.title(memberFrame.names, memberOther),
    };
    addMitigations(compiled, memberFrame.names, memberOther);
    addReasons(outcomes.because[at]!);
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
  // The fields in the order of an unmerged finding (see `buildFinding`).
  return {
    id: primaryId,
    ruleId: rule.id,
    ruleRevision: rule.revision,
    pack: rule.pack,
    scope: rule.scope,
    rootCause: primaryRule.rootCause,
    aliases: aliases.copy(),
    folded,
    targetIds,
    categories,
    title: primaryRule.title(frame.names, other),
    description: primaryRule.description(frame.names, other),
    mitigations: mitigations.copy(),
    because: because.copy(),
    references: mergedReferences(rules, members),
    claims: claims.equals(primaryRule.claims) ? (primaryRule.claims as Claim[]) : claims.copy(),
    likelihood: strongest.rule.likelihood,
    impact: strongest.rule.impact,
    score: strongest.score,
    severity: strongest.severity,
  };
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

/** Adds a member's mitigations unless listed, up to six; texts made as needed. */
function addMitigations(compiled: CompiledRule, names: TemplateNames, other: string | null): void {
  const fixed = compiled.fixedMitigations;
  const count = fixed === null ? compiled.mitigations.length : fixed.length;
  for (let t = 0; t < count; t++) {
    if (mitigations.count >= MAX_MITIGATIONS) return;
    const text = fixed === null ? compiled.mitigations[t]!(names, other) : fixed[t]!;
    if (!mitigations.has(text)) mitigations.push(text);
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
