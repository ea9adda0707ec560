import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ForbiddenQuestionSchema, MatcherSchema, type MatcherInput } from "./golden";
import {
  isOnTargets,
  matchesContent,
  matchesFinding,
  matchesForbiddenQuestion,
  resolveMatcher,
} from "./match";
import { fakeFinding, fakeQuestion } from "./testing";

const resolve = (input: MatcherInput, names: Record<string, string> = {}) =>
  resolveMatcher(MatcherSchema.parse(input), (id) => names[id]);

describe("matching a finding", () => {
  it("accepts a specific code on its own", () => {
    const matcher = resolve({ refs: ["AML.T0051"] });
    expect(matchesContent(matcher, fakeFinding({ id: "a", references: ["AML.T0051.000"] }))).toBe(
      true,
    );
    expect(matchesContent(matcher, fakeFinding({ id: "b", references: ["LLM01:2025"] }))).toBe(
      false,
    );
  });

  it("accepts a broad code or a category only together with a topic word", () => {
    const matcher = resolve({
      refsWithKeywords: ["LLM08:2025"],
      categories: ["STRIDE:I"],
      keywords: ["permission"],
    });
    const broadOnly = fakeFinding({ id: "a", references: ["LLM08:2025"], text: "Embeddings leak" });
    const categoryOnly = fakeFinding({ id: "b", stride: ["I"], text: "Data can leak" });
    const withWord = fakeFinding({
      id: "c",
      stride: ["I"],
      text: "Retrieval ignores page permissions",
    });
    expect(matchesContent(matcher, broadOnly)).toBe(false);
    expect(matchesContent(matcher, categoryOnly)).toBe(false);
    expect(matchesContent(matcher, withWord)).toBe(true);
  });

  it("keeps STRIDE and LINDDUN letters apart (I is Information disclosure or Identifying)", () => {
    const matcher = resolve({ categories: ["LINDDUN:I"], keywords: ["identif"] });
    const stride = fakeFinding({ id: "a", stride: ["I"], text: "identifies" });
    const linddun = fakeFinding({ id: "b", linddun: ["I"], text: "identifies" });
    expect(matchesContent(matcher, stride)).toBe(false);
    expect(matchesContent(matcher, linddun)).toBe(true);
  });

  it("does not take a generic STRIDE tampering finding on an LLM for prompt injection", () => {
    const matcher = resolve({ topic: "prompt-injection" });
    const generic = fakeFinding({ id: "g", stride: ["T"], text: "‹…› trusts its input as sent" });
    const specific = fakeFinding({
      id: "s",
      stride: ["T", "E"],
      text: "Crafted text can override its instructions",
    });
    expect(matchesContent(matcher, generic)).toBe(false);
    expect(matchesContent(matcher, specific)).toBe(true);
  });

  it("narrows with requireKeywords and mentions", () => {
    const narrowed = resolve({ refs: ["AML.T0020"], requireKeywords: ["feedback"] });
    expect(matchesContent(narrowed, fakeFinding({ id: "a", references: ["AML.T0020"] }))).toBe(
      false,
    );
    expect(
      matchesContent(
        narrowed,
        fakeFinding({ id: "b", references: ["AML.T0020"], text: "feedback loop" }),
      ),
    ).toBe(true);
    const named = resolve(
      { keywords: ["retrieved from"], mentions: ["api"] },
      { api: "OpenAI API" },
    );
    const raw = "Content retrieved from OpenAI API";
    expect(
      matchesContent(
        named,
        fakeFinding({ id: "c", text: "Content retrieved from ‹…›", rawText: raw }),
      ),
    ).toBe(true);
    expect(
      matchesContent(named, fakeFinding({ id: "d", text: "Content retrieved from a page" })),
    ).toBe(false);
    const unnamed = resolve({ keywords: ["xx"], mentions: ["missing"] });
    expect(matchesContent(unnamed, fakeFinding({ id: "e", text: "xx" }))).toBe(false);
  });

  it("matches any AI catalog code or any AI-pack finding when asked to", () => {
    const matcher = resolve({ aiPack: true, catalogs: ["atlas", "cosai"] });
    expect(matchesContent(matcher, fakeFinding({ id: "a", references: ["AML.T0012"] }))).toBe(true);
    expect(matchesContent(matcher, fakeFinding({ id: "b", ai: true }))).toBe(true);
    expect(matchesContent(matcher, fakeFinding({ id: "c", references: ["LLM01:2025"] }))).toBe(
      false,
    );
  });

  it("is about its subjects: the flow of an interaction, '*' for anything", () => {
    const onFlow = fakeFinding({
      id: "a",
      targetIds: ["llm", "f-log", "logs"],
      subjects: ["f-log"],
    });
    expect(isOnTargets(onFlow, ["f-log"])).toBe(true);
    expect(isOnTargets(onFlow, ["llm"])).toBe(false);
    expect(isOnTargets(onFlow, ["*"])).toBe(true);
    expect(matchesFinding(resolve({ keywords: ["\\w+"] }), ["logs"], onFlow)).toBe(false);
  });

  it("never loses a match when the finding cites more codes or carries more categories (property)", () => {
    const code = fc.constantFrom("AML.T0051", "AML.T0020", "LLM01:2025", "LLM08:2025", "ML02:2023");
    const stride = fc.subarray(["S", "T", "R", "I", "D", "E"]);
    const text = fc.constantFrom("prompt injection", "poisoned labels", "plain text", "nothing");
    fc.assert(
      fc.property(
        fc.array(code),
        fc.array(code),
        stride,
        stride,
        text,
        fc.constantFrom("prompt-injection", "data-poisoning", "flow-cleartext"),
        (refs, moreRefs, categories, moreCategories, words, topic) => {
          const matcher = resolve({ topic });
          const before = fakeFinding({
            id: "a",
            references: refs,
            stride: categories,
            text: words,
          });
          const after = fakeFinding({
            id: "a",
            references: [...refs, ...moreRefs],
            stride: [...categories, ...moreCategories],
            text: words,
          });
          if (matchesContent(matcher, before)) expect(matchesContent(matcher, after)).toBe(true);
        },
      ),
    );
  });
});

describe("matching a question that must not be asked", () => {
  const rule = ForbiddenQuestionSchema.parse({
    id: "no-logs",
    statement: "A model store holds no logs, so do not ask about them.",
    subjects: ["store"],
    facts: ["storesLogs"],
    wording: ["audit records"],
  });

  it("matches the fact or the wording on the subject, nowhere else", () => {
    expect(
      matchesForbiddenQuestion(rule, fakeQuestion({ subjectId: "store", fact: "storesLogs" })),
    ).toBe(true);
    expect(
      matchesForbiddenQuestion(
        rule,
        fakeQuestion({ subjectId: "store", fact: "other", text: "Does it hold audit records?" }),
      ),
    ).toBe(true);
    expect(
      matchesForbiddenQuestion(rule, fakeQuestion({ subjectId: "other", fact: "storesLogs" })),
    ).toBe(false);
    expect(
      matchesForbiddenQuestion(rule, fakeQuestion({ subjectId: "store", fact: "encryptedAtRest" })),
    ).toBe(false);
  });
});
