import type { ThreatModel } from "../domain/schema";
import type { ModelIds, ReviewedFinding, ReviewedResult } from "./engineResult";
import { SEVERITY_LEVELS, type ExpectedThreat, type GoldenFile } from "./golden";
import { matchesFinding, matchesForbiddenQuestion, resolveMatcher } from "./match";

/**
 * Scores one engine result against one golden file, the way a reviewer reads it: which expected
 * threats became findings, which only questions, which are missing; which findings rest on a
 * false premise; how many findings and open questions each element carries. Pure: the engine is
 * run elsewhere and its result read by `readEngineResult`.
 */

export interface CorpusCase {
  id: string;
  title: string;
  nonAi: boolean;
  model: ThreatModel;
  golden: GoldenFile;
}

export interface ElementLoad {
  id: string;
  name: string;
  findings: number;
  /** Distinct unknown facts asked about it. */
  unknowns: number;
}

export interface ModelReport {
  modelId: string;
  title: string;
  nonAi: boolean;
  /** Processes, data stores, external entities and flows in scope (boundaries are not counted). */
  elementCount: number;
  expected: {
    total: number;
    asFinding: string[];
    /** Found only as a question; `allowed` when the golden file accepts a question for it. */
    questionOnly: { id: string; allowed: boolean }[];
    missed: string[];
    /** Found, but ranked two or more severity levels below what a reviewer would give it. */
    underRanked: { id: string; expected: string; found: string }[];
    /** Said more than once: more than one finding matches the same expected threat. */
    duplicated: { id: string; findingIds: string[] }[];
  };
  forbidden: {
    hits: { forbiddenId: string; findingId: string; title: string }[];
    /** Findings that hit at least one forbidden entry. */
    findingCount: number;
    /** Of those, findings resting on a false premise (they count for no expected threat). */
    premiseCount: number;
  };
  findings: {
    total: number;
    ai: number;
    /** AI-pack findings or findings citing an AI catalog: on a non-AI model, all are wrong. */
    aiOrAiCited: number;
    /** Findings that match some expected threat (a proxy for "relevant and specific"). */
    matchingExpected: number;
    perElement: number;
  };
  questions: {
    /** Question results as the engine counts them. */
    results: number;
    distinctUnknowns: number;
    perElement: number;
    /** (subject, fact) pairs asked by more than one result. */
    repeated: { subjectId: string; fact: string; times: number }[];
    forbiddenAsked: { forbiddenId: string; subjectId: string; fact: string; text: string }[];
  };
  byElement: ElementLoad[];
  /** Every finding with the expected threats it counts for and the forbidden entries it hits. */
  perFinding: {
    id: string;
    title: string;
    severity: string | null;
    expected: string[];
    forbidden: string[];
  }[];
}

export function modelIdsOf(model: ThreatModel): ModelIds {
  const elements = countedElements(model);
  return {
    elementIds: new Set(model.elements.map((element) => element.id)),
    flowIds: new Set(model.flows.map((flow) => flow.id)),
    names: [
      ...model.elements.map((element) => element.name),
      ...elements.map((element) => element.name),
    ],
  };
}

/** The elements findings and questions are counted against. */
export function countedElements(model: ThreatModel): { id: string; name: string }[] {
  const nodes = model.elements
    .filter((element) => element.type !== "trustBoundary" && !element.outOfScope)
    .map((element) => ({ id: element.id, name: element.name || element.id }));
  const byId = new Map(model.elements.map((element) => [element.id, element]));
  const flows = model.flows
    .filter((flow) => !flow.outOfScope)
    .map((flow) => ({
      id: flow.id,
      name:
        flow.label ||
        `${byId.get(flow.source)?.name ?? flow.source} → ${byId.get(flow.target)?.name ?? flow.target}`,
    }));
  return [...nodes, ...flows];
}

export function evaluateCase(testCase: CorpusCase, result: ReviewedResult): ModelReport {
  const { golden, model } = testCase;
  const elements = countedElements(model);
  const elementCount = elements.length;
  const names = new Map(model.elements.map((element) => [element.id, element.name]));
  const nameOf = (id: string) => names.get(id) || undefined;
  const matchedByExpected = new Set<string>();
  const expectedOf = new Map<string, string[]>();
  const expected: ModelReport["expected"] = {
    total: golden.expected.length,
    asFinding: [],
    questionOnly: [],
    missed: [],
    underRanked: [],
    duplicated: [],
  };

  const forbiddenMatchers = golden.forbidden.map((rule) => ({
    rule,
    matcher: resolveMatcher(rule.match, nameOf),
  }));
  const voidedBy = (finding: ReviewedFinding) =>
    forbiddenMatchers.some(
      ({ rule, matcher }) =>
        rule.kind === "premise" && matchesFinding(matcher, rule.targets, finding),
    );
  const hits: ModelReport["forbidden"]["hits"] = [];
  for (const { rule, matcher } of forbiddenMatchers) {
    for (const finding of result.findings) {
      if (!matchesFinding(matcher, rule.targets, finding)) continue;
      hits.push({ forbiddenId: rule.id, findingId: finding.id, title: finding.title });
    }
  }
  const forbiddenFindings = new Set(hits.map((hit) => hit.findingId));
  const voided = new Set(result.findings.filter(voidedBy).map((finding) => finding.id));

  for (const threat of golden.expected) {
    const matcher = resolveMatcher(threat.match, nameOf);
    // A finding resting on a false premise never counts as having found a threat.
    const matching = result.findings.filter(
      (f) => !voided.has(f.id) && matchesFinding(matcher, threat.targets, f),
    );
    if (matching.length > 0) {
      expected.asFinding.push(threat.id);
      matching.forEach((f) => {
        matchedByExpected.add(f.id);
        expectedOf.set(f.id, [...(expectedOf.get(f.id) ?? []), threat.id]);
      });
      if (matching.length > 1) {
        expected.duplicated.push({ id: threat.id, findingIds: matching.map((f) => f.id) });
      }
      const found = highestSeverity(matching);
      if (found !== null && severityRank(found) <= severityRank(threat.severity) - 2) {
        expected.underRanked.push({ id: threat.id, expected: threat.severity, found });
      }
      continue;
    }
    const askedAbout = result.questions.some(
      (question) =>
        question.potential.some(
          (f) => !voidedBy(f) && matchesFinding(matcher, threat.targets, f),
        ) ||
        (question.potential.length === 0 && hingesOnQuestion(threat, question)),
    );
    if (askedAbout) {
      expected.questionOnly.push({
        id: threat.id,
        allowed: threat.outcome === "findingOrQuestion",
      });
    } else {
      expected.missed.push(threat.id);
    }
  }

  const asked = new Map<string, { subjectId: string; fact: string; by: Set<string> }>();
  for (const question of result.questions) {
    const key = `${question.subjectId}\u0000${question.fact}`;
    const entry = asked.get(key) ?? {
      subjectId: question.subjectId,
      fact: question.fact,
      by: new Set<string>(),
    };
    entry.by.add(question.askedBy);
    asked.set(key, entry);
  }
  const forbiddenAsked: ModelReport["questions"]["forbiddenAsked"] = [];
  for (const rule of golden.forbiddenQuestions) {
    const seen = new Set<string>();
    for (const question of result.questions) {
      const key = `${question.subjectId}\u0000${question.fact}`;
      if (seen.has(key) || !matchesForbiddenQuestion(rule, question)) continue;
      seen.add(key);
      forbiddenAsked.push({
        forbiddenId: rule.id,
        subjectId: question.subjectId,
        fact: question.fact,
        text: question.text,
      });
    }
  }

  const byElement = elements.map(({ id, name }) => ({
    id,
    name,
    findings: result.findings.filter((f) => f.subjects.includes(id)).length,
    unknowns: [...asked.values()].filter((entry) => entry.subjectId === id).length,
  }));

  return {
    modelId: model.id,
    title: testCase.title,
    nonAi: testCase.nonAi,
    elementCount,
    expected,
    forbidden: { hits, findingCount: forbiddenFindings.size, premiseCount: voided.size },
    findings: {
      total: result.findings.length,
      ai: result.findings.filter((f) => f.ai).length,
      aiOrAiCited: result.findings.filter((f) => f.ai || f.aiCatalog).length,
      matchingExpected: matchedByExpected.size,
      perElement: ratio(result.findings.length, elementCount),
    },
    questions: {
      results: result.questionResultCount,
      distinctUnknowns: asked.size,
      perElement: ratio(asked.size, elementCount),
      repeated: [...asked.values()]
        .filter((entry) => entry.by.size > 1)
        .map((entry) => ({ subjectId: entry.subjectId, fact: entry.fact, times: entry.by.size })),
      forbiddenAsked,
    },
    byElement,
    perFinding: result.findings.map((finding) => ({
      id: finding.id,
      title: finding.title,
      severity: finding.severity,
      expected: expectedOf.get(finding.id) ?? [],
      forbidden: hits.filter((hit) => hit.findingId === finding.id).map((hit) => hit.forbiddenId),
    })),
  };
}

function hingesOnQuestion(
  threat: ExpectedThreat,
  question: { subjectId: string; fact: string },
): boolean {
  return threat.hingesOn.some(
    (fact) => fact.subject === question.subjectId && fact.fact === question.fact,
  );
}

export function severityRank(severity: string): number {
  const index = (SEVERITY_LEVELS as readonly string[]).indexOf(severity);
  return index < 0 ? 0 : index;
}

function highestSeverity(findings: readonly ReviewedFinding[]): string | null {
  let best: string | null = null;
  for (const finding of findings) {
    if (finding.severity === null) continue;
    if (best === null || severityRank(finding.severity) > severityRank(best)) {
      best = finding.severity;
    }
  }
  return best;
}

export function ratio(count: number, of: number): number {
  return of === 0 ? 0 : count / of;
}
