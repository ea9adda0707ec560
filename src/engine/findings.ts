import type { CompiledRule } from "./compiledRules";
import type { FactScalar, Reasons } from "./conditions/context";
import type { Subject } from "./facts/world";
import type { FactName } from "./rules/facts";
import type { AskState, Slot as QuestionSlot } from "./questionnaire";
import type { Tally } from "./questions";
import type { TargetFrame } from "./targetFrame";
import type { TemplateNames } from "./templates";
import { ownMitigations, RuleFinding } from "./ruleFinding";
import type { Finding, MatchedFact, QuestionDependent } from "./types";

/** An unknown fact a rule's outcome hinges on. */
export interface Unknown extends Tally {
  subject: Subject;
  fact: FactName;
  /** `${fact}@${subject.id}`: the id of the question that asks it (made once, with the unknown). */
  key: string;
  /** The question's text, made when first asked (see questions.ts). Shared: see `unknownOf`. */
  text: string | null;
  /** Where the questionnaire that last read it counts it (see questionnaire.ts). */
  slot: QuestionSlot | null;
}

/**
 * An outcome of one rule on one target that hinges on `unknowns`: what the questionnaire is made
 * of (see questions.ts), unless consolidation finds its answer cannot change what is reported.
 */
export interface RawQuestion {
  readonly compiled: CompiledRule;
  /** The id its finding would have: `ruleId@targets`. */
  readonly id: string;
  readonly targetIds: string[];
  /** The names its title uses (the target's, shared by its questions) and the bound element's. */
  readonly names: Readonly<TemplateNames>;
  readonly other: string | null;
  readonly unknowns: Unknown[];
  /**
   * What the questionnaire lists (see questions.ts), made when first needed and kept with the
   * raw result, so an unchanged target's entries are not rebuilt after each edit.
   */
  dependent: QuestionDependent | null;
  /** Where it stands in the questionnaire of an incremental evaluator (see questionnaire.ts). */
  state: AskState | null;
}

const NO_FACTS: MatchedFact[] = Object.freeze([]) as unknown as MatchedFact[];
const NO_UNKNOWNS: Unknown[] = Object.freeze([]) as unknown as Unknown[];
const NO_ALIASES: string[] = Object.freeze([]) as unknown as string[];

/** The mitigations of a rule's finding on the target of `names`. */
export const mitigationsOf = ownMitigations;

/**
 * The finding a rule asserts on a target, as results list it, when no other finding of its root
 * cause on the same item merges with it (see `mergedFinding`). `because`: see `matchedFacts`.
 * Its sentences are made when first read (see `RuleFinding`).
 */
export function buildFinding(
  compiled: CompiledRule,
  frame: TargetFrame,
  other: string | null,
  because: MatchedFact[],
): Finding {
  const targetIds = frame.targetIds;
  const suffix = frame.idSuffix;
  const aliases = compiled.formerIds(targetIds, suffix);
  return new RuleFinding(
    compiled,
    compiled.rule.id + suffix,
    targetIds,
    frame.namesKept,
    other,
    aliases.length === 0 ? NO_ALIASES : aliases,
    because,
    null,
  );
}

/** What a rule would assert on a target, but for `unknowns` (see `unknownsOf`). */
export function buildQuestion(
  compiled: CompiledRule,
  frame: TargetFrame,
  other: string | null,
  unknowns: Unknown[],
): RawQuestion {
  return {
    compiled,
    id: compiled.rule.id + frame.idSuffix,
    targetIds: frame.targetIds,
    // Its title is made only if the questionnaire lists it (see questions.ts).
    names: frame.namesKept,
    other,
    unknowns,
    dependent: null,
    state: null,
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
  if (count > MANY_REASONS) return distinctIndexesOfMany(subjects, codes, count);
  let distinct = 0;
  for (let i = 0; i < count; i++) {
    const subject = subjects[i];
    const code = codes[i];
    // An earlier occurrence of the pair would be the first one, already kept.
    let seen = false;
    for (let k = 0; k < distinct && !seen; k++) {
      const j = firstSeen[k]!;
      seen = subjects[j] === subject && codes[j] === code;
    }
    if (!seen) firstSeen[distinct++] = i;
  }
  return distinct;
}

/**
 * Beyond a few dozen reasons (a rule over the whole model explains every element it matched),
 * pairs are found through a map rather than by comparing with every pair kept.
 */
const MANY_REASONS = 48;

function distinctIndexesOfMany(
  subjects: readonly Subject[],
  codes: readonly number[],
  count: number,
): number {
  const seen = new Map<Subject, number[]>();
  let distinct = 0;
  for (let i = 0; i < count; i++) {
    const subject = subjects[i]!;
    const code = codes[i]!;
    const known = seen.get(subject);
    if (known === undefined) seen.set(subject, [code]);
    else if (known.includes(code)) continue;
    else known.push(code);
    firstSeen[distinct++] = i;
  }
  return distinct;
}

/** The distinct facts behind a finding, in the order they were read. */
export function matchedFacts(reasons: Reasons): MatchedFact[] {
  const count = reasons.supportCount;
  if (count === 0) return NO_FACTS;
  const { supportSubjects: subjects, supportCodes: codes, supportFacts: facts } = reasons;
  const values = reasons.supportValues;
  // Sized exactly: a list grown by push() reserves room for 17 entries.
  const distinct = distinctIndexes(subjects, codes, count);
  const out = new Array<MatchedFact>(distinct);
  for (let k = 0; k < distinct; k++) {
    const i = firstSeen[k]!;
    out[k] = matchedOf(subjects[i]!, facts[i]!, values[i]!);
  }
  return out;
}

/**
 * The reason "`fact` of `subject` is `value`", made once per subject of an evaluation and shared
 * by every finding that names it (a fact reads the same throughout an evaluation).
 */
function matchedOf(subject: Subject, fact: FactName, value: FactScalar): MatchedFact {
  const matched = subject.matched;
  if (matched !== null) {
    for (let i = 0; i < matched.length; i++) {
      const known = matched[i];
      if (known === undefined) break;
      if (known.fact === fact && known.value === value) return known;
    }
  }
  const made: MatchedFact = { subjectId: subject.id, fact, value };
  subject.matched = appended(matched, made);
  return made;
}

/**
 * `list` with `item` added: the lists kept on subjects are filled from the front with room to
 * spare at the end (undefined), and doubled when full, so a list of a few entries is one small
 * array rather than one grown by push().
 */
function appended<T>(list: (T | undefined)[] | null, item: T): (T | undefined)[] {
  if (list === null) {
    const made = new Array<T | undefined>(4);
    made[0] = item;
    return made;
  }
  for (let i = 0; i < list.length; i++) {
    if (list[i] === undefined) {
      list[i] = item;
      return list;
    }
  }
  const grown = new Array<T | undefined>(list.length * 2);
  for (let i = 0; i < list.length; i++) grown[i] = list[i];
  grown[list.length] = item;
  return grown;
}

/** The distinct unknown facts behind a question. */
export function unknownsOf(reasons: Reasons): Unknown[] {
  const count = reasons.unknownCount;
  if (count === 0) return NO_UNKNOWNS;
  const { unknownSubjects: subjects, unknownCodes: codes, unknownFacts: facts } = reasons;
  const distinct = distinctIndexes(subjects, codes, count);
  const out = new Array<Unknown>(distinct);
  for (let k = 0; k < distinct; k++) {
    const i = firstSeen[k]!;
    out[k] = unknownOf(subjects[i]!, facts[i]!);
  }
  return out;
}

/**
 * The unknown `fact` of `subject`, made once per subject of an evaluation and shared by every
 * outcome that hinges on it: one key string (hashed once where questions are grouped by it) and
 * one question text.
 */
function unknownOf(subject: Subject, fact: FactName): Unknown {
  const asked = subject.asked;
  if (asked !== null) {
    for (let i = 0; i < asked.length; i++) {
      const known = asked[i];
      if (known === undefined) break;
      if (known.fact === fact) return known;
    }
  }
  const unknown: Unknown = {
    subject,
    fact,
    key: `${fact}@${subject.id}`,
    text: null,
    slot: null,
    tallyStamp: 0,
    count: 0,
    first: null,
    rank: -1,
    order: 0,
    dependents: null,
  };
  subject.asked = appended(asked, unknown);
  return unknown;
}
