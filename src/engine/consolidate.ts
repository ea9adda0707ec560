import type { CompiledRule } from "./compiledRules";
import { buildFinding, buildQuestion, type RawQuestion } from "./findings";
import type { QuestionGroup } from "./questionnaire";
import { mergedFinding } from "./mergeFindings";
import type { Outcomes } from "./outcomes";
import type { Finding } from "./types";

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
export interface Consolidated extends QuestionGroup {
  readonly findings: readonly Finding[];
  /** Raw questions still worth asking. */
  readonly asks: readonly RawQuestion[];
}

const NO_FINDINGS: readonly Finding[] = Object.freeze([]);
const NO_ASKS: readonly RawQuestion[] = Object.freeze([]);
// Never a question group (it has no questions): frozen, shared.
const EMPTY: Consolidated = Object.freeze({
  findings: NO_FINDINGS,
  asks: NO_ASKS,
  position: 0,
  stamp: 0,
});

/**
 * Consolidates the outcomes collected for one target, and clears them.
 *
 * A target has a few dozen outcomes at most, so the groups, folds and settled scores live in
 * small parallel arrays searched linearly, reused from target to target (evaluation is
 * synchronous and never re-entered): no Map, Set or iterator per target.
 */
export function consolidateTarget(outcomes: Outcomes): Consolidated {
  const result = outcomes.count === 0 ? EMPTY : consolidate(outcomes);
  outcomes.clear();
  return result;
}

/**
 * Groups of definite findings by root cause (indexes into the outcomes), in order of first
 * appearance. Most groups have one member, kept in `groupFirst`; a group's list of members is
 * filled only once a second one joins.
 */
const groupCauses: string[] = [];
const groupFirst: number[] = [];
const groupSize: number[] = [];
const groupMembers: number[][] = [];
const groupAlive: boolean[] = [];
let groups = 0;

function memberAt(g: number, m: number): number {
  return groupSize[g] === 1 ? groupFirst[g]! : groupMembers[g]![m]!;
}

function addMember(g: number, i: number): void {
  const members = (groupMembers[g] ??= []);
  if (groupSize[g] === 1) {
    members.length = 0;
    members.push(groupFirst[g]!);
  }
  members.push(i);
  groupSize[g] = members.length;
}
/** Root causes folded into the group of another (superseding) cause, in the order found. */
const foldCauses: string[] = [];
const foldInto: string[] = [];
let folds = 0;
/** Per root cause already reported on this item: the score of the finding that reports it. */
const settledCauses: string[] = [];
const settledScores: number[] = [];
let settledCount = 0;

function groupOf(cause: string): number {
  for (let g = 0; g < groups; g++) if (groupAlive[g] && groupCauses[g] === cause) return g;
  return -1;
}

function foldOf(cause: string): number {
  for (let f = 0; f < folds; f++) if (foldCauses[f] === cause) return f;
  return -1;
}

function settledAt(cause: string): number {
  for (let s = 0; s < settledCount; s++) if (settledCauses[s] === cause) return s;
  return -1;
}

function settle(cause: string, score: number): void {
  const at = settledAt(cause);
  if (at >= 0) settledScores[at] = Math.max(score, settledScores[at]!);
  else {
    settledCauses[settledCount] = cause;
    settledScores[settledCount++] = score;
  }
}

/** Where a folded cause's findings end up: the end of its chain of folds. */
function foldTarget(into: string): string {
  let target = into;
  for (let f = foldOf(target); f >= 0; f = foldOf(target)) target = foldInto[f]!;
  return target;
}

function consolidate(outcomes: Outcomes): Consolidated {
  const { rules, count } = outcomes;
  const questions = outcomes.anyQuestion;
  groups = 0;
  folds = 0;
  settledCount = 0;
  let merging = false;
  for (let i = 0; i < count; i++) {
    if (outcomes.because[i] === null) continue;
    const rule = rules[i]!;
    const cause = rule.rootCause;
    const g = groupOf(cause);
    if (g >= 0) {
      addMember(g, i);
      merging = true;
    } else {
      groupCauses[groups] = cause;
      groupAlive[groups] = true;
      groupFirst[groups] = i;
      groupSize[groups] = 1;
      groups++;
    }
    if (rule.supersedes.length > 0) merging = true;
  }
  if (merging) foldSuperseded(rules);

  let alive = 0;
  for (let g = 0; g < groups; g++) if (groupAlive[g]) alive++;
  const findings = new Array<Finding>(alive);
  let next = 0;
  for (let g = 0; g < groups; g++) {
    if (!groupAlive[g]) continue;
    if (groupSize[g] === 1) {
      const finding = findingAt(outcomes, groupFirst[g]!);
      findings[next++] = finding;
      if (!questions) continue;
      settle(groupCauses[g]!, finding.score);
      const supersedes = rules[groupFirst[g]!]!.supersedes;
      for (let s = 0; s < supersedes.length; s++) settle(supersedes[s]!, finding.score);
      continue;
    }
    const members = groupMembers[g]!;
    const finding = mergedFinding(outcomes, members);
    findings[next++] = finding;
    if (!questions) continue;
    settle(groupCauses[g]!, finding.score);
    for (let m = 0; m < members.length; m++) {
      const supersedes = rules[members[m]!]!.supersedes;
      for (let s = 0; s < supersedes.length; s++) settle(supersedes[s]!, finding.score);
    }
  }
  if (!questions) return alive === 0 ? EMPTY : { findings, asks: NO_ASKS, position: 0, stamp: 0 };

  for (let f = 0; f < folds; f++) {
    const cause = foldCauses[f]!;
    let target = foldInto[f]!;
    for (let at = foldOf(target); at >= 0 && foldInto[at] !== cause; at = foldOf(target)) {
      target = foldInto[at]!;
    }
    const at = settledAt(target);
    settle(cause, at >= 0 ? settledScores[at]! : Number.POSITIVE_INFINITY);
  }

  // Questions worth asking: their finding would not merge into one already there, or its answer
  // could make that finding more severe (the milder form fired; the stronger one hinges on it).
  let asked = 0;
  for (let i = 0; i < count; i++) if (worthAsking(outcomes, i)) asked++;
  if (asked === 0) return alive === 0 ? EMPTY : { findings, asks: NO_ASKS, position: 0, stamp: 0 };
  const asks = new Array<RawQuestion>(asked);
  asked = 0;
  for (let i = 0; i < count; i++)
    if (worthAsking(outcomes, i)) asks[asked++] = questionAt(outcomes, i);
  return { findings, asks, position: 0, stamp: 0 };
}

function findingAt(outcomes: Outcomes, i: number): Finding {
  return buildFinding(
    outcomes.rules[i]!,
    outcomes.frames[i]!,
    outcomes.others[i] as string | null,
    outcomes.because[i]!,
  );
}

function questionAt(outcomes: Outcomes, i: number): RawQuestion {
  return buildQuestion(
    outcomes.rules[i]!,
    outcomes.frames[i]!,
    outcomes.others[i] as string | null,
    outcomes.unknowns[i]!,
  );
}

function worthAsking(outcomes: Outcomes, i: number): boolean {
  if (outcomes.unknowns[i] === null) return false;
  const rule = outcomes.rules[i]!;
  if (!rule.asked) return false;
  const at = settledAt(rule.rootCause);
  return at < 0 || rule.score > settledScores[at]!;
}

/** Superseded causes fold into the group of the rule that supersedes them (the first one found). */
function foldSuperseded(rules: readonly CompiledRule[]): void {
  for (let g = 0; g < groups; g++) {
    const cause = groupCauses[g]!;
    for (let m = 0; m < groupSize[g]!; m++) {
      const supersedes = rules[memberAt(g, m)]!.supersedes;
      for (let s = 0; s < supersedes.length; s++) {
        const superseded = supersedes[s]!;
        if (superseded === cause || groupOf(superseded) < 0 || foldOf(superseded) >= 0) continue;
        foldCauses[folds] = superseded;
        foldInto[folds++] = cause;
      }
    }
  }
  for (let f = 0; f < folds; f++) {
    const cause = foldCauses[f]!;
    const target = foldTarget(foldInto[f]!);
    const absorbed = groupOf(cause);
    const into = groupOf(target);
    if (target === cause || absorbed < 0 || into < 0) continue;
    for (let m = 0; m < groupSize[absorbed]!; m++) addMember(into, memberAt(absorbed, m));
    groupAlive[absorbed] = false;
  }
}
