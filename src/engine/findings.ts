import type { CompiledRule } from "./compiledRules";
import type { Reasons } from "./conditions/context";
import type { Subject } from "./facts/world";
import type { FactName } from "./rules/facts";
import type { AskState, Slot as QuestionSlot } from "./questionnaire";
import type { TemplateNames } from "./templates";
import type { Finding, FoldedFinding, MatchedFact, QuestionDependent } from "./types";

/** An unknown fact a rule's outcome hinges on. */
export interface Unknown {
  subject: Subject;
  fact: FactName;
  /** `${fact}@${subject.id}`: the id of the question that asks it (made once, with the unknown). */
  key: string;
  /** The question's text, made when first asked (see questions.ts). Shared: see `unknownOf`. */
  text: string | null;
  /** Where the questionnaire that last read it counts it (see questions.ts). */
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
  private kept: Readonly<TemplateNames> | null = null;

  /** Starts a new target: one element, flow or "model", or an interaction (source, flow, target). */
  reset(first: string, flow: string | null = null, last: string | null = null): void {
    this.first = first;
    this.flow = flow;
    this.last = last;
    this.list = null;
    this.kept = null;
  }

  /**
   * A copy of `names` that outlives the target, for what is rendered later (question titles),
   * made once per target; `names` must not change after it is first asked for.
   */
  get namesKept(): Readonly<TemplateNames> {
    return (this.kept ??= { ...this.names });
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
const NO_ALIASES: string[] = Object.freeze([]) as unknown as string[];
const NO_FOLDED: FoldedFinding[] = Object.freeze([]) as unknown as FoldedFinding[];

/**
 * The finding a rule asserts on a target, as results list it; consolidation merges it with the
 * others of its root cause on the same item, if any.
 */
export function buildFinding(
  compiled: CompiledRule,
  frame: TargetFrame,
  reasons: Reasons,
): Finding {
  const names = frame.names;
  const other = reasons.other === null ? null : reasons.other.name;
  let mitigations = compiled.fixedMitigations;
  if (mitigations === null) {
    mitigations = new Array<string>(compiled.mitigations.length);
    for (let i = 0; i < mitigations.length; i++)
      mitigations[i] = compiled.mitigations[i]!(names, other);
  }
  const rule = compiled.rule;
  const targetIds = frame.targetIds;
  const suffix = frame.idSuffix;
  const aliases = compiled.formerIds(targetIds, suffix);
  return {
    id: rule.id + suffix,
    ruleId: rule.id,
    ruleRevision: rule.revision,
    pack: rule.pack,
    scope: rule.scope,
    rootCause: compiled.rootCause,
    aliases: aliases.length === 0 ? NO_ALIASES : aliases,
    folded: NO_FOLDED,
    targetIds,
    categories: compiled.categories,
    title: compiled.title(names, other),
    description: compiled.description(names, other),
    mitigations,
    because: matchedFacts(reasons),
    references: compiled.references,
    claims: compiled.claims as Finding["claims"],
    likelihood: rule.likelihood,
    impact: rule.impact,
    score: compiled.score,
    severity: compiled.severity,
  };
}

/** What a rule would assert on a target, but for the unknowns collected in `reasons`. */
export function buildQuestion(
  compiled: CompiledRule,
  frame: TargetFrame,
  reasons: Reasons,
): RawQuestion {
  return {
    compiled,
    id: compiled.rule.id + frame.idSuffix,
    targetIds: frame.targetIds,
    // Its title is made only if the questionnaire lists it (see questions.ts).
    names: frame.namesKept,
    other: reasons.other === null ? null : reasons.other.name,
    unknowns: unknowns(reasons),
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
  if (asked !== null)
    for (let i = 0; i < asked.length; i++) if (asked[i]!.fact === fact) return asked[i]!;
  const unknown: Unknown = { subject, fact, key: `${fact}@${subject.id}`, text: null, slot: null };
  if (asked === null) subject.asked = [unknown];
  else asked.push(unknown);
  return unknown;
}
