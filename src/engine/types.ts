import type { AiHarmCode, CLAIMS, LinddunCode, Rule, StrideCode } from "./rules/schema";
import type { FactName } from "./rules/facts";
import type { RuleReferences } from "./rules/references";

export type Severity = "info" | "low" | "medium" | "high" | "critical";
export const SEVERITIES: readonly Severity[] = ["info", "low", "medium", "high", "critical"];

export type Claim = (typeof CLAIMS)[number];

/** One fact that made a rule fire. */
export interface MatchedFact {
  /** Id of the element or flow the fact was read on. */
  subjectId: string;
  fact: FactName;
  /** The value read. */
  value: string | number | boolean | null;
}

/** Another rule's finding on the same root cause and item, folded into this one. */
export interface FoldedFinding {
  ruleId: string;
  /** The id that finding had on its own (an alias of the merged finding). */
  findingId: string;
  title: string;
}

/**
 * A threat the engine asserts: one root cause on one item, carrying every category and reference
 * of the rules that name it. Questions (what the engine cannot decide yet) are separate.
 */
export interface Finding {
  /**
   * Stable: `${ruleId}@${targetIds.join(">")}` of its primary rule (e.g.
   * `STRIDE-FLOW-I-01@f1`). Independent of names and of property values, so triage survives
   * every edit. Ids the folded rules' findings had are in `aliases`.
   */
  id: string;
  ruleId: string;
  ruleRevision: number;
  pack: Rule["pack"];
  scope: Rule["scope"];
  /** What is wrong ("flow.clearText"); one finding per root cause and item. */
  rootCause: string;
  /** Ids the same finding has under the other rules merged into it. */
  aliases: string[];
  /** Rules whose findings were merged into this one, most specific first. */
  folded: FoldedFinding[];
  /** The element / flow ids this finding is about; the first is where it is shown. */
  targetIds: string[];
  categories: { stride: StrideCode[]; linddun: LinddunCode[]; ai: AiHarmCode[] };
  title: string;
  description: string;
  mitigations: string[];
  /** Why it fired: the facts that matched. */
  because: MatchedFact[];
  references: FindingReferences;
  /** What it asserts about access to its element (outsiders, unauthenticated, unlimited). */
  claims: Claim[];
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

/** A finding a question could add or settle. */
export interface QuestionDependent {
  ruleId: string;
  /** The id the finding would have. */
  findingId: string;
  rootCause: string;
  title: string;
  severity: Severity;
  targetIds: string[];
  categories: Finding["categories"];
  references: FindingReferences;
}

/**
 * One unknown fact of one element or flow, asked once however many rules depend on it. Carries no
 * severity of its own: it is ordered by what depends on it.
 */
export interface Question {
  /** `${fact}@${subjectId}` */
  id: string;
  subjectId: string;
  subjectKind: "element" | "flow";
  fact: FactName;
  /** "Is the flow Authenticated requests encrypted in transit?" */
  text: string;
  /** The findings answering could add, most severe first (one per root cause and item). */
  dependents: QuestionDependent[];
}

export interface EvaluationResult {
  /** Findings, most relevant order: model, then elements and flows in document order. */
  findings: Finding[];
  /** Questions, those with the most severe and most numerous dependents first. */
  questions: Question[];
  /** Findings grouped by every element / flow id they name ("model" for model findings). */
  byTarget: ReadonlyMap<string, readonly Finding[]>;
  /** Questions grouped by the element or flow they ask about. */
  questionsBySubject: ReadonlyMap<string, readonly Question[]>;
}
