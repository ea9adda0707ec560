import type { RawFinding, Unknown } from "./findings";
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

interface Building {
  question: Question;
  rank: number;
  order: number;
  /** Root cause and item of each dependent listed (one finding each); questions have few. */
  seen: string[];
}

/**
 * Keyed by question id (fact and subject id), not by subject object: the incremental evaluator
 * keeps the results of unchanged targets, whose unknowns name subjects of an earlier evaluation.
 */
export function buildQuestions(asks: readonly RawFinding[]): {
  questions: Question[];
  bySubject: Map<string, Question[]>;
} {
  const list = asks;
  const shared = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    const unknowns = list[i]!.unknowns;
    for (let j = 0; j < unknowns.length; j++) {
      const key = unknowns[j]!.key;
      shared.set(key, (shared.get(key) ?? 0) + 1);
    }
  }
  const byKey = new Map<string, Building>();
  const built: Building[] = [];
  let count = 0;
  for (let i = 0; i < list.length; i++) {
    const raw = list[i]!;
    const unknown = mostShared(raw, shared);
    if (!unknown) continue;
    let building = byKey.get(unknown.key);
    if (!building) {
      building = {
        question: {
          id: unknown.key,
          subjectId: unknown.subject.id,
          subjectKind: unknown.subject.kind,
          fact: unknown.fact,
          text: (unknown.text ??= questionText(unknown.fact, unknown.subject)),
          dependents: [],
        },
        rank: -1,
        order: count++,
        seen: [],
      };
      byKey.set(unknown.key, building);
      built.push(building);
    }
    if (raw.dependent === null) {
      raw.dependent = dependentOf(raw);
      raw.dependentKey = raw.compiled.rootCause + raw.id.slice(raw.id.indexOf("@"));
    }
    const dependent = raw.dependent;
    // Outcomes of one root cause on one item are one finding: listed once.
    if (building.seen.includes(raw.dependentKey)) continue;
    building.seen.push(raw.dependentKey);
    building.question.dependents.push(dependent);
    building.rank = Math.max(building.rank, RANK[dependent.severity]);
  }
  for (const b of built) {
    if (b.question.dependents.length > 1) {
      b.question.dependents.sort((x, y) => RANK[y.severity] - RANK[x.severity]);
    }
  }
  built.sort(
    (a, b) =>
      b.rank - a.rank ||
      b.question.dependents.length - a.question.dependents.length ||
      a.order - b.order,
  );
  const questions = built.map((b) => b.question);
  const bySubject = new Map<string, Question[]>();
  for (const question of questions) {
    const list = bySubject.get(question.subjectId);
    if (list) list.push(question);
    else bySubject.set(question.subjectId, [question]);
  }
  return { questions, bySubject };
}

function dependentOf(raw: RawFinding): QuestionDependent {
  const compiled = raw.compiled;
  return {
    ruleId: compiled.rule.id,
    findingId: raw.id,
    rootCause: compiled.rootCause,
    title: raw.title,
    severity: compiled.severity,
    targetIds: raw.targetIds,
    categories: compiled.categories,
    references: compiled.references,
  };
}

/** The unknown of an outcome that the most outcomes share (the first of them on a tie). */
function mostShared(raw: RawFinding, shared: ReadonlyMap<string, number>): Unknown | undefined {
  let best: Unknown | undefined;
  let bestCount = -1;
  for (const unknown of raw.unknowns) {
    const count = shared.get(unknown.key) ?? 0;
    if (count > bestCount) {
      best = unknown;
      bestCount = count;
    }
  }
  return best;
}

function questionText(fact: FactName, subject: Subject): string {
  return questionTemplate(fact, subject.kind).replace("{name}", subject.name);
}
