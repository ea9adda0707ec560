import { ratio, type ModelReport } from "./evaluate";

/**
 * Totals over the corpus and the targets of issue 6 ("Findings an expert would sign"), side by
 * side. Rates are pooled over all models (total findings / total elements), not averaged per
 * model, so a large model weighs as much as its elements.
 */

export interface TargetCheck {
  id: string;
  label: string;
  value: number;
  /** The value as printed: "58%", "6.1", "12". */
  shown: string;
  goal: string;
  met: boolean;
}

export interface CorpusSummary {
  models: number;
  elements: number;
  findings: number;
  aiFindings: number;
  /** AI-pack findings, or findings citing an AI catalog, on models tagged non-ai. */
  aiFindingsOnNonAiModels: number;
  /** Findings plus question results, per element: the "results per element" of the issue. */
  resultsPerElement: number;
  forbiddenFindings: number;
  /** Forbidden findings resting on a false premise (the rest have wrong wording or codes). */
  premiseFindings: number;
  findingsMatchingExpected: number;
  expected: {
    total: number;
    asFinding: number;
    questionOnlyAllowed: number;
    questionOnlyNotAllowed: number;
    missed: number;
    underRanked: number;
    duplicated: number;
  };
  questions: {
    results: number;
    distinctUnknowns: number;
    repeatedUnknowns: number;
    forbiddenAsked: number;
  };
  targets: TargetCheck[];
}

export function summarize(reports: readonly ModelReport[]): CorpusSummary {
  const sum = (pick: (report: ModelReport) => number) =>
    reports.reduce((total, report) => total + pick(report), 0);
  const elements = sum((r) => r.elementCount);
  const findings = sum((r) => r.findings.total);
  const expectedTotal = sum((r) => r.expected.total);
  const asFinding = sum((r) => r.expected.asFinding.length);
  const questionOnlyAllowed = sum((r) => r.expected.questionOnly.filter((q) => q.allowed).length);
  const questionOnlyNotAllowed = sum(
    (r) => r.expected.questionOnly.filter((q) => !q.allowed).length,
  );
  const forbiddenFindings = sum((r) => r.forbidden.findingCount);
  const distinctUnknowns = sum((r) => r.questions.distinctUnknowns);
  const repeatedUnknowns = sum((r) => r.questions.repeated.length);
  const aiFindingsOnNonAiModels = sum((r) => (r.nonAi ? r.findings.aiOrAiCited : 0));
  const forbiddenAsked = sum((r) => r.questions.forbiddenAsked.length);
  const findingsMatchingExpected = sum((r) => r.findings.matchingExpected);
  const underRanked = sum((r) => r.expected.underRanked.length);

  const percent = (value: number) => `${Math.round(value * 1000) / 10}%`;
  const decimal = (value: number) => value.toFixed(1);
  const count = (value: number) => String(value);
  const target = (
    id: string,
    label: string,
    value: number,
    show: (value: number) => string,
    goal: string,
    met: boolean,
  ): TargetCheck => ({ id, label, value, shown: show(value), goal, met });

  const recall = ratio(asFinding, expectedTotal);
  const acceptable = ratio(asFinding + questionOnlyAllowed, expectedTotal);
  const forbiddenShare = ratio(forbiddenFindings, findings);
  const findingsPerElement = ratio(findings, elements);
  const questionsPerElement = ratio(distinctUnknowns, elements);
  const relevantShare = ratio(findingsMatchingExpected, findings);

  return {
    models: reports.length,
    elements,
    findings,
    aiFindings: sum((r) => r.findings.ai),
    resultsPerElement: ratio(findings + sum((r) => r.questions.results), elements),
    aiFindingsOnNonAiModels,
    forbiddenFindings,
    premiseFindings: sum((r) => r.forbidden.premiseCount),
    findingsMatchingExpected,
    expected: {
      total: expectedTotal,
      asFinding,
      questionOnlyAllowed,
      questionOnlyNotAllowed,
      missed: sum((r) => r.expected.missed.length),
      underRanked,
      duplicated: sum((r) => r.expected.duplicated.length),
    },
    questions: {
      results: sum((r) => r.questions.results),
      distinctUnknowns,
      repeatedUnknowns,
      forbiddenAsked,
    },
    targets: [
      target(
        "recall",
        "expected threats found as a definite finding",
        recall,
        percent,
        ">= 90%",
        recall >= 0.9,
      ),
      target(
        "acceptable",
        "expected threats found as a finding, or as a question where it hinges on an unknown",
        acceptable,
        percent,
        "100%",
        acceptable >= 1,
      ),
      target(
        "forbidden",
        "forbidden findings (false premise or wording)",
        forbiddenShare,
        percent,
        "<= 3%",
        forbiddenShare <= 0.03,
      ),
      target(
        "findingsPerElement",
        "findings per element",
        findingsPerElement,
        decimal,
        "<= 4",
        findingsPerElement <= 4,
      ),
      target(
        "questionsPerElement",
        "open questions (distinct unknown facts) per element",
        questionsPerElement,
        decimal,
        "<= 2",
        questionsPerElement <= 2,
      ),
      target(
        "repeatedUnknowns",
        "unknown facts asked by more than one result",
        repeatedUnknowns,
        count,
        "0",
        repeatedUnknowns === 0,
      ),
      target(
        "aiOnNonAi",
        "AI findings on non-AI models",
        aiFindingsOnNonAiModels,
        count,
        "0",
        aiFindingsOnNonAiModels === 0,
      ),
      target(
        "forbiddenQuestions",
        "questions that must not be asked",
        forbiddenAsked,
        count,
        "0",
        forbiddenAsked === 0,
      ),
      target(
        "relevant",
        "findings matching an expected threat (proxy for relevant and specific)",
        relevantShare,
        percent,
        ">= 60%",
        relevantShare >= 0.6,
      ),
      target(
        "underRanked",
        "expected threats ranked 2+ severity levels too low",
        underRanked,
        count,
        "0",
        underRanked === 0,
      ),
    ],
  };
}
