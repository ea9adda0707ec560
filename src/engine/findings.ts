import type { CompiledRule } from "./compiledRules";
import type { FactScalar, Reasons, Truth } from "./conditions/context";
import type { FactReport, Subject } from "./facts/world";
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

/** Indexes of the first occurrence of each (subject, fact code), in order; reused buffer. */
const firstSeen: number[] = [];

/** Fills `firstSeen` with the first occurrence of each distinct (subject, fact); their count. */
function distinctIndexes(
  subjects: readonly Subject[],
  codes: readonly number[],
  count: number,
): number {
  let distinct = 0;
  for (let i = 0; i < count; i++)
    if (i === 0 || !seenBefore(subjects, codes, i)) firstSeen[distinct++] = i;
  return distinct;
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

/** The report on one fact of a subject, created on first citation. */
function reportOn(subject: Subject, code: number): FactReport {
  const reports = (subject.reports ??= []);
  for (let i = 0; i < reports.length; i++) if (reports[i]!.code === code) return reports[i]!;
  const report: FactReport = {
    code,
    matched: null,
    matchedAlone: null,
    question: null,
    questionAlone: null,
  };
  reports.push(report);
  return report;
}

function matchedFact(
  subject: Subject,
  code: number,
  fact: FactName,
  value: FactScalar,
): FactReport {
  const report = reportOn(subject, code);
  if (report.matched === null) {
    report.matched = { subjectId: subject.id, fact, value };
    report.matchedAlone = [report.matched];
  }
  return report;
}

/** Question templates split around {name}, per fact. */
const QUESTION_PARTS = new Map<FactName, readonly [string, string]>(
  (Object.keys(FACTS) as FactName[]).map((fact) => {
    const template = FACTS[fact].question ?? `What is the ${fact} of {name}?`;
    const at = template.indexOf("{name}");
    return [fact, [template.slice(0, at), template.slice(at + "{name}".length)] as const];
  }),
);

function question(subject: Subject, code: number, fact: FactName): FactReport {
  const report = reportOn(subject, code);
  if (report.question === null) {
    const [before, after] = QUESTION_PARTS.get(fact)!;
    report.question = { subjectId: subject.id, fact, text: before + subject.name + after };
    report.questionAlone = [report.question];
  }
  return report;
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
  if (count === 1) return matchedFact(subjects[0]!, codes[0]!, facts[0]!, values[0]!).matchedAlone!;
  const distinct = distinctIndexes(subjects, codes, count);
  if (distinct === 1)
    return matchedFact(subjects[0]!, codes[0]!, facts[0]!, values[0]!).matchedAlone!;
  // Sized exactly: a list grown by push() reserves room for 17 entries.
  const out = new Array<MatchedFact>(distinct);
  for (let k = 0; k < distinct; k++) {
    const i = firstSeen[k]!;
    out[k] = matchedFact(subjects[i]!, codes[i]!, facts[i]!, values[i]!).matched!;
  }
  return out;
}

/** The distinct unknown facts behind a question, as questions to ask. */
function questions(reasons: Reasons): Question[] {
  const count = reasons.unknownCount;
  if (count === 0) return NO_QUESTIONS;
  const { unknownSubjects: subjects, unknownCodes: codes, unknownFacts: facts } = reasons;
  if (count === 1) {
    return question(subjects[0]!, codes[0]!, facts[0]!).questionAlone!;
  }
  const distinct = distinctIndexes(subjects, codes, count);
  if (distinct === 1) return question(subjects[0]!, codes[0]!, facts[0]!).questionAlone!;
  const out = new Array<Question>(distinct);
  for (let k = 0; k < distinct; k++) {
    const i = firstSeen[k]!;
    out[k] = question(subjects[i]!, codes[i]!, facts[i]!).question!;
  }
  return out;
}
