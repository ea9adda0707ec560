import type { CompiledRule } from "./compiledRules";
import type { Reasons, Truth } from "./conditions/context";
import type { Subject } from "./facts/world";
import type { FactName } from "./rules/facts";
import type { TemplateNames } from "./templates";
import type { MatchedFact, QuestionDependent } from "./types";

/** An unknown fact a rule's outcome hinges on. */
export interface Unknown {
  subject: Subject;
  fact: FactName;
  /** `${fact}@${subject.id}`: the id of the question that asks it (made once, with the unknown). */
  key: string;
  /** The question's text, made when first asked (see questions.ts). */
  text: string | null;
}

/**
 * What one rule says about one target before findings are merged by root cause: a definite
 * finding, or (question) an outcome that hinges on `unknowns`.
 */
export interface RawFinding {
  readonly compiled: CompiledRule;
  /** `ruleId@targets` */
  readonly id: string;
  readonly question: boolean;
  readonly targetIds: string[];
  readonly title: string;
  /** Empty for questions (only findings are shown in full). */
  readonly description: string;
  readonly mitigations: string[];
  readonly because: MatchedFact[];
  readonly unknowns: Unknown[];
  /**
   * For questions, what the questionnaire lists (see questions.ts), made when first needed and
   * kept with the raw result, so an unchanged target's entries are not rebuilt after each edit.
   */
  dependent: QuestionDependent | null;
  /** Root cause and item (`${rootCause}@${targets}`), with `dependent`: one entry per finding. */
  dependentKey: string;
}

/**
 * What every finding on one target shares: its ids and the names its texts use. Reused from
 * target to target; the id list and suffix are made on the first finding (many targets have
 * none), and the list is then shared by all findings of the target.
 */
export class TargetFrame {
  readonly names: TemplateNames = {
    element: "",
    flow: "the flow",
    source: "the source",
    target: "the target",
    boundary: "no trust boundary",
    other: "another element",
    exposure: "callers",
  };
  private first = "";
  private flow: string | null = null;
  private last: string | null = null;
  private list: string[] | null = null;
  private suffix = "";

  /** Starts a new target: one element, flow or "model", or an interaction (source, flow, target). */
  reset(first: string, flow: string | null = null, last: string | null = null): void {
    this.first = first;
    this.flow = flow;
    this.last = last;
    this.list = null;
  }

  get targetIds(): string[] {
    return this.list ?? this.makeIds();
  }

  /** "@" + targetIds joined with ">": a finding id is the rule id followed by this. */
  get idSuffix(): string {
    if (this.list === null) this.makeIds();
    return this.suffix;
  }

  private makeIds(): string[] {
    if (this.flow === null || this.last === null) {
      this.list = [this.first];
      this.suffix = `@${this.first}`;
    } else {
      this.list = [this.first, this.flow, this.last];
      this.suffix = `@${this.first}>${this.flow}>${this.last}`;
    }
    return this.list;
  }
}

const NO_FACTS: MatchedFact[] = Object.freeze([]) as unknown as MatchedFact[];
const NO_UNKNOWNS: Unknown[] = Object.freeze([]) as unknown as Unknown[];
const NO_TEXTS: string[] = Object.freeze([]) as unknown as string[];

/** Builds what a rule says on a target: a finding (truth true) or a question (unknown). */
export function buildFinding(
  compiled: CompiledRule,
  frame: TargetFrame,
  truth: Truth,
  reasons: Reasons,
): RawFinding {
  const isQuestion = truth !== 1;
  const names = frame.names;
  const other = reasons.other === null ? null : reasons.other.name;
  let mitigations = isQuestion ? NO_TEXTS : compiled.fixedMitigations;
  if (mitigations === null) {
    mitigations = new Array<string>(compiled.mitigations.length);
    for (let i = 0; i < mitigations.length; i++)
      mitigations[i] = compiled.mitigations[i]!(names, other);
  }
  return {
    compiled,
    id: compiled.rule.id + frame.idSuffix,
    question: isQuestion,
    targetIds: frame.targetIds,
    title: compiled.title(names, other),
    description: isQuestion ? "" : compiled.description(names, other),
    mitigations,
    because: isQuestion ? NO_FACTS : matchedFacts(reasons),
    unknowns: isQuestion ? unknowns(reasons) : NO_UNKNOWNS,
    dependent: null,
    dependentKey: "",
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

/** The distinct facts behind a finding, in the order they were read. */
function matchedFacts(reasons: Reasons): MatchedFact[] {
  const count = reasons.supportCount;
  if (count === 0) return NO_FACTS;
  const { supportSubjects: subjects, supportCodes: codes, supportFacts: facts } = reasons;
  const values = reasons.supportValues;
  // Sized exactly: a list grown by push() reserves room for 17 entries.
  const distinct = distinctIndexes(subjects, codes, count);
  const out = new Array<MatchedFact>(distinct);
  for (let k = 0; k < distinct; k++) {
    const i = firstSeen[k]!;
    out[k] = { subjectId: subjects[i]!.id, fact: facts[i]!, value: values[i]! };
  }
  return out;
}

/** The distinct unknown facts behind a question. */
function unknowns(reasons: Reasons): Unknown[] {
  const count = reasons.unknownCount;
  if (count === 0) return NO_UNKNOWNS;
  const { unknownSubjects: subjects, unknownCodes: codes, unknownFacts: facts } = reasons;
  const distinct = distinctIndexes(subjects, codes, count);
  const out = new Array<Unknown>(distinct);
  for (let k = 0; k < distinct; k++) {
    const i = firstSeen[k]!;
    const subject = subjects[i]!;
    const fact = facts[i]!;
    out[k] = { subject, fact, key: `${fact}@${subject.id}`, text: null };
  }
  return out;
}
