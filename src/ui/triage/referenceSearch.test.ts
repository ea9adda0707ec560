import { describe, expect, it } from "vitest";
import { CATALOG_IDS } from "../../engine/catalog/entry";
import { allReferences, referenceByCode, searchReferences } from "./referenceSearch";

describe("the reference search", () => {
  it("lists every catalog we ship", () => {
    const catalogs = new Set(allReferences().map((r) => r.catalogId));
    expect([...catalogs].sort()).toEqual([...CATALOG_IDS].sort());
    expect(referenceByCode("AML.T0020")?.name).toBe("Poison Training Data");
    expect(referenceByCode("AML.T0020")?.catalog).toBe("MITRE ATLAS 5.6.0 technique");
    expect(referenceByCode("LLM01:2025")?.name).toBe("Prompt Injection");
    expect(referenceByCode("nope")).toBeUndefined();
  });

  it("finds by id, exact id first", () => {
    expect(searchReferences("aml.t0020")[0]?.code).toBe("AML.T0020");
    expect(searchReferences("LLM01")[0]?.code).toMatch(/^LLM01:20(25|26)$/);
    expect(searchReferences("asi6")[0]?.code).toBe("ASI06:2026");
  });

  it("finds by words of the name in ATLAS, OWASP (ML, LLM, agentic), CoSAI and DASF", () => {
    const catalogsFor = (query: string) =>
      new Set(searchReferences(query, { limit: 200 }).map((r) => r.catalogId));
    expect(searchReferences("poison training").map((r) => r.code)).toContain("AML.T0020");
    expect(searchReferences("prompt injection").map((r) => r.code)).toContain("LLM01:2025");
    const poison = catalogsFor("poisoning");
    for (const id of ["atlas", "owasp-ml-2023", "cosai"] as const) expect(poison).toContain(id);
    const injection = catalogsFor("prompt injection");
    for (const id of ["owasp-llm-2025", "dasf-2.0"] as const) expect(injection).toContain(id);
    expect(catalogsFor("memory poisoning").has("owasp-agentic-1.1")).toBe(true);
    expect(searchReferences("poison zzzz")).toEqual([]);
    expect(searchReferences("   ")).toEqual([]);
  });

  it("keeps to a limit, to catalogs and to a filter applied before the limit", () => {
    expect(searchReferences("a", { limit: 5 })).toHaveLength(5);
    const mitigations = searchReferences("aml", {
      catalogs: ["atlas"],
      filter: (r) => r.kind === "mitigation",
      limit: 12,
    });
    expect(mitigations).toHaveLength(12);
    expect(mitigations.every((r) => r.code.startsWith("AML.M"))).toBe(true);
    const first = searchReferences("poison", { limit: 1 })[0]!.code;
    expect(searchReferences("poison", { filter: (r) => r.code !== first })[0]?.code).not.toBe(
      first,
    );
  });
});
