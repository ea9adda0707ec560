import { describe, expect, it } from "vitest";
import { formatIssues } from "../domain/validation";
import { GoldenFileSchema, unknownGoldenIds, type GoldenFileInput } from "./golden";
import { golden } from "./testing";

const threat: GoldenFileInput["expected"][number] = {
  id: "prompt-injection",
  statement: "User text can override the model's instructions.",
  targets: ["llm"],
  match: { topic: "prompt-injection" },
  severity: "high",
  outcome: "finding",
};

function errorsOf(input: unknown): string[] {
  const result = GoldenFileSchema.safeParse(input);
  return result.success ? [] : formatIssues(result.error, 20);
}

describe("GoldenFileSchema", () => {
  it("accepts a minimal golden file and fills the defaults", () => {
    const parsed = golden({ expected: [threat] });
    expect(parsed.forbidden).toEqual([]);
    expect(parsed.expected[0]?.hingesOn).toEqual([]);
    expect(parsed.expected[0]?.match.refs).toEqual([]);
  });

  it.each([
    [{ ...threat, match: { topic: "no-such-topic" } }, /topic.*is not a topic/],
    [{ ...threat, match: { refs: ["LLM01"] } }, /refs.*is not a catalog code/],
    [{ ...threat, match: { keywords: ["("] } }, /keywords.*not a valid regular expression/],
    [
      { ...threat, match: { refsWithKeywords: ["LLM01:2025"] } },
      /only count together with keywords/,
    ],
    [{ ...threat, match: {} }, /needs a topic, refs, keywords/],
    [{ ...threat, outcome: "findingOrQuestion" }, /hingesOn.*names the unknown facts/],
    [{ ...threat, hingesOn: [{ subject: "llm", fact: "x" }] }, /hingesOn.*names the unknown facts/],
    [{ ...threat, targets: ["*"] }, /targets.*\* is for forbidden results/],
    [{ ...threat, id: "Not A Slug" }, /id.*lower-case words/],
  ])("refuses a bad expected threat with an error naming the field (%#)", (bad, message) => {
    const errors = errorsOf({ modelId: "tiny", expected: [bad] });
    expect(errors.join("\n")).toMatch(message);
  });

  it("refuses duplicate ids across the lists", () => {
    const errors = errorsOf({
      modelId: "tiny",
      expected: [threat],
      forbidden: [
        {
          id: "prompt-injection",
          statement: "Same id as an expected threat here.",
          targets: ["*"],
          match: { aiPack: true },
        },
      ],
    });
    expect(errors.join("\n")).toMatch(/forbidden\[0\]\.id: duplicate id "prompt-injection"/);
  });

  it("refuses a forbidden question that names neither facts nor wording", () => {
    const errors = errorsOf({
      modelId: "tiny",
      expected: [threat],
      forbiddenQuestions: [
        { id: "q", statement: "Some question we must not ask.", subjects: ["llm"] },
      ],
    });
    expect(errors.join("\n")).toMatch(/name the facts or the wording/);
  });
});

describe("unknownGoldenIds", () => {
  it("lists ids that are not in the model, allowing @model everywhere and * only for forbidden results", () => {
    const parsed = golden({
      expected: [
        {
          ...threat,
          targets: ["llm", "@model", "ghost"],
          outcome: "findingOrQuestion",
          hingesOn: [{ subject: "phantom", fact: "x" }],
        },
      ],
      forbidden: [
        {
          id: "f",
          statement: "Nothing AI may fire in this model.",
          targets: ["*"],
          match: { aiPack: true, mentions: ["nobody"] },
        },
      ],
      forbiddenQuestions: [
        {
          id: "q",
          statement: "Do not ask this question here.",
          subjects: ["*", "missing"],
          facts: ["x"],
        },
      ],
    });
    expect(unknownGoldenIds(parsed, new Set(["llm"]))).toEqual([
      { path: "expected[0].targets", id: "ghost" },
      { path: "expected[0].hingesOn", id: "phantom" },
      { path: "forbidden[0].match.mentions", id: "nobody" },
      { path: "forbiddenQuestions[0].subjects", id: "missing" },
    ]);
  });
});
