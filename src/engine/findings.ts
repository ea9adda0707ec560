import type { CompiledRule } from "./compiledRules";
import type { FactScalar, Reasons, Truth } from "./conditions/context";
import { FACT_CODES } from "./facts/read";
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
    targetIds: Object.freeze(targetIds) as string[],
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

/** Whether (subject, fact) at `index` already appeared earlier in the lists. */
function seenBefore(
  subjects: readonly Subject[],
  facts: readonly FactName[],
  index: number,
): boolean {
  const subject = subjects[index];
  const fact = facts[index];
  for (let i = 0; i < index; i++) if (subjects[i] === subject && facts[i] === fact) return true;
  return false;
}

function reportsOf(subject: Subject): SubjectReports {
  return (subject.reports ??= { matched: [], asked: [], matchedAlone: [], askedAlone: [] });
}

function matchedFact(subject: Subject, fact: FactName, value: FactScalar): MatchedFact {
  const reports = reportsOf(subject);
  const code = FACT_CODES[fact];
  let matched = reports.matched[code];
  if (matched === undefined) {
    matched = Object.freeze({ subjectId: subject.id, fact, value });
    reports.matched[code] = matched;
  }
  return matched;
}

function question(subject: Subject, fact: FactName): Question {
  const reports = reportsOf(subject);
  const code = FACT_CODES[fact];
  let asked = reports.asked[code];
  if (asked === undefined) {
    const template = FACTS[fact].question ?? `What is the ${fact} of {name}?`;
    asked = Object.freeze({
      subjectId: subject.id,
      fact,
      text: template.replace("{name}", subject.name),
    });
    reports.asked[code] = asked;
  }
  return asked;
}

/** The distinct facts behind a finding. A single fact comes as a list shared across findings. */
function matchedFacts(reasons: Reasons): MatchedFact[] {
  const count = reasons.supportCount;
  if (count === 0) return NO_FACTS;
  const { supportSubjects: subjects, supportFacts: facts, supportValues: values } = reasons;
  if (count === 1 || (count === 2 && subjects[0] === subjects[1] && facts[0] === facts[1])) {
    const subject = subjects[0]!;
    const reports = reportsOf(subject);
    const code = FACT_CODES[facts[0]!];
    let alone = reports.matchedAlone[code];
    if (alone === undefined) {
      alone = Object.freeze([matchedFact(subject, facts[0]!, values[0]!)]) as MatchedFact[];
      reports.matchedAlone[code] = alone;
    }
    return alone;
  }
  const out: MatchedFact[] = [];
  for (let i = 0; i < count; i++) {
    if (i > 0 && seenBefore(subjects, facts, i)) continue;
    out.push(matchedFact(subjects[i]!, facts[i]!, values[i]!));
  }
  return out;
}

/** The distinct unknown facts behind a question, as questions to ask. */
function questions(reasons: Reasons): Question[] {
  const count = reasons.unknownCount;
  if (count === 0) return NO_QUESTIONS;
  const { unknownSubjects: subjects, unknownFacts: facts } = reasons;
  if (count === 1) {
    const subject = subjects[0]!;
    const reports = reportsOf(subject);
    const code = FACT_CODES[facts[0]!];
    let alone = reports.askedAlone[code];
    if (alone === undefined) {
      alone = Object.freeze([question(subject, facts[0]!)]) as Question[];
      reports.askedAlone[code] = alone;
    }
    return alone;
  }
  const out: Question[] = [];
  for (let i = 0; i < count; i++) {
    if (i > 0 && seenBefore(subjects, facts, i)) continue;
    out.push(question(subjects[i]!, facts[i]!));
  }
  return out;
}
