import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalogOf, citesAny, referenceMatches } from "./references";

describe("catalogOf", () => {
  it.each([
    ["AML.T0051", "atlas"],
    ["AML.T0051.001", "atlas"],
    ["AML.M0024", "atlas"],
    ["ML02:2023", "owasp-ml"],
    ["LLM01:2025", "owasp-llm"],
    ["LLM08:2026", "owasp-llm"],
    ["ASI06:2026", "owasp-agentic-top10"],
    ["AGT-T1@1.1", "agentic-threats"],
    ["DASF-9.1@2.0", "dasf"],
    ["DASF-13.18@3.0", "dasf"],
    ["cosai:riskPromptInjection", "cosai"],
    ["NISTAML.015", "nist"],
    ["owaspai:directpromptinjection", "ai-exchange"],
  ])("reads %s as %s", (code, catalog) => {
    expect(catalogOf(code)).toBe(catalog);
  });

  it.each(["LLM01", "LLM01:2023", "DASF 9.1", "DASF-13.1@2.0", "AGT-T18@1.1", "L1", "T1", ""])(
    "refuses %j: bare or edition-less codes change meaning",
    (code) => {
      expect(catalogOf(code)).toBeNull();
    },
  );
});

describe("referenceMatches", () => {
  it("takes an ATLAS sub-technique for its technique, not the reverse", () => {
    expect(referenceMatches("AML.T0051.001", "AML.T0051")).toBe(true);
    expect(referenceMatches("AML.T0051", "AML.T0051.001")).toBe(false);
    expect(referenceMatches("AML.T00511", "AML.T0051")).toBe(false);
  });

  it("never takes one OWASP edition for another", () => {
    expect(referenceMatches("LLM01:2026", "LLM01:2025")).toBe(false);
    expect(referenceMatches("llm01:2025", "LLM01:2025")).toBe(true);
  });

  it("is reflexive and case-insensitive (property)", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }), (code) => {
        expect(referenceMatches(code, code)).toBe(true);
        expect(referenceMatches(code.toUpperCase(), code.toLowerCase())).toBe(true);
      }),
    );
  });

  it("citesAny is monotone: citing more codes never loses a match (property)", () => {
    const code = fc.constantFrom(
      "AML.T0051",
      "AML.T0051.000",
      "LLM01:2025",
      "ML02:2023",
      "DASF-9.1@2.0",
    );
    fc.assert(
      fc.property(fc.array(code), fc.array(code), fc.array(code), (cited, extra, expected) => {
        if (citesAny(cited, expected)) expect(citesAny([...cited, ...extra], expected)).toBe(true);
      }),
    );
  });
});
