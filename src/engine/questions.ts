import type { RawQuestion } from "./findings";
import { questionTemplate, type FactName } from "./rules/facts";
import type { Subject } from "./facts/world";
import type { Question, QuestionDependent, Severity } from "./types";

/**
 * The questionnaire: one question per (element or flow, fact), however many rules hinge on it,
 * with the findings it could add. Ordered by what depends on it: the most severe first, then the
 * most numerous, then document order.
 *
 * An outcome that hinges on several unknowns is asked through one of them: the one the most other
 * outcomes also hinge on (a greedy cover), so a few answers settle the most. Whether a flow is
 * encrypted settles its disclosure and tampering outcomes at once; who is behind an entity settles
 * the exposure of everything it calls. The rest is asked once that answer is in, if still needed.
 */
const RANK: Readonly<Record<Severity, number>> = {
  info: 0,
  low: 1,
  medium: 2,
  high: 3,
  critical: 4,
};

/** One unknown: how many outcomes hinge on it, and its question once one is asked through it. */
interface Slot {
  count: number;
  question: Question | null;
  rank: number;
  order: number;
}

/**
 * Keyed by question id (fact and subject id), not by subject object: the incremental evaluator
 * keeps the results of unchanged targets, whose unknowns name subjects of an earlier evaluation.
 */
export function buildQuestions(asks: readonly RawQuestion[]): {
  questions: Question[];
  bySubject: Map<string, Question[]>;
} {
  const list = asks;
  // How many outcomes hinge on each unknown; the slot of every unknown, in the order visited.
  const slots = new Map<string, Slot>();
  const visited: Slot[] = [];
  for (let i = 0; i < list.length; i++) {
    const unknowns = list[i]!.unknowns;
    for (let j = 0; j < unknowns.length; j++) {
      const key = unknowns[j]!.key;
      let slot = slots.get(key);
      if (slot === undefined)
        slots.set(key, (slot = { count: 0, question: null, rank: -1, order: 0 }));
      slot.count++;
      visited.push(slot);
    }
  }
  const built: Slot[] = [];
  let next = 0;
  for (let i = 0; i < list.length; i++) {
    const raw = list[i]!;
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
    const question = bestSlot.question;
    if (question === null) {
      const unknown = unknowns[best]!;
      const dependent = (raw.dependent ??= dependentOf(raw));
      bestSlot.question = {
        id: unknown.key,
        subjectId: unknown.subject.id,
        subjectKind: unknown.subject.kind,
        fact: unknown.fact,
        text: (unknown.text ??= questionText(unknown.fact, unknown.subject)),
        dependents: [dependent],
      };
      bestSlot.rank = RANK[dependent.severity];
      bestSlot.order = built.length;
      built.push(bestSlot);
      continue;
    }
    // Outcomes of one root cause on one item are one finding: listed once.
    const dependents = question.dependents;
    if (listed(dependents, raw)) continue;
    const dependent = (raw.dependent ??= dependentOf(raw));
    dependents.push(dependent);
    bestSlot.rank = Math.max(bestSlot.rank, RANK[dependent.severity]);
  }
  for (let i = 0; i < built.length; i++) {
    const dependents = built[i]!.question!.dependents;
    if (dependents.length > 1) sortBySeverity(dependents);
  }
  built.sort(
    (a, b) =>
      b.rank - a.rank ||
      b.question!.dependents.length - a.question!.dependents.length ||
      a.order - b.order,
  );
  const questions = new Array<Question>(built.length);
  const bySubject = new Map<string, Question[]>();
  for (let i = 0; i < built.length; i++) {
    const question = (questions[i] = built[i]!.question!);
    const list = bySubject.get(question.subjectId);
    if (list) list.push(question);
    else bySubject.set(question.subjectId, [question]);
  }
  return { questions, bySubject };
}

/** Whether a dependent of the same root cause on the same item is already listed. */
function listed(dependents: readonly QuestionDependent[], raw: RawQuestion): boolean {
  const cause = raw.compiled.rootCause;
  for (let d = 0; d < dependents.length; d++) {
    const dependent = dependents[d]!;
    if (dependent.rootCause === cause && sameItem(dependent.targetIds, raw.targetIds)) return true;
  }
  return false;
}

/**
 * Whether two target lists name the same item, as finding ids do (ids joined with ">"). Lists of
 * one target are one object; lists from different evaluations are compared by value; different
 * lists can still join alike when an id contains ">".
 */
function sameItem(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length === b.length) {
    let same = true;
    for (let i = 0; i < a.length && same; i++) same = a[i] === b[i];
    if (same) return true;
  }
  if (joinedLength(a) !== joinedLength(b)) return false;
  return a.join(">") === b.join(">");
}

function joinedLength(ids: readonly string[]): number {
  let length = ids.length - 1;
  for (let i = 0; i < ids.length; i++) length += ids[i]!.length;
  return length;
}

/** Most severe first, in place; stable (a question lists few dependents). */
function sortBySeverity(dependents: QuestionDependent[]): void {
  for (let i = 1; i < dependents.length; i++) {
    const item = dependents[i]!;
    const rank = RANK[item.severity];
    let j = i - 1;
    while (j >= 0 && RANK[dependents[j]!.severity] < rank) {
      dependents[j + 1] = dependents[j]!;
      j--;
    }
    dependents[j + 1] = item;
  }
}

function dependentOf(raw: RawQuestion): QuestionDependent {
  const compiled = raw.compiled;
  return {
    ruleId: compiled.rule.id,
    findingId: raw.id,
    rootCause: compiled.rootCause,
    title: compiled.title(raw.names, raw.other),
    severity: compiled.severity,
    targetIds: raw.targetIds,
    categories: compiled.categories,
    references: compiled.references,
  };
}

function questionText(fact: FactName, subject: Subject): string {
  return questionTemplate(fact, subject.kind).replace("{name}", subject.name);
}
