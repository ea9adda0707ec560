import type { CompiledRule } from "./compiledRules";
import type { TemplateNames } from "./templates";
import type {
  Claim,
  Finding,
  FindingReferences,
  FoldedFinding,
  MatchedFact,
  QuestionDependent,
  Severity,
} from "./types";

/**
 * A finding a rule asserts, as results list it. Thousands are made per evaluation and the views
 * read the words of a few at a time, so its sentences (title, description, mitigations, the
 * titles of what was folded into it) are made from the rule's templates on first read and kept;
 * everything else (ids, aliases, categories, reasons, references, scores) is made at once. The
 * names the sentences use are a copy taken when the finding is made, so a sentence read later
 * is the one an eager finding would have carried.
 *
 * It reads as a `Finding`: its sentences are getters, and `toJSON` gives every field in the
 * order of the type. A copy made by spreading (`{ ...finding }`) or `structuredClone` would
 * miss the sentences: use `plainFinding`.
 */
export class RuleFinding implements Finding {
  readonly id: string;
  readonly ruleId: string;
  readonly ruleRevision: number;
  readonly pack: Finding["pack"];
  readonly scope: Finding["scope"];
  readonly rootCause: string;
  aliases: string[];
  readonly targetIds: string[];
  categories: Finding["categories"];
  because: MatchedFact[];
  references: FindingReferences;
  claims: Claim[];
  likelihood: number;
  impact: number;
  score: number;
  severity: Severity;
  readonly #compiled: CompiledRule;
  readonly #names: Readonly<TemplateNames>;
  readonly #other: string | null;
  /** The other members of a merged finding, in priority order; null when unmerged. */
  readonly #merged: MergedMembers | null;
  #title: string | null = null;
  #description: string | null = null;
  #mitigations: string[] | null = null;
  #folded: FoldedFinding[] | null = null;

  constructor(
    compiled: CompiledRule,
    id: string,
    targetIds: string[],
    names: Readonly<TemplateNames>,
    other: string | null,
    aliases: string[],
    because: MatchedFact[],
    merged: MergedMembers | null,
  ) {
    const rule = compiled.rule;
    this.id = id;
    this.ruleId = rule.id;
    this.ruleRevision = rule.revision;
    this.pack = rule.pack;
    this.scope = rule.scope;
    this.rootCause = compiled.rootCause;
    this.aliases = aliases;
    this.targetIds = targetIds;
    this.categories = compiled.categories;
    this.because = because;
    this.references = compiled.references;
    this.claims = compiled.claims as Claim[];
    this.likelihood = rule.likelihood;
    this.impact = rule.impact;
    this.score = compiled.score;
    this.severity = compiled.severity;
    this.#compiled = compiled;
    this.#names = names;
    this.#other = other;
    this.#merged = merged;
  }

  get title(): string {
    return (this.#title ??= this.#compiled.title(this.#names, this.#other));
  }
  set title(text: string) {
    this.#title = text;
  }

  get description(): string {
    return (this.#description ??= this.#compiled.description(this.#names, this.#other));
  }
  set description(text: string) {
    this.#description = text;
  }

  get mitigations(): string[] {
    return (this.#mitigations ??= mitigationsOf(
      this.#compiled,
      this.#names,
      this.#other,
      this.#merged,
    ));
  }
  set mitigations(list: string[]) {
    this.#mitigations = list;
  }

  get folded(): FoldedFinding[] {
    return (this.#folded ??= foldedOf(this.#merged));
  }
  set folded(list: FoldedFinding[]) {
    this.#folded = list;
  }

  /** Every field, in the order of the `Finding` type (as JSON reports and snapshots list them). */
  toJSON(): Finding {
    return {
      id: this.id,
      ruleId: this.ruleId,
      ruleRevision: this.ruleRevision,
      pack: this.pack,
      scope: this.scope,
      rootCause: this.rootCause,
      aliases: this.aliases,
      folded: this.folded,
      targetIds: this.targetIds,
      categories: this.categories,
      title: this.title,
      description: this.description,
      mitigations: this.mitigations,
      because: this.because,
      references: this.references,
      claims: this.claims,
      likelihood: this.likelihood,
      impact: this.impact,
      score: this.score,
      severity: this.severity,
    };
  }
}

/** The other members of a merged finding, in priority order (parallel lists). */
export interface MergedMembers {
  readonly rules: readonly CompiledRule[];
  readonly ids: readonly string[];
  readonly names: readonly Readonly<TemplateNames>[];
  readonly others: readonly (string | null)[];
}

const MAX_MITIGATIONS = 6;
const NO_FOLDED: FoldedFinding[] = Object.freeze([]) as unknown as FoldedFinding[];

/** The mitigations of a rule's finding on the target of `names`. */
export function ownMitigations(
  compiled: CompiledRule,
  names: Readonly<TemplateNames>,
  other: string | null,
): string[] {
  const fixed = compiled.fixedMitigations;
  if (fixed !== null) return fixed;
  const mitigations = new Array<string>(compiled.mitigations.length);
  for (let i = 0; i < mitigations.length; i++) {
    mitigations[i] = compiled.mitigations[i]!(names, other);
  }
  return mitigations;
}

/** The primary's mitigations, then each other member's not yet listed, up to six. */
function mitigationsOf(
  compiled: CompiledRule,
  names: Readonly<TemplateNames>,
  other: string | null,
  merged: MergedMembers | null,
): string[] {
  const own = ownMitigations(compiled, names, other);
  if (merged === null) return own;
  const out = own.slice();
  for (let m = 0; m < merged.rules.length; m++) {
    const member = merged.rules[m]!;
    const fixed = member.fixedMitigations;
    const count = fixed === null ? member.mitigations.length : fixed.length;
    for (let t = 0; t < count; t++) {
      if (out.length >= MAX_MITIGATIONS) return out;
      const text =
        fixed === null ? member.mitigations[t]!(merged.names[m]!, merged.others[m]!) : fixed[t]!;
      if (!out.includes(text)) out.push(text);
    }
  }
  return out;
}

function foldedOf(merged: MergedMembers | null): FoldedFinding[] {
  if (merged === null) return NO_FOLDED;
  const folded = new Array<FoldedFinding>(merged.rules.length);
  for (let m = 0; m < folded.length; m++) {
    const member = merged.rules[m]!;
    folded[m] = {
      ruleId: member.rule.id,
      findingId: merged.ids[m]!,
      title: member.title(merged.names[m]!, merged.others[m]!),
    };
  }
  return folded;
}

/**
 * What the questionnaire lists of a finding a question could add (see `RuleFinding`: its title
 * is made on first read, from the names copied when the outcome was found).
 */
export class RuleDependent implements QuestionDependent {
  readonly ruleId: string;
  readonly findingId: string;
  readonly rootCause: string;
  readonly severity: Severity;
  readonly targetIds: string[];
  readonly categories: Finding["categories"];
  readonly references: FindingReferences;
  readonly #compiled: CompiledRule;
  readonly #names: Readonly<TemplateNames>;
  readonly #other: string | null;
  #title: string | null = null;

  constructor(
    compiled: CompiledRule,
    findingId: string,
    targetIds: string[],
    names: Readonly<TemplateNames>,
    other: string | null,
  ) {
    this.ruleId = compiled.rule.id;
    this.findingId = findingId;
    this.rootCause = compiled.rootCause;
    this.severity = compiled.severity;
    this.targetIds = targetIds;
    this.categories = compiled.categories;
    this.references = compiled.references;
    this.#compiled = compiled;
    this.#names = names;
    this.#other = other;
  }

  get title(): string {
    return (this.#title ??= this.#compiled.title(this.#names, this.#other));
  }
  set title(text: string) {
    this.#title = text;
  }

  /** Every field, in the order of the `QuestionDependent` type. */
  toJSON(): QuestionDependent {
    return {
      ruleId: this.ruleId,
      findingId: this.findingId,
      rootCause: this.rootCause,
      title: this.title,
      severity: this.severity,
      targetIds: this.targetIds,
      categories: this.categories,
      references: this.references,
    };
  }
}
