import { maskCodes, type CompiledRule } from "./compiledRules";
import type { RawFinding } from "./findings";
import { AI_HARM_CODES, LINDDUN_CODES, STRIDE_CODES } from "./rules/codes";
import type { Claim, Finding, FoldedFinding, MatchedFact } from "./types";

/** Findings as results list them, made from raw rule outcomes (see consolidate.ts). */

const NO_ALIASES: string[] = Object.freeze([]) as unknown as string[];
const NO_FOLDED: FoldedFinding[] = Object.freeze([]) as unknown as FoldedFinding[];
const MAX_MITIGATIONS = 6;

/** The finding of one raw outcome that merges with nothing. */
export function findingOf(raw: RawFinding): Finding {
  const compiled = raw.compiled;
  const rule = compiled.rule;
  const aliases = compiled.formerIds(raw.targetIds);
  return {
    id: raw.id,
    ruleId: rule.id,
    ruleRevision: rule.revision,
    pack: rule.pack,
    scope: rule.scope,
    rootCause: compiled.rootCause,
    aliases: aliases.length === 0 ? NO_ALIASES : aliases,
    folded: NO_FOLDED,
    targetIds: raw.targetIds,
    categories: compiled.categories,
    title: raw.title,
    description: raw.description,
    mitigations: raw.mitigations,
    because: raw.because,
    references: compiled.references,
    claims: compiled.claims as Finding["claims"],
    likelihood: rule.likelihood,
    impact: rule.impact,
    score: compiled.score,
    severity: compiled.severity,
  };
}

const byPriority = (a: RawFinding, b: RawFinding) => a.compiled.priority - b.compiled.priority;

/**
 * One finding for raw outcomes of one root cause on one item (sorted here, in place): the
 * primary rule speaks, and the finding carries every category, reference and claim, the union of
 * mitigations (up to six) and reasons, the ids the others had, and the highest score.
 */
export function mergedFinding(group: RawFinding[]): Finding {
  group.sort(byPriority);
  const primary = group[0]!;
  const primaryRule = primary.compiled;
  const rule = primaryRule.rule;
  let strongest = primaryRule;
  let stride = 0;
  let linddun = 0;
  let harms = 0;
  const claims: Claim[] = [];
  const aliases = primaryRule.formerIds(primary.targetIds).slice();
  const mitigations = primary.mitigations.slice();
  const because = primary.because.slice();
  const folded = new Array<FoldedFinding>(group.length - 1);
  for (let i = 0; i < group.length; i++) {
    const raw = group[i]!;
    const compiled = raw.compiled;
    if (compiled.score > strongest.score) strongest = compiled;
    stride |= compiled.categoryMasks.stride;
    linddun |= compiled.categoryMasks.linddun;
    harms |= compiled.categoryMasks.ai;
    for (let c = 0; c < compiled.claims.length; c++) {
      if (!claims.includes(compiled.claims[c]!)) claims.push(compiled.claims[c]!);
    }
    if (i === 0) continue;
    if (raw.id !== primary.id && !aliases.includes(raw.id)) aliases.push(raw.id);
    const former = compiled.formerIds(raw.targetIds);
    for (let f = 0; f < former.length; f++) {
      const id = former[f]!;
      if (id !== primary.id && !aliases.includes(id)) aliases.push(id);
    }
    folded[i - 1] = { ruleId: compiled.rule.id, findingId: raw.id, title: raw.title };
    addMitigations(mitigations, raw.mitigations);
    addReasons(because, raw.because);
  }
  return {
    id: primary.id,
    ruleId: rule.id,
    ruleRevision: rule.revision,
    pack: rule.pack,
    scope: rule.scope,
    rootCause: primaryRule.rootCause,
    aliases,
    folded,
    targetIds: primary.targetIds,
    categories: {
      stride: maskCodes(STRIDE_CODES, stride),
      linddun: maskCodes(LINDDUN_CODES, linddun),
      ai: maskCodes(AI_HARM_CODES, harms),
    },
    title: primary.title,
    description: primary.description,
    mitigations,
    because,
    references: mergedReferences(group),
    claims,
    likelihood: strongest.rule.likelihood,
    impact: strongest.rule.impact,
    score: strongest.score,
    severity: strongest.severity,
  };
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
 * catalogs in its order, then any other rule's further catalogs in the order they come.
 */
function mergedReferences(group: readonly RawFinding[]): Finding["references"] {
  const out: Record<string, unknown> = {};
  const base = group[0]!.compiled;
  for (let k = 0; k < base.referenceKeys.length; k++) {
    const key = base.referenceKeys[k]!;
    out[key] = (base.references as Record<string, unknown>)[key];
  }
  const merged: Record<string, string[]> = {};
  for (let i = 0; i < group.length; i++) {
    const compiled: CompiledRule = group[i]!.compiled;
    const references = compiled.references as Record<string, unknown>;
    for (let k = 0; k < compiled.referenceKeys.length; k++) {
      const key = compiled.referenceKeys[k]!;
      const ids = references[key];
      if (!Array.isArray(ids)) continue;
      let list = merged[key];
      if (list === undefined) out[key] = merged[key] = list = [];
      for (let c = 0; c < ids.length; c++) {
        if (!list.includes(ids[c] as string)) list.push(ids[c] as string);
      }
    }
  }
  return out as Finding["references"];
}
