import { describe, expect, it } from "vitest";
import {
  catalogReferenceResolver,
  defaultReferenceResolver,
  patternReferenceResolver,
  resolveReferences,
  type ReferenceFramework,
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

  it("links AI Exchange codes to their permalinks and nothing for catalogs without pages", () => {
    expect(patternReferenceResolver.resolve("aiExchange", "owaspai:datapoison").url).toBe(
      "https://owaspai.org/go/datapoison/",
    );
    expect(patternReferenceResolver.resolve("aiExchange", "datapoison").url).toBeNull();
    expect(patternReferenceResolver.resolve("aiExchange", "owaspai:../x").url).toBeNull();
    expect(patternReferenceResolver.resolve("dasf", "DASF-9.1@2.0").url).toBeNull();
    expect(patternReferenceResolver.resolve("cosai", "cosai:riskPromptInjection").url).toBeNull();
    expect(patternReferenceResolver.resolve("maestro", "L3").url).toBeNull();
  });

  it("resolves catalog families in a fixed order through any resolver, adding the other LLM edition", () => {
    const named = {
      resolve: (framework: ReferenceFramework, id: string) => ({
        framework,
        id,
        name: `N ${id}`,
        url: null,
      }),
    };
    const links = resolveReferences(
      {
        maestro: ["L1"],
        dasf: ["DASF-9.1@2.0"],
        owasp: ["LLM01:2025"],
        atlas: ["AML.T0001"],
        agentic: ["AGT-T6@1.1"],
      },
      named,
    );
    expect(links.map((l) => l.name)).toEqual([
      "N AML.T0001",
      "N LLM01:2025",
      "N LLM01:2026",
      "N AGT-T6@1.1",
      "N DASF-9.1@2.0",
      "N L1",
    ]);
    expect(links[2]).toMatchObject({ framework: "owasp", via: "LLM01:2025" });
    expect(links[1]).not.toHaveProperty("via");
  });

  it("shows each LLM edition once when a rule cites both", () => {
    const ids = resolveReferences({ atlas: [], owasp: ["LLM06:2025", "LLM03:2026"] }).map(
      (l) => l.id,
    );
    expect(ids).toEqual(["LLM06:2025", "LLM03:2026"]);
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

  it("names every new catalog and links only entries that have a page", () => {
    expect(catalogReferenceResolver.resolve("dasf", "DASF-9.1@2.0")).toEqual({
      framework: "dasf",
      id: "DASF-9.1@2.0",
      name: "Prompt inject",
      url: null,
    });
    expect(catalogReferenceResolver.resolve("owasp", "ASI06:2026")).toMatchObject({
      name: "Memory and Context Poisoning",
      url: null,
    });
    expect(catalogReferenceResolver.resolve("owasp", "LLM08:2026").name).toBe(
      "Hidden Context Exposure",
    );
    expect(catalogReferenceResolver.resolve("cosai", "cosai:riskPromptInjection").name).toBe(
      "Prompt Injection",
    );
    expect(catalogReferenceResolver.resolve("agentic", "AGT-T1@1.1").name).toBe("Memory poisoning");
    expect(catalogReferenceResolver.resolve("nist", "NISTAML.018").name).toBe("Prompt injection");
    expect(catalogReferenceResolver.resolve("maestro", "L7").name).toBe("Agent ecosystem");
    expect(catalogReferenceResolver.resolve("aiExchange", "owaspai:agentescape")).toMatchObject({
      name: "Agent escape",
      url: "https://owaspai.org/go/agentescape/",
    });
  });

  it("does not resolve a code through another family's array", () => {
    expect(catalogReferenceResolver.resolve("atlas", "LLM01:2025").name).toBeNull();
  });

  it("falls back to the URL patterns for ids it does not know", () => {
    expect(catalogReferenceResolver.resolve("atlas", "AML.T9999")).toEqual(
      patternReferenceResolver.resolve("atlas", "AML.T9999"),
    );
  });
});
