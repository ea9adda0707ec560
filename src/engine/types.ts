import type { LinddunCode, Rule, StrideCode } from "./rules/schema";
import type { FactName } from "./rules/facts";
import type { RuleReferences } from "./rules/references";

export type Severity = "info" | "low" | "medium" | "high" | "critical";
export const SEVERITIES: readonly Severity[] = ["info", "low", "medium", "high", "critical"];

/** One fact that made a rule fire (or, for a question, that is still unknown). */
export interface MatchedFact {
  /** Id of the element or flow the fact was read on. */
  subjectId: string;
  fact: FactName;
  /** The value read (for a question: "unknown"). */
  value: string | number | boolean | null;
}

export interface Question {
  subjectId: string;
  fact: FactName;
  /** "Is the flow Authenticated requests encrypted in transit?" */
  text: string;
}

/**
 * What the engine produces. `kind: "question"` means the rule's outcome hinges on facts the
 * user left unknown; answering them turns it into a finding or makes it go away.
 */
export interface Finding {
  /**
   * Stable: `${ruleId}@${targetIds.join(">")}` (e.g. `STRIDE-FLOW-I@gateway>f1>server`).
   * Independent of names and of property values, so triage survives every edit.
   */
  id: string;
  kind: "finding" | "question";
  ruleId: string;
  ruleRevision: number;
  pack: Rule["pack"];
  scope: Rule["scope"];
  /** The element / flow ids this finding is about; the first is where it is shown. */
  targetIds: string[];
  categories: { stride: StrideCode[]; linddun: LinddunCode[] };
  title: string;
  description: string;
  mitigations: string[];
  /** Why it fired: the facts that matched. */
  because: MatchedFact[];
  /** For questions: what to answer. Empty for findings. */
  questions: Question[];
  references: FindingReferences;
  likelihood: number;
  impact: number;
  /** likelihood x impact, 1-25 */
  score: number;
  severity: Severity;
}

/**
 * Catalog codes a finding cites (see rules/references.ts). The engine fills every array; the
 * catalogs added after ATLAS and OWASP are optional here so that findings built elsewhere
 * (tests, imports, older reports) need not list them.
 */
export type FindingReferences = Pick<RuleReferences, "atlas" | "owasp"> &
  Partial<Omit<RuleReferences, "atlas" | "owasp">>;

export interface EvaluationResult {
  findings: Finding[];
  /** Finding ids grouped by every element / flow id they name. */
  byTarget: ReadonlyMap<string, readonly Finding[]>;
}
