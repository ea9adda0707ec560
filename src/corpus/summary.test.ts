import { describe, expect, it } from "vitest";
import type { ModelReport } from "./evaluate";
import { formatModelReport, formatSummary } from "./report";
import { summarize } from "./summary";

function report(fields: {
  id: string;
  nonAi?: boolean;
  elements: number;
  expected: number;
  asFinding: number;
  questionAllowed?: number;
  questionDue?: number;
  findings: number;
  forbidden?: number;
  ai?: number;
  matching?: number;
  unknowns?: number;
  results?: number;
  repeated?: number;
}): ModelReport {
  const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);
  const allowed = fields.questionAllowed ?? 0;
  const due = fields.questionDue ?? 0;
  const missed = fields.expected - fields.asFinding - allowed - due;
  return {
    modelId: fields.id,
    title: fields.id,
    nonAi: fields.nonAi ?? false,
    elementCount: fields.elements,
    expected: {
      total: fields.expected,
      asFinding: ids("found", fields.asFinding),
      questionOnly: [
        ...ids("allowed", allowed).map((id) => ({ id, allowed: true })),
        ...ids("due", due).map((id) => ({ id, allowed: false })),
      ],
      missed: ids("missed", missed),
      underRanked: [],
      duplicated: [],
    },
    forbidden: {
      hits: [],
      findingCount: fields.forbidden ?? 0,
      premiseCount: fields.forbidden ?? 0,
    },
    findings: {
      total: fields.findings,
      ai: fields.ai ?? 0,
      aiOrAiCited: fields.ai ?? 0,
      matchingExpected: fields.matching ?? 0,
      perElement: fields.findings / fields.elements,
    },
    questions: {
      results: fields.results ?? 0,
      distinctUnknowns: fields.unknowns ?? 0,
      perElement: (fields.unknowns ?? 0) / fields.elements,
      repeated: ids("r", fields.repeated ?? 0).map((subjectId) => ({
        subjectId,
        fact: "f",
        times: 2,
      })),
      forbiddenAsked: [],
    },
    byElement: [{ id: "e", name: "Element", findings: fields.findings, unknowns: 0 }],
    perFinding: [],
  };
}

const target = (summary: ReturnType<typeof summarize>, id: string) =>
  summary.targets.find((t) => t.id === id);

describe("summarize", () => {
  it("pools the rates over all models and meets the targets exactly at their bounds", () => {
    const summary = summarize([
      report({
        id: "a",
        elements: 10,
        expected: 9,
        asFinding: 9,
        findings: 40,
        forbidden: 1,
        matching: 24,
        unknowns: 20,
      }),
      report({
        id: "b",
        elements: 10,
        expected: 1,
        asFinding: 0,
        questionAllowed: 1,
        findings: 60,
        forbidden: 2,
        matching: 36,
      }),
      report({ id: "shop", nonAi: true, elements: 5, expected: 0, asFinding: 0, findings: 0 }),
    ]);
    expect(summary.elements).toBe(25);
    expect(target(summary, "recall")).toMatchObject({ value: 0.9, shown: "90%", met: true });
    expect(target(summary, "acceptable")).toMatchObject({ value: 1, met: true });
    expect(target(summary, "forbidden")).toMatchObject({ value: 0.03, shown: "3%", met: true });
    expect(target(summary, "findingsPerElement")).toMatchObject({
      value: 4,
      shown: "4.0",
      met: true,
    });
    expect(target(summary, "questionsPerElement")).toMatchObject({ value: 0.8, met: true });
    expect(target(summary, "relevant")).toMatchObject({ value: 0.6, met: true });
    expect(summary.targets.every((t) => t.met)).toBe(true);
  });

  it("misses the targets just past their bounds", () => {
    const summary = summarize([
      report({
        id: "a",
        elements: 10,
        expected: 10,
        asFinding: 8,
        questionDue: 1,
        findings: 41,
        forbidden: 2,
        unknowns: 21,
        repeated: 1,
      }),
      report({
        id: "shop",
        nonAi: true,
        elements: 5,
        expected: 1,
        asFinding: 1,
        findings: 1,
        ai: 1,
      }),
    ]);
    expect(target(summary, "recall")?.met).toBe(false);
    expect(target(summary, "acceptable")?.met).toBe(false);
    expect(summary.expected).toMatchObject({ questionOnlyNotAllowed: 1, missed: 1 });
    expect(target(summary, "repeatedUnknowns")).toMatchObject({ value: 1, met: false });
    expect(target(summary, "aiOnNonAi")).toMatchObject({ value: 1, met: false });
    expect(target(summary, "findingsPerElement")?.met).toBe(true);
  });

  it("treats an empty corpus as zero, not as a division by zero", () => {
    const summary = summarize([]);
    expect(summary.targets.map((t) => Number.isFinite(t.value))).not.toContain(false);
  });
});

describe("the text report", () => {
  it("lists missed and question-only threats by id, and the targets with ok / MISS", () => {
    const one = report({
      id: "m",
      elements: 4,
      expected: 3,
      asFinding: 1,
      questionDue: 1,
      findings: 8,
      forbidden: 1,
    });
    const text = formatModelReport(one);
    expect(text).toContain("expected 3: 1 as finding · 1 only as question · 1 missed");
    expect(text).toContain("question only, finding due: due-0");
    expect(text).toContain("missed: missed-0");
    expect(text).toContain("forbidden findings fired: 1 (12.5% of findings; 1 on a false premise)");
    const summary = formatSummary(summarize([one]));
    expect(summary).toMatch(
      /MISS expected threats found as a definite finding +33\.3% +target >= 90%/,
    );
    expect(summary).toMatch(/ok {3}findings per element +2\.0 +target <= 4/);
  });

  it("prints per-element loads with --details", () => {
    const text = formatModelReport(
      report({ id: "m", elements: 1, expected: 1, asFinding: 1, findings: 3 }),
      {
        details: true,
      },
    );
    expect(text).toContain("per element (findings / open questions):");
    expect(text).toContain("Element: 3 / 0");
  });
});
