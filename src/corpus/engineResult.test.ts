import { describe, expect, it } from "vitest";
import { evaluate } from "../engine";
import { blankNames, readEngineResult, type EngineResultLike } from "./engineResult";
import { modelIdsOf } from "./evaluate";
import { tinyModel } from "./testing";

const ids = modelIdsOf(tinyModel());

describe("reading today's engine result", () => {
  const result: EngineResultLike = {
    findings: [
      {
        id: "AI-PROMPTINJ-01@llm",
        kind: "finding",
        pack: "ai",
        ruleId: "AI-PROMPTINJ-01",
        targetIds: ["llm"],
        categories: { stride: ["T", "E"], linddun: [] },
        title: "Prompts sent to Chat model can override its instructions",
        description: "Text typed by users reaches Chat model.",
        references: { atlas: ["AML.T0051.000"], owasp: ["LLM01:2025"], maestro: ["L1"] },
        severity: "critical",
      },
      {
        id: "STRIDE-FLOW-I-01@f-log",
        kind: "finding",
        pack: "stride",
        targetIds: ["llm", "f-log", "logs"],
        title: "Data travels unencrypted",
        references: { atlas: [], owasp: [] },
      },
      {
        id: "AI-MONITOR-01@model",
        kind: "finding",
        pack: "ai",
        targetIds: ["model"],
        title: "No monitoring",
      },
      {
        id: "STRIDE-STORE-R-01@logs",
        kind: "question",
        pack: "stride",
        targetIds: ["logs"],
        title: "The logs in Log store can be edited",
        questions: [
          { subjectId: "logs", fact: "storesLogs", text: "Does Log store hold logs?" },
          { subjectId: "logs", fact: "integrityVerified", text: "Is Log store verified?" },
        ],
      },
    ],
  };
  const reviewed = readEngineResult(result, ids);

  it("keeps findings and turns question results into one asking per unknown fact", () => {
    expect(reviewed.findings.map((f) => f.id)).toEqual([
      "AI-PROMPTINJ-01@llm",
      "STRIDE-FLOW-I-01@f-log",
      "AI-MONITOR-01@model",
    ]);
    expect(reviewed.questionResultCount).toBe(1);
    expect(reviewed.questions.map((q) => `${q.subjectId}.${q.fact}`)).toEqual([
      "logs.storesLogs",
      "logs.integrityVerified",
    ]);
    expect(reviewed.questions[0]?.potential.map((f) => f.id)).toEqual(["STRIDE-STORE-R-01@logs"]);
  });

  it("flattens every catalog's codes but MAESTRO layers, and blanks element names in the text", () => {
    const [injection] = reviewed.findings;
    expect(injection?.references).toEqual(["AML.T0051.000", "LLM01:2025"]);
    expect(injection?.text).toBe(
      "Prompts sent to ‹…› can override its instructions\nText typed by users reaches ‹…›.",
    );
    expect(injection?.rawText).toContain("Chat model");
    expect(injection?.ai).toBe(true);
    expect(injection?.aiCatalog).toBe(true);
    expect(injection?.severity).toBe("critical");
  });

  it("puts an interaction on its flow, an element finding on its element, a model finding on @model", () => {
    expect(reviewed.findings.map((f) => f.subjects)).toEqual([["llm"], ["f-log"], ["@model"]]);
  });
});

describe("reading the coming result shape (separate questions)", () => {
  it("reads one question per entry with the findings that depend on it", () => {
    const result: EngineResultLike = {
      findings: [
        { id: "X@llm", targetIds: ["llm"], title: "Something", references: ["AML.T0051"] },
      ],
      questions: [
        {
          id: "q1",
          subjectId: "logs",
          fact: "retentionDays",
          text: "How long does Log store keep its records?",
          dependents: [
            {
              findingId: "R@logs",
              title: "Log store keeps personal data for years",
              categories: { stride: [], linddun: ["Nc"] },
              severity: "medium",
            },
          ],
          ifYes: {
            adds: [{ id: "S@logs", title: "Another", references: { owasp: ["LLM02:2025"] } }],
          },
        },
        {
          subject: "llm",
          fact: "secretsInPrompt",
          question: "Does the system prompt hold secrets?",
        },
        { nothing: "here" },
      ],
    };
    const reviewed = readEngineResult(result, ids);
    expect(reviewed.questionResultCount).toBe(2);
    expect(reviewed.questions.map((q) => [q.askedBy, q.subjectId, q.fact])).toEqual([
      ["q1", "logs", "retentionDays"],
      ["question#1@llm:secretsInPrompt", "llm", "secretsInPrompt"],
    ]);
    const [first, second] = reviewed.questions;
    expect(first?.potential.map((f) => [f.id, f.subjects, f.linddun, f.references])).toEqual([
      ["R@logs", ["logs"], ["Nc"], []],
      ["S@logs", ["logs"], [], ["LLM02:2025"]],
    ]);
    expect(second?.text).toBe("Does the system prompt hold secrets?");
    expect(second?.potential).toEqual([]);
    // Without pack or rule id, a finding citing an AI catalog counts as AI.
    expect(reviewed.findings[0]?.ai).toBe(true);
  });
});

describe("the real engine", () => {
  it("produces a result the adapter reads", () => {
    const model = tinyModel();
    const reviewed = readEngineResult(evaluate(model), modelIdsOf(model));
    expect(reviewed.findings.length + reviewed.questions.length).toBeGreaterThan(0);
    for (const finding of reviewed.findings) expect(finding.subjects.length).toBeGreaterThan(0);
  });
});

describe("blankNames", () => {
  it("blanks the longest name first, so a name inside another is not half-blanked", () => {
    expect(
      blankNames("Model deployment pipeline deploys the model", [
        "Model",
        "Model deployment pipeline",
      ]),
    ).toBe("‹…› deploys the model");
    expect(blankNames("unchanged", ["", "  "])).toBe("unchanged");
  });
});
