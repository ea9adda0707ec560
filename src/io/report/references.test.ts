import { describe, expect, it } from "vitest";
import {
  catalogReferenceResolver,
  defaultReferenceResolver,
  patternReferenceResolver,
  resolveReferences,
} from "./references";

describe("pattern reference resolver", () => {
  it.each([
    ["AML.T0051", "https://atlas.mitre.org/techniques/AML.T0051"],
    ["AML.T0051.000", "https://atlas.mitre.org/techniques/AML.T0051.000"],
    ["AML.M0018", "https://atlas.mitre.org/mitigations/AML.M0018"],
    ["AML.TA0001", "https://atlas.mitre.org/tactics/AML.TA0001"],
    ["not-an-id", null],
  ])("links ATLAS %s to %s", (id, url) => {
    expect(patternReferenceResolver.resolve("atlas", id)).toEqual({
      framework: "atlas",
      id,
      name: null,
      url,
    });
  });

  it("links OWASP ML ids to the project and leaves LLM ids (name-based URLs) unlinked", () => {
    expect(patternReferenceResolver.resolve("owasp", "ML02:2023").url).toBe(
      "https://owasp.org/www-project-machine-learning-security-top-10/",
    );
    expect(patternReferenceResolver.resolve("owasp", "LLM01:2025").url).toBeNull();
  });

  it("resolves ATLAS ids first, then OWASP, through any resolver", () => {
    const named = {
      resolve: (framework: "atlas" | "owasp", id: string) => ({
        framework,
        id,
        name: `N ${id}`,
        url: null,
      }),
    };
    expect(
      resolveReferences({ atlas: ["AML.T0001"], owasp: ["LLM01:2025"] }, named).map((l) => l.name),
    ).toEqual(["N AML.T0001", "N LLM01:2025"]);
  });
});

describe("catalog reference resolver (the default)", () => {
  it("names and links ids the engine catalog knows", () => {
    expect(catalogReferenceResolver.resolve("owasp", "LLM01:2025")).toEqual({
      framework: "owasp",
      id: "LLM01:2025",
      name: "Prompt Injection",
      url: "https://genai.owasp.org/llmrisk/llm012025-prompt-injection/",
    });
    expect(catalogReferenceResolver.resolve("atlas", "AML.T0051")).toMatchObject({
      name: expect.any(String),
      url: "https://atlas.mitre.org/techniques/AML.T0051",
    });
    expect(defaultReferenceResolver).toBe(catalogReferenceResolver);
  });

  it("falls back to the URL patterns for ids it does not know", () => {
    expect(catalogReferenceResolver.resolve("atlas", "AML.T9999")).toEqual(
      patternReferenceResolver.resolve("atlas", "AML.T9999"),
    );
  });
});
