import type { RawQuestion, Unknown } from "./findings";
import {
  bySubjectOf,
  dependentOf,
  listed,
  questionFor,
  RANK,
  sortBySeverity,
} from "./questionParts";
import type { Question, QuestionDependent } from "./types";

/**
 * The questionnaire: one question per (element or flow, fact), however many rules hinge on it,
 * with the findings it could add. Ordered by what depends on it: the most severe first, then the
 * most numerous, then document order.
 *
 * An outcome that hinges on several unknowns is asked through one of them: the one the most other
 * outcomes also hinge on (a greedy cover), so a few answers settle the most. Whether a flow is
 * encrypted settles its disclosure and tampering outcomes at once; who is behind an entity settles
 * the exposure of everything it calls. The rest is asked once that answer is in, if still needed.
 *
 * This builds it at once from every raw question, in result order; `questionnaire.ts` keeps one
 * up to date across the edits of one document, with the same outcome.
 */

/** One unknown: how many outcomes hinge on it, and its question once one is asked through it. */
export interface Tally {
  /** The build it counts for (see `buildStamp`). */
  tallyStamp: number;
  count: number;
  /** The unknown of the first outcome asked through it, once there is one. */
  first: Unknown | null;
  rank: number;
  order: number;
  dependents: QuestionDependent[] | null;
}

/** Tallies kept on unknowns are valid for the build whose stamp they carry. */
let buildStamp = 0;

/**
 * One tally per question id (fact and subject id). Where every subject of the world has an id
 * of its own (`World.distinctIds`), unknowns are one object per question id (see `unknownOf`)
 * and are their own tallies; otherwise they are tallied by id.
 */
function tallyOf(unknown: Unknown, byKey: Map<string, Tally> | null, stamp: number): Tally {
  if (byKey === null) {
    if (unknown.tallyStamp !== stamp) startTally(unknown, stamp);
    return unknown;
  }
  let tally = byKey.get(unknown.key);
  if (tally === undefined) {
    tally = { tallyStamp: stamp, count: 0, first: null, rank: -1, order: 0, dependents: null };
    byKey.set(unknown.key, tally);
  }
  return tally;
}

function startTally(tally: Tally, stamp: number): void {
  tally.tallyStamp = stamp;
  tally.count = 0;
  tally.first = null;
  tally.rank = -1;
  tally.order = 0;
  tally.dependents = null;
}

/** `distinctIds`: see `World.distinctIds`. */
export function buildQuestions(
  asks: readonly RawQuestion[],
  distinctIds: boolean,
): {
  questions: Question[];
  bySubject: Map<string, Question[]>;
} {
  const stamp = ++buildStamp;
  const byKey = distinctIds ? null : new Map<string, Tally>();
  // How many outcomes hinge on each unknown.
  for (let i = 0; i < asks.length; i++) {
    const unknowns = asks[i]!.unknowns;
    for (let j = 0; j < unknowns.length; j++) tallyOf(unknowns[j]!, byKey, stamp).count++;
  }
  const built: Tally[] = [];
  for (let i = 0; i < asks.length; i++) {
    const raw = asks[i]!;
    const unknowns = raw.unknowns;
    // The unknown the most outcomes share (the first of them on a tie).
    let best = -1;
    let bestTally: Tally | null = null;
    for (let j = 0; j < unknowns.length; j++) {
      const tally = tallyOf(unknowns[j]!, byKey, stamp);
      if (bestTally === null || tally.count > bestTally.count) {
        best = j;
        bestTally = tally;
      }
    }
    if (bestTally === null) continue;
    const dependents = bestTally.dependents;
    if (dependents === null) {
      const dependent = dependentOf(raw);
      bestTally.first = unknowns[best]!;
      bestTally.order = built.length;
      // Most questions list one finding: a list of one, not one grown by push() (17 slots).
      bestTally.dependents = [dependent];
      bestTally.rank = RANK[dependent.severity];
      built.push(bestTally);
      continue;
    }
    // Outcomes of one root cause on one item are one finding: listed once.
    if (listed(dependents, raw)) continue;
    const dependent = dependentOf(raw);
    dependents.push(dependent);
    bestTally.rank = Math.max(bestTally.rank, RANK[dependent.severity]);
  }
  built.sort(
    (a, b) => b.rank - a.rank || b.dependents!.length - a.dependents!.length || a.order - b.order,
  );
  const questions = new Array<Question>(built.length);
  for (let i = 0; i < built.length; i++) {
    const tally = built[i]!;
    if (tally.dependents!.length > 1) sortBySeverity(tally.dependents!);
    questions[i] = questionFor(tally.first!, tally.dependents!, null, false);
  }
  return { questions, bySubject: bySubjectOf(questions) };
}
