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
interface Slot {
  count: number;
  first: Unknown | null;
  rank: number;
  order: number;
  dependents: QuestionDependent[];
  question: Question | null;
}

/**
 * Keyed by question id (fact and subject id), not by subject object: raw questions of one
 * subject made in different evaluations (an incremental evaluator's) name different objects.
 */
export function buildQuestions(asks: readonly RawQuestion[]): {
  questions: Question[];
  bySubject: Map<string, Question[]>;
} {
  // How many outcomes hinge on each unknown; the slot of every unknown, in the order visited.
  const slots = new Map<string, Slot>();
  const visited: Slot[] = [];
  for (let i = 0; i < asks.length; i++) {
    const unknowns = asks[i]!.unknowns;
    for (let j = 0; j < unknowns.length; j++) {
      const key = unknowns[j]!.key;
      let slot = slots.get(key);
      if (slot === undefined) {
        slot = { count: 0, first: null, rank: -1, order: 0, dependents: [], question: null };
        slots.set(key, slot);
      }
      slot.count++;
      visited.push(slot);
    }
  }
  const built: Slot[] = [];
  let next = 0;
  for (let i = 0; i < asks.length; i++) {
    const raw = asks[i]!;
    const unknowns = raw.unknowns;
    // The unknown the most outcomes share (the first of them on a tie).
    let best = -1;
    let bestSlot: Slot | null = null;
    for (let j = 0; j < unknowns.length; j++) {
      const slot = visited[next++]!;
      if (bestSlot === null || slot.count > bestSlot.count) {
        best = j;
        bestSlot = slot;
      }
    }
    if (bestSlot === null) continue;
    if (bestSlot.first === null) {
      bestSlot.first = unknowns[best]!;
      bestSlot.order = built.length;
      built.push(bestSlot);
    } else if (listed(bestSlot.dependents, raw)) {
      // Outcomes of one root cause on one item are one finding: listed once.
      continue;
    }
    const dependent = dependentOf(raw);
    bestSlot.dependents.push(dependent);
    bestSlot.rank = Math.max(bestSlot.rank, RANK[dependent.severity]);
  }
  for (let i = 0; i < built.length; i++) {
    const slot = built[i]!;
    if (slot.dependents.length > 1) sortBySeverity(slot.dependents);
    slot.question = questionFor(slot.first!, slot.dependents, null, false);
  }
  built.sort(
    (a, b) => b.rank - a.rank || b.dependents.length - a.dependents.length || a.order - b.order,
  );
  const questions = new Array<Question>(built.length);
  for (let i = 0; i < built.length; i++) questions[i] = built[i]!.question!;
  return { questions, bySubject: bySubjectOf(questions) };
}
