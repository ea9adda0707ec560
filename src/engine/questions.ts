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
  seen: Set<string>;
}

/**
 * Per subject, per fact: subjects are the objects of one evaluation, so they key maps directly
 * (no id strings to build for each of thousands of outcomes).
 */
class BySubjectFact<T> {
  private readonly map = new Map<Subject, Map<FactName, T>>();

  get(unknown: Unknown): T | undefined {
    return this.map.get(unknown.subject)?.get(unknown.fact);
  }

  set(unknown: Unknown, value: T): void {
    let facts = this.map.get(unknown.subject);
    if (!facts) this.map.set(unknown.subject, (facts = new Map()));
    facts.set(unknown.fact, value);
  }
}

export function buildQuestions(asks: readonly RawFinding[]): {
  questions: Question[];
  bySubject: Map<string, Question[]>;
} {
  const list = asks;
  const shared = new BySubjectFact<number>();
  for (const raw of list) {
    for (const unknown of raw.unknowns) shared.set(unknown, (shared.get(unknown) ?? 0) + 1);
  }
  const byKey = new BySubjectFact<Building>();
  const built: Building[] = [];
  let count = 0;
  for (const raw of list) {
    const compiled = raw.compiled;
    const dependent: QuestionDependent = {
      ruleId: compiled.rule.id,
      findingId: raw.id,
      rootCause: compiled.rootCause,
      title: raw.title,
      severity: compiled.severity,
      targetIds: raw.targetIds,
      categories: compiled.categories,
      references: compiled.references,
    };
    const unknown = mostShared(raw, shared);
    if (unknown) {
      let building = byKey.get(unknown);
      if (!building) {
        building = {
          question: {
            id: `${unknown.fact}@${unknown.subject.id}`,
            subjectId: unknown.subject.id,
            subjectKind: unknown.subject.kind,
            fact: unknown.fact,
            text: questionText(unknown.fact, unknown.subject),
            dependents: [],
          },
          rank: -1,
          order: count++,
          seen: new Set(),
        };
        byKey.set(unknown, building);
        built.push(building);
      }
      // Outcomes of one root cause on one item are one finding: listed once.
      const dedupeKey = `${compiled.rootCause}@${raw.id.slice(raw.id.indexOf("@") + 1)}`;
      if (building.seen.has(dedupeKey)) continue;
      building.seen.add(dedupeKey);
      building.question.dependents.push(dependent);
      building.rank = Math.max(building.rank, RANK[compiled.severity]);
    }
  }
  for (const b of built) {
    b.question.dependents.sort((x, y) => RANK[y.severity] - RANK[x.severity]);
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

/** The unknown of an outcome that the most outcomes share (the first of them on a tie). */
function mostShared(raw: RawFinding, shared: BySubjectFact<number>): Unknown | undefined {
  let best: Unknown | undefined;
  let bestCount = -1;
  for (const unknown of raw.unknowns) {
    const count = shared.get(unknown) ?? 0;
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
