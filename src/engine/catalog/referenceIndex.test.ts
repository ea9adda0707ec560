import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { searchReferences } from "./referenceIndex";
import { allReferenceEntries } from "./registry";

const codes = (query: string, options = {}) => searchReferences(query, options).map((m) => m.code);

describe("reference search", () => {
  it("finds a code typed exactly, in any case, first", () => {
    expect(codes("LLM01:2025")[0]).toBe("LLM01:2025");
    expect(codes("llm01:2025")[0]).toBe("LLM01:2025");
    expect(codes("DASF-9.1@2.0")[0]).toBe("DASF-9.1@2.0");
    expect(codes("cosai:riskpromptinjection")[0]).toBe("cosai:riskPromptInjection");
    expect(searchReferences("AML.T0051")[0]).toEqual({
      catalog: "atlas",
      field: "atlas",
      kind: "technique",
      code: "AML.T0051",
      label: "LLM Prompt Injection",
      url: "https://atlas.mitre.org/techniques/AML.T0051",
    });
  });

  it("finds every edition of a code typed without its edition", () => {
    expect(codes("LLM01").slice(0, 2)).toEqual(["LLM01:2025", "LLM01:2026"]);
    expect(codes("asi6")[0]).toBe("ASI06:2026");
    expect(codes("ASI06")[0]).toBe("ASI06:2026");
  });

  it("reads spaces and dashes in a code alike, and ranks the whole number above longer ones", () => {
    const found = codes("DASF 9.1");
    expect(found[0]).toBe("DASF-9.1@2.0");
    expect(found).toEqual(expect.arrayContaining(["DASF-9.10@2.0", "DASF-9.13@2.0"]));
    expect(found.indexOf("DASF-9.1@2.0")).toBeLessThan(found.indexOf("DASF-9.10@2.0"));
    expect(codes("dasf 13.16")[0]).toBe("DASF-13.16@3.0");
  });

  it("finds a code by its part after the catalog prefix", () => {
    expect(codes("T0051").slice(0, 2)).toEqual(["AML.T0051", "AML.T0051.000"]);
    expect(codes("directpromptinjection")[0]).toBe("owaspai:directpromptinjection");
    expect(codes("riskPromptInjection")[0]).toBe("cosai:riskPromptInjection");
    expect(codes("NISTAML.015")[0]).toBe("NISTAML.015");
    expect(codes("L3")[0]).toBe("L3");
  });

  it("finds entries of every catalog by words of their names", () => {
    const found = codes("prompt injection", { limit: 50 });
    for (const code of [
      "LLM01:2025",
      "LLM01:2026",
      "AML.T0051",
      "DASF-9.1@2.0",
      "DASF-13.16@3.0",
      "cosai:riskPromptInjection",
      "owaspai:directpromptinjection",
      "owaspai:indirectpromptinjection",
      "NISTAML.018",
      "NISTAML.015",
    ]) {
      expect(found, code).toContain(code);
    }
    expect(codes("memory poisoning")).toEqual(
      expect.arrayContaining(["AGT-T1@1.1", "DASF-13.1@3.0", "ASI06:2026"]),
    );
  });

  it("matches word beginnings and short endings, and needs every word", () => {
    expect(codes("poison", { limit: 100 })).toEqual(
      expect.arrayContaining(["DASF-3.1@2.0", "AML.T0020", "LLM04:2025"]),
    );
    // "Prompt inject" (DASF's own name) is found by "injection".
    expect(codes("prompt injection", { limit: 100 })).toContain("DASF-9.1@2.0");
    expect(codes("prompt zebra")).toEqual([]);
    expect(codes("jection")).toEqual([]);
  });

  it("ignores small words and reads code and name words together", () => {
    expect(codes("data and model poisoning")[0]).toMatch(/^LLM0[45]:202[56]$/);
    expect(codes("dasf poisoning", { limit: 50 })).toEqual(
      expect.arrayContaining(["DASF-3.1@2.0", "DASF-6.1@2.0", "DASF-13.1@3.0"]),
    );
    expect(codes("dasf poisoning", { limit: 50 }).every((c) => c.startsWith("DASF-"))).toBe(true);
  });

  it("finds DASF risks by the component they belong to, after name matches", () => {
    const found = codes("mcp", { limit: 40 });
    expect(found.slice(0, 2)).toEqual([
      "cosai:riskMCPTransportHijacking",
      "cosai:riskZombieShadowMCPServers",
    ]);
    expect(found.slice(2, 4)).toEqual(["DASF-13.16@3.0", "DASF-13.17@3.0"]);
    expect(found).toContain("DASF-13.35@3.0");
    expect(found).not.toContain("DASF-13.1@3.0");
  });

  it("filters by catalog and limits the number of matches", () => {
    expect(codes("prompt", { catalogs: ["owasp-llm-2026"] })).toEqual(["LLM01:2026"]);
    expect(searchReferences("a", { limit: 5 }).length).toBeLessThanOrEqual(5);
    expect(codes("injection", { limit: 3 })).toHaveLength(3);
  });

  it("returns nothing for an empty or blank query", () => {
    expect(searchReferences("")).toEqual([]);
    expect(searchReferences("   ")).toEqual([]);
    expect(searchReferences("::@@")).toEqual([]);
  });

  it("finds every entry by its own code, first", () => {
    for (const entry of allReferenceEntries()) {
      expect(searchReferences(entry.code, { limit: 1 })[0]?.code, entry.code).toBe(entry.code);
    }
  });

  it("never fails and never returns more than asked, whatever is typed", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.integer({ min: 0, max: 30 }), (query, limit) => {
        const matches = searchReferences(query, { limit });
        expect(matches.length).toBeLessThanOrEqual(limit);
        expect(new Set(matches.map((m) => m.code)).size).toBe(matches.length);
        expect(searchReferences(query, { limit })).toEqual(matches);
      }),
      { numRuns: 200 },
    );
  });
});
