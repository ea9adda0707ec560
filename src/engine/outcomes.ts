import type { CompiledRule } from "./compiledRules";
import type { Unknown } from "./findings";
import type { TargetFrame } from "./targetFrame";
import type { MatchedFact } from "./types";

/**
 * What the rules said about the target being evaluated, in rule order: for each outcome its rule,
 * the frame of the item it is about, the name of the element a quantifier bound, and either the
 * facts behind the finding it asserts or the unknowns of the question it raises. Results are
 * built from these once consolidation has decided which outcomes merge and which questions are
 * worth asking (see consolidate.ts), so nothing is built only to be merged away or dropped.
 *
 * Parallel arrays reused for every target (evaluation is synchronous and never re-entered;
 * consolidation reads them at once), so collecting allocates nothing but the reason lists.
 */
export class Outcomes {
  readonly rules: CompiledRule[] = [];
  readonly frames: TargetFrame[] = [];
  readonly others: (string | null)[] = [];
  /** The facts behind the finding at an index, or null where the outcome is a question. */
  readonly because: (MatchedFact[] | null)[] = [];
  /** The unknowns of the question at an index, or null where the outcome is a finding. */
  readonly unknowns: (Unknown[] | null)[] = [];
  count = 0;
  /** Whether any outcome since the last `clear` is a question. */
  anyQuestion = false;

  addFinding(
    rule: CompiledRule,
    frame: TargetFrame,
    other: string | null,
    because: MatchedFact[],
  ): void {
    const i = this.count++;
    this.rules[i] = rule;
    this.frames[i] = frame;
    this.others[i] = other;
    this.because[i] = because;
    this.unknowns[i] = null;
  }

  addQuestion(
    rule: CompiledRule,
    frame: TargetFrame,
    other: string | null,
    unknowns: Unknown[],
  ): void {
    const i = this.count++;
    this.rules[i] = rule;
    this.frames[i] = frame;
    this.others[i] = other;
    this.because[i] = null;
    this.unknowns[i] = unknowns;
    this.anyQuestion = true;
  }

  /**
   * Forgets the outcomes, references included: these arrays outlive the evaluation, and a stale
   * frame, reason or unknown would keep its whole world alive (and copied by every young
   * collection) after the result is gone.
   */
  clear(): void {
    for (let i = 0; i < this.count; i++) {
      this.others[i] = null;
      this.because[i] = null;
      this.unknowns[i] = null;
    }
    this.count = 0;
    this.anyQuestion = false;
  }
}
