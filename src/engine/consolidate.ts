import type { RawFinding } from "./findings";
import { AI_HARM_CODES, LINDDUN_CODES, STRIDE_CODES } from "./rules/schema";
import type { Finding, FoldedFinding, MatchedFact } from "./types";

/**
 * One finding per root cause and item. The raw results of one target (an element, or a flow with
 * its interaction and crossing rules, or the model) all concern the same item, so merging is
 * done per target list: the incremental evaluator keeps the consolidation of unchanged targets.
 *
 *  - Raw findings with the same root cause merge: the primary rule speaks (specific before
 *    generic, AI before STRIDE before LINDDUN, then rule order), and the merged finding carries
 *    every category and reference, the union of mitigations and reasons, and the highest score.
 *  - A rule that supersedes a root cause absorbs that cause's findings on the same item ("folded
 *    into it"), so the user reads the threat once, in its most specific words.
 *  - A question whose finding would only merge into one that already fired is not asked: its
 *    answer cannot change what the user reads.
 */
export interface Consolidated {
  readonly findings: readonly Finding[];
  /** Raw questions still worth asking. */
  readonly asks: readonly RawFinding[];
}

const EMPTY: Consolidated = Object.freeze({ findings: Object.freeze([]), asks: Object.freeze([]) });

export function consolidateTarget(raws: readonly RawFinding[]): Consolidated {
  return raws.length === 0 ? EMPTY : consolidate(raws);
}

const NO_ALIASES: string[] = Object.freeze([]) as unknown as string[];
const NO_FOLDED: FoldedFinding[] = Object.freeze([]) as unknown as FoldedFinding[];

function consolidate(raws: readonly RawFinding[]): Consolidated {
  // Groups of definite findings by root cause, in order of first appearance.
  const groups = new Map<string, RawFinding[]>();
  let merging = false;
  for (const raw of raws) {
    if (raw.question) continue;
    const key = raw.compiled.rootCause;
    const group = groups.get(key);
    if (group) {
      group.push(raw);
      merging = true;
    } else groups.set(key, [raw]);
    if (raw.compiled.supersedes.length > 0) merging = true;
  }
  // Superseded causes fold into the group of the rule that supersedes them.
  const foldedInto = new Map<string, string>();
  if (merging) {
    for (const [key, group] of groups) {
      for (const raw of group) {
        for (const cause of raw.compiled.supersedes) {
          if (cause === key || !groups.has(cause) || foldedInto.has(cause)) continue;
          foldedInto.set(cause, key);
        }
      }
    }
    for (const [cause, into] of foldedInto) {
      let target = into;
      while (foldedInto.has(target)) target = foldedInto.get(target)!;
      const absorbed = groups.get(cause);
      const into2 = groups.get(target);
      if (target === cause || !absorbed || !into2) continue;
      into2.push(...absorbed);
      groups.delete(cause);
    }
  }
  const findings: Finding[] = [];
  // Per root cause already reported on this item: the score of the finding that reports it.
  const settled = new Map<string, number>();
  const settle = (cause: string, score: number) =>
    settled.set(cause, Math.max(score, settled.get(cause) ?? 0));
  for (const [key, group] of groups) {
    const finding = group.length === 1 ? single(group[0]!) : merged(group);
    findings.push(finding);
    settle(key, finding.score);
    for (const raw of group)
      for (const cause of raw.compiled.supersedes) settle(cause, finding.score);
  }
  for (const [cause, into] of foldedInto) {
    let target = into;
    while (foldedInto.has(target) && foldedInto.get(target) !== cause)
      target = foldedInto.get(target)!;
    settle(cause, settled.get(target) ?? Number.POSITIVE_INFINITY);
  }

  // Questions worth asking: their finding would not merge into one already there, or its answer
  // could make that finding more severe (the milder form fired; the stronger one hinges on it).
  let asks: RawFinding[] | null = null;
  for (const raw of raws) {
    if (!raw.question || !raw.compiled.asked) continue;
    const reported = settled.get(raw.compiled.rootCause);
    if (reported !== undefined && raw.compiled.score <= reported) continue;
    (asks ??= []).push(raw);
  }
  return { findings, asks: asks ?? EMPTY.asks };
}

function single(raw: RawFinding): Finding {
  const compiled = raw.compiled;
  const rule = compiled.rule;
  const former = compiled.formerIds(raw.targetIds);
  return {
    id: raw.id,
    ruleId: rule.id,
    ruleRevision: rule.revision,
    pack: rule.pack,
    scope: rule.scope,
    rootCause: compiled.rootCause,
    aliases: former.length === 0 ? NO_ALIASES : former,
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

const MAX_MITIGATIONS = 6;

function merged(group: RawFinding[]): Finding {
  group.sort((a, b) => a.compiled.priority - b.compiled.priority);
  const primary = group[0]!;
  const base = single(primary);
  let strongest = primary;
  const stride = new Set(base.categories.stride);
  const linddun = new Set(base.categories.linddun);
  const harms = new Set(base.categories.ai);
  const references: Record<string, string[]> = {};
  const mitigations = [...base.mitigations];
  const because: MatchedFact[] = [...base.because];
  const claims = new Set(base.claims);
  const aliases: string[] = [...base.aliases];
  const folded: FoldedFinding[] = [];
  for (const raw of group) {
    const compiled = raw.compiled;
    if (compiled.score > strongest.compiled.score) strongest = raw;
    for (const code of compiled.categories.stride) stride.add(code);
    for (const code of compiled.categories.linddun) linddun.add(code);
    for (const code of compiled.categories.ai) harms.add(code);
    for (const [catalog, ids] of Object.entries(compiled.references)) {
      if (!Array.isArray(ids)) continue;
      const list = (references[catalog] ??= []);
      for (const id of ids as string[]) if (!list.includes(id)) list.push(id);
    }
    for (const claim of compiled.claims) claims.add(claim);
    if (raw === primary) continue;
    if (raw.id !== primary.id && !aliases.includes(raw.id)) aliases.push(raw.id);
    for (const id of compiled.formerIds(raw.targetIds)) {
      if (id !== primary.id && !aliases.includes(id)) aliases.push(id);
    }
    folded.push({ ruleId: compiled.rule.id, findingId: raw.id, title: raw.title });
    for (const text of raw.mitigations) {
      if (mitigations.length >= MAX_MITIGATIONS) break;
      if (!mitigations.includes(text)) mitigations.push(text);
    }
    for (const fact of raw.because) {
      if (!because.some((b) => b.subjectId === fact.subjectId && b.fact === fact.fact)) {
        because.push(fact);
      }
    }
  }
  const strongestRule = strongest.compiled;
  return {
    ...base,
    aliases,
    folded,
    categories: {
      stride: STRIDE_CODES.filter((code) => stride.has(code)),
      linddun: LINDDUN_CODES.filter((code) => linddun.has(code)),
      ai: AI_HARM_CODES.filter((code) => harms.has(code)),
    },
    references: { ...base.references, ...references } as Finding["references"],
    mitigations,
    because,
    claims: [...claims],
    likelihood: strongestRule.rule.likelihood,
    impact: strongestRule.rule.impact,
    score: strongestRule.score,
    severity: strongestRule.severity,
  };
}
