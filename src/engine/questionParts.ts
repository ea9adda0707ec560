import type { RawQuestion, Unknown } from "./findings";
import { RuleDependent } from "./ruleFinding";
import { questionTemplate, type FactName } from "./rules/facts";
import type { Question, QuestionDependent, Severity } from "./types";

/**
 * What a question is made of, shared by the questionnaire built at once (questions.ts) and the
 * one kept up to date across edits (questionnaire.ts), which must give the same questions.
 */

export const RANK: Readonly<Record<Severity, number>> = {
  info: 0,
  low: 1,
  medium: 2,
  high: 3,
  critical: 4,
};

/** What the questionnaire lists of an outcome: made once per raw question and kept with it. */
export function dependentOf(raw: RawQuestion): QuestionDependent {
  if (raw.dependent !== null) return raw.dependent;
  return (raw.dependent = new RuleDependent(
    raw.compiled,
    raw.id,
    raw.targetIds,
    raw.names,
    raw.other,
  ));
}

/** Whether a dependent of the same root cause on the same item is already listed. */
export function listed(dependents: readonly QuestionDependent[], raw: RawQuestion): boolean {
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
export function sortBySeverity(dependents: QuestionDependent[]): void {
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

/**
 * The question asked through `first` (the unknown of the first outcome asked through it) with
 * these dependents, already sorted: `last` itself when its text and dependents are the same.
 * `copy`: whether `dependents` is a buffer to copy rather than the question's own list.
 */
export function questionFor(
  first: Unknown,
  dependents: QuestionDependent[],
  last: Question | null,
  copy: boolean,
): Question {
  const subject = first.subject;
  const text = (first.text ??= questionText(first.fact, subject.kind, subject.name));
  if (
    last !== null &&
    last.text === text &&
    last.subjectKind === subject.kind &&
    last.id === first.key &&
    sameList(last.dependents, dependents)
  ) {
    return last;
  }
  return {
    id: first.key,
    subjectId: subject.id,
    subjectKind: subject.kind,
    fact: first.fact,
    text,
    dependents: copy ? dependents.slice() : dependents,
  };
}

/**
 * "Is {name} encrypted?" with the subject's name in: the template split once at its placeholder
 * (not `String.replace`, which would read `$&`, `$1` or `$$` in a typed name as patterns).
 */
function questionText(fact: FactName, kind: "element" | "flow", name: string): string {
  const parts = questionParts(fact, kind);
  return parts.length === 1 ? parts[0]! : parts[0]! + name + parts[1]!;
}

const splitTemplates = new Map<string, readonly string[]>();

/** The text before and after the template's first `{name}` (or the whole text, if none). */
function questionParts(fact: FactName, kind: "element" | "flow"): readonly string[] {
  const key = kind === "flow" ? `flow:${fact}` : fact;
  let parts = splitTemplates.get(key);
  if (parts === undefined) {
    const template = questionTemplate(fact, kind);
    const at = template.indexOf("{name}");
    parts = at < 0 ? [template] : [template.slice(0, at), template.slice(at + "{name}".length)];
    splitTemplates.set(key, parts);
  }
  return parts;
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Questions by the element or flow they ask about, each list in questionnaire order. */
export function bySubjectOf(questions: readonly Question[]): Map<string, Question[]> {
  const bySubject = new Map<string, Question[]>();
  for (let i = 0; i < questions.length; i++) {
    const question = questions[i]!;
    const list = bySubject.get(question.subjectId);
    if (list) list.push(question);
    else bySubject.set(question.subjectId, [question]);
  }
  return bySubject;
}
