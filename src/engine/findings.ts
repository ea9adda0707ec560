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
  return (subject.reports ??= {
    matchedFacts: [],
    matched: [],
    matchedAlone: [],
    askedFacts: [],
    asked: [],
    askedAlone: [],
  });
}

/** Index of the fact in the subject's reported facts, adding it if missing. */
function matchedIndex(subject: Subject, fact: FactName, value: FactScalar): number {
  const reports = reportsOf(subject);
  const index = reports.matchedFacts.indexOf(fact);
  if (index >= 0) return index;
  reports.matchedFacts.push(fact);
  const matched: MatchedFact = Object.freeze({ subjectId: subject.id, fact, value });
  reports.matched.push(matched);
  reports.matchedAlone.push(Object.freeze([matched]) as MatchedFact[]);
  return reports.matchedFacts.length - 1;
}

function askedIndex(subject: Subject, fact: FactName): number {
  const reports = reportsOf(subject);
  const index = reports.askedFacts.indexOf(fact);
  if (index >= 0) return index;
  const template = FACTS[fact].question ?? `What is the ${fact} of {name}?`;
  const asked: Question = Object.freeze({
    subjectId: subject.id,
    fact,
    text: template.replace("{name}", subject.name),
  });
  reports.askedFacts.push(fact);
  reports.asked.push(asked);
  reports.askedAlone.push(Object.freeze([asked]) as Question[]);
  return reports.askedFacts.length - 1;
}

/** The distinct facts behind a finding. A single fact comes as a list shared across findings. */
function matchedFacts(reasons: Reasons): MatchedFact[] {
  const count = reasons.supportCount;
  if (count === 0) return NO_FACTS;
  const { supportSubjects: subjects, supportFacts: facts, supportValues: values } = reasons;
  if (count === 1 || (count === 2 && subjects[0] === subjects[1] && facts[0] === facts[1])) {
    const subject = subjects[0]!;
    return reportsOf(subject).matchedAlone[matchedIndex(subject, facts[0]!, values[0]!)]!;
  }
  const out: MatchedFact[] = [];
  for (let i = 0; i < count; i++) {
    if (i > 0 && seenBefore(subjects, facts, i)) continue;
    const subject = subjects[i]!;
    out.push(reportsOf(subject).matched[matchedIndex(subject, facts[i]!, values[i]!)]!);
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
    return reportsOf(subject).askedAlone[askedIndex(subject, facts[0]!)]!;
  }
  const out: Question[] = [];
  for (let i = 0; i < count; i++) {
    if (i > 0 && seenBefore(subjects, facts, i)) continue;
    const subject = subjects[i]!;
    out.push(reportsOf(subject).asked[askedIndex(subject, facts[i]!)]!);
  }
  return out;
}
