import type { CompiledRule } from "./compiledRules";
import type { RawQuestion } from "./findings";
import type { Finding } from "./types";

/**
 * What the rules said about the target being evaluated, in rule order: for each outcome its rule
 * and either the finding it asserts or the question it raises. Parallel arrays reused for every
 * target (evaluation is synchronous and never re-entered; consolidation reads them at once), so
 * collecting allocates nothing but the outcomes themselves.
 */
export class Outcomes {
  readonly rules: CompiledRule[] = [];
  /** The finding at an index, or null where the outcome is a question. */
  readonly findings: (Finding | null)[] = [];
  /** The question at an index, or null where the outcome is a finding. */
  readonly questions: (RawQuestion | null)[] = [];
  count = 0;
  /** Whether any outcome since the last `clear` is a question. */
  anyQuestion = false;

  addFinding(rule: CompiledRule, finding: Finding): void {
    const i = this.count++;
    this.rules[i] = rule;
    this.findings[i] = finding;
    this.questions[i] = null;
  }

  addQuestion(rule: CompiledRule, question: RawQuestion): void {
    const i = this.count++;
    this.rules[i] = rule;
    this.findings[i] = null;
    this.questions[i] = question;
    this.anyQuestion = true;
  }

  clear(): void {
    this.count = 0;
    this.anyQuestion = false;
  }
}
