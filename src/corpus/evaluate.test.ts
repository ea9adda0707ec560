import { describe, expect, it } from "vitest";
import type { ReviewedResult } from "./engineResult";
import { countedElements, evaluateCase, type CorpusCase } from "./evaluate";
import type { GoldenFileInput } from "./golden";
import { fakeFinding, fakeQuestion, golden, tinyModel } from "./testing";

const model = tinyModel();

const expectedThreats: GoldenFileInput["expected"] = [
  {
    id: "prompt-injection",
    statement: "User text can override the model's instructions.",
    targets: ["llm"],
    match: { refs: ["AML.T0051"] },
    severity: "critical",
    outcome: "finding",
  },
  {
    id: "log-retention",
    statement: "Logs keep personal data without a retention period.",
    targets: ["logs"],
    match: { categories: ["LINDDUN:Nc"], keywords: ["retention"] },
    severity: "medium",
    outcome: "findingOrQuestion",
    hingesOn: [{ subject: "logs", fact: "retentionDays" }],
  },
  {
    id: "log-flow-cleartext",
    statement: "Logs travel to the store unencrypted.",
    targets: ["f-log"],
    match: { topic: "flow-cleartext" },
    severity: "medium",
    outcome: "finding",
  },
  {
    id: "extraction",
    statement: "The model can be copied by querying it.",
    targets: ["llm"],
    match: { refs: ["AML.T0024.002"] },
    severity: "medium",
    outcome: "finding",
  },
];

const testCase = (): CorpusCase => ({
  id: "tiny",
  title: "Tiny",
  nonAi: false,
  model,
  golden: golden({
    expected: expectedThreats,
    forbidden: [
      {
        id: "no-internet",
        statement: "Nothing here is reachable from the internet at all.",
        targets: ["logs", "llm"],
        match: { keywords: ["anyone on the internet"] },
      },
      {
        id: "no-llm-words-on-logs",
        statement: "The log store holds no prompts in this tiny model.",
        targets: ["logs"],
        match: { keywords: ["prompts"] },
        kind: "wording",
      },
    ],
    forbiddenQuestions: [
      {
        id: "no-logs-question",
        statement: "Do not ask whether the log store holds logs.",
        subjects: ["logs"],
        facts: ["storesLogs"],
      },
    ],
  }),
});

function run(result: Partial<ReviewedResult>) {
  return evaluateCase(testCase(), {
    findings: [],
    questions: [],
    questionResultCount: 0,
    ...result,
  });
}

describe("evaluateCase", () => {
  it("sorts expected threats into finding, question only (allowed or not) and missed", () => {
    const report = run({
      findings: [
        fakeFinding({ id: "PI@llm", references: ["AML.T0051.000"], severity: "critical" }),
      ],
      questions: [
        fakeQuestion({ subjectId: "logs", fact: "retentionDays" }),
        fakeQuestion({
          subjectId: "f-log",
          fact: "encryptedInTransit",
          potential: [
            fakeFinding({
              id: "CLEAR@f-log",
              subjects: ["f-log"],
              stride: ["I"],
              text: "travels unencrypted",
            }),
          ],
        }),
      ],
      questionResultCount: 2,
    });
    expect(report.expected.asFinding).toEqual(["prompt-injection"]);
    expect(report.expected.questionOnly).toEqual([
      { id: "log-retention", allowed: true },
      { id: "log-flow-cleartext", allowed: false },
    ]);
    expect(report.expected.missed).toEqual(["extraction"]);
  });

  it("does not count a question about an unrelated fact as asking about the threat", () => {
    const report = run({
      questions: [fakeQuestion({ subjectId: "logs", fact: "encryptedAtRest" })],
    });
    expect(report.expected.missed).toContain("log-retention");
  });

  it("counts a finding on a false premise as forbidden and never as finding a threat", () => {
    const wrong = fakeFinding({
      id: "PI-WRONG@llm",
      references: ["AML.T0051"],
      text: "Anyone on the internet can inject prompts",
    });
    const report = run({ findings: [wrong] });
    expect(report.forbidden).toEqual({
      hits: [{ forbiddenId: "no-internet", findingId: "PI-WRONG@llm", title: "PI-WRONG@llm" }],
      findingCount: 1,
      premiseCount: 1,
    });
    expect(report.expected.missed).toContain("prompt-injection");
  });

  it("counts wrong wording as forbidden but still credits the threat", () => {
    const worded = fakeFinding({
      id: "RET@logs",
      subjects: ["logs"],
      linddun: ["Nc"],
      text: "Log store keeps prompts without a retention period",
    });
    const report = run({ findings: [worded] });
    expect(report.forbidden.findingCount).toBe(1);
    expect(report.forbidden.premiseCount).toBe(0);
    expect(report.expected.asFinding).toEqual(["log-retention"]);
  });

  it("reports duplicates and threats ranked two or more levels too low", () => {
    const report = run({
      findings: [
        fakeFinding({ id: "PI-1@llm", references: ["AML.T0051"], severity: "medium" }),
        fakeFinding({
          id: "PI-2@llm",
          references: ["LLM01:2025", "AML.T0051.001"],
          severity: "low",
        }),
      ],
    });
    expect(report.expected.duplicated).toEqual([
      { id: "prompt-injection", findingIds: ["PI-1@llm", "PI-2@llm"] },
    ]);
    expect(report.expected.underRanked).toEqual([
      { id: "prompt-injection", expected: "critical", found: "medium" },
    ]);
    expect(report.findings.matchingExpected).toBe(2);
  });

  it("counts distinct unknowns, repeated askings and forbidden questions per element", () => {
    const report = run({
      findings: [
        fakeFinding({ id: "A@llm" }),
        fakeFinding({ id: "B@f-log", subjects: ["f-log"], ai: true }),
      ],
      questions: [
        fakeQuestion({ askedBy: "Q1", subjectId: "logs", fact: "storesLogs" }),
        fakeQuestion({ askedBy: "Q2", subjectId: "logs", fact: "storesLogs" }),
        fakeQuestion({ askedBy: "Q2", subjectId: "logs", fact: "integrityVerified" }),
        fakeQuestion({ askedBy: "Q3", subjectId: "llm", fact: "validatesInput" }),
      ],
      questionResultCount: 3,
    });
    expect(report.elementCount).toBe(5);
    expect(report.findings.total).toBe(2);
    expect(report.findings.ai).toBe(1);
    expect(report.findings.perElement).toBeCloseTo(0.4);
    expect(report.questions.results).toBe(3);
    expect(report.questions.distinctUnknowns).toBe(3);
    expect(report.questions.perElement).toBeCloseTo(0.6);
    expect(report.questions.repeated).toEqual([
      { subjectId: "logs", fact: "storesLogs", times: 2 },
    ]);
    expect(report.questions.forbiddenAsked).toHaveLength(1);
    expect(report.byElement.find((e) => e.id === "logs")).toEqual({
      id: "logs",
      name: "Log store",
      findings: 0,
      unknowns: 2,
    });
    expect(report.byElement.find((e) => e.id === "f-log")?.findings).toBe(1);
  });
});

describe("countedElements", () => {
  it("counts nodes and flows in scope, not boundaries, and names an unlabelled flow by its ends", () => {
    expect(countedElements(model)).toEqual([
      { id: "client", name: "Client" },
      { id: "llm", name: "Chat model" },
      { id: "logs", name: "Log store" },
      { id: "f-ask", name: "Questions" },
      { id: "f-log", name: "Chat model → Log store" },
    ]);
  });
});
