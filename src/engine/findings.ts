import type { CompiledRule } from "./compiledRules";
import type { FactScalar, Reasons, Truth } from "./conditions/context";
import type { Subject, SubjectReports } from "./facts/world";
import { FACTS, type FactName } from "./rules/facts";
import type { TemplateNames } from "./templates";
import type { Finding, MatchedFact, Question } from "./types";

/** What every finding on one target shares: its ids and the names its texts use. */
export interface TargetFrame {
  readonly targetIds: string[];
  /** "@" + targetIds joined with ">": a finding id is the rule id followed by this. */
  readonly idSuffix: string;
  readonly names: TemplateNames;
}

export function targetFrame(targetIds: string[], names: TemplateNames): TargetFrame {
  return {
    targetIds,
    idSuffix: `@${targetIds.join(">")}`,
    names,
  };
}

const NO_FACTS: MatchedFact[] = Object.freeze([]) as unknown as MatchedFact[];
const NO_QUESTIONS: Question[] = Object.freeze([]) as unknown as Question[];

/** Builds the finding (truth true) or question (truth unknown) a rule produces on a target. */
export function buildFinding(
  compiled: CompiledRule,
  frame: TargetFrame,
  truth: Truth,
  reasons: Reasons,
): Finding {
  const rule = compiled.rule;
  const isQuestion = truth !== 1;
  const names = frame.names;
  const other = reasons.other === null ? null : reasons.other.name;
  let mitigations = compiled.fixedMitigations;
  if (mitigations === null) {
    mitigations = new Array<string>(compiled.mitigations.length);
    for (let i = 0; i < mitigations.length; i++)
      mitigations[i] = compiled.mitigations[i]!(names, other);
  }
  return {
    id: rule.id + frame.idSuffix,
    kind: isQuestion ? "question" : "finding",
    ruleId: rule.id,
    ruleRevision: rule.revision,
    pack: rule.pack,
    scope: rule.scope,
    targetIds: frame.targetIds,
    categories: compiled.categories,
    title: compiled.title(names, other),
    description: compiled.description(names, other),
    mitigations,
    because: matchedFacts(reasons),
    questions: isQuestion ? questions(reasons) : NO_QUESTIONS,
    references: compiled.references,
    likelihood: rule.likelihood,
    impact: rule.impact,
    score: compiled.score,
    severity: compiled.severity,
  };
}

/** Whether (subject, fact code) at `index` already appeared earlier in the lists. */
function seenBefore(
  subjects: readonly Subject[],
  codes: readonly number[],
  index: number,
): boolean {
  const subject = subjects[index];
  const code = codes[index];
  for (let i = 0; i < index; i++) if (subjects[i] === subject && codes[i] === code) return true;
  return false;
}

function reportsOf(subject: Subject): SubjectReports {
  return (subject.reports ??= { matchedCodes: [], matched: [], matchedAlone: [], asked: null });
}

/** Index of the fact in the subject's reported facts, adding it if missing. */
function matchedIndex(
  reports: SubjectReports,
  subject: Subject,
  code: number,
  fact: FactName,
  value: FactScalar,
): number {
  const index = reports.matchedCodes.indexOf(code);
  if (index >= 0) return index;
  const matched: MatchedFact = { subjectId: subject.id, fact, value };
  reports.matchedCodes.push(code);
  reports.matched.push(matched);
  reports.matchedAlone.push([matched]);
  return reports.matchedCodes.length - 1;
}

/** Question templates split around {name}, per fact. */
const QUESTION_PARTS = new Map<FactName, readonly [string, string]>(
  (Object.keys(FACTS) as FactName[]).map((fact) => {
    const template = FACTS[fact].question ?? `What is the ${fact} of {name}?`;
    const at = template.indexOf("{name}");
    return [fact, [template.slice(0, at), template.slice(at + "{name}".length)] as const];
  }),
);

function askedOf(reports: SubjectReports): NonNullable<SubjectReports["asked"]> {
  return (reports.asked ??= { codes: [], questions: [], alone: [] });
}

function askedIndex(
  reports: SubjectReports,
  subject: Subject,
  code: number,
  fact: FactName,
): number {
  const asked = askedOf(reports);
  const index = asked.codes.indexOf(code);
  if (index >= 0) return index;
  const [before, after] = QUESTION_PARTS.get(fact)!;
  const question: Question = { subjectId: subject.id, fact, text: before + subject.name + after };
  asked.codes.push(code);
  asked.questions.push(question);
  asked.alone.push([question]);
  return asked.codes.length - 1;
}

/** The distinct facts behind a finding. A single fact comes as a list shared across findings. */
function matchedFacts(reasons: Reasons): MatchedFact[] {
  const count = reasons.supportCount;
  if (count === 0) return NO_FACTS;
  const {
    supportSubjects: subjects,
    supportCodes: codes,
    supportFacts: facts,
    supportValues: values,
  } = reasons;
  if (count === 1 || (count === 2 && subjects[0] === subjects[1] && codes[0] === codes[1])) {
    const reports = reportsOf(subjects[0]!);
    return reports.matchedAlone[
      matchedIndex(reports, subjects[0]!, codes[0]!, facts[0]!, values[0]!)
    ]!;
  }
  const out: MatchedFact[] = [];
  for (let i = 0; i < count; i++) {
    if (i > 0 && seenBefore(subjects, codes, i)) continue;
    const reports = reportsOf(subjects[i]!);
    out.push(
      reports.matched[matchedIndex(reports, subjects[i]!, codes[i]!, facts[i]!, values[i]!)]!,
    );
  }
  return out;
}

/** The distinct unknown facts behind a question, as questions to ask. */
function questions(reasons: Reasons): Question[] {
  const count = reasons.unknownCount;
  if (count === 0) return NO_QUESTIONS;
  const { unknownSubjects: subjects, unknownCodes: codes, unknownFacts: facts } = reasons;
  if (count === 1) {
    const reports = reportsOf(subjects[0]!);
    const index = askedIndex(reports, subjects[0]!, codes[0]!, facts[0]!);
    return reports.asked!.alone[index]!;
  }
  const out: Question[] = [];
  for (let i = 0; i < count; i++) {
    if (i > 0 && seenBefore(subjects, codes, i)) continue;
    const reports = reportsOf(subjects[i]!);
    const index = askedIndex(reports, subjects[i]!, codes[i]!, facts[i]!);
    out.push(reports.asked!.questions[index]!);
  }
  return out;
}
