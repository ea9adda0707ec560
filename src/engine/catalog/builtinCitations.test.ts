import { describe, expect, it } from "vitest";
import { ALL_RULES } from "../rules";
import { REFERENCE_FIELDS } from "../rules/references";
import { catalogCoverage, type CatalogCoverage } from "./coverage";
import type { CatalogId } from "./entry";
import { llmCounterpart } from "./owasp2026";

/**
 * How the built-in rules cite the AI catalogs (issue 6): both OWASP LLM editions side by side,
 * a MAESTRO layer on every AI rule, DASF only on the component a rule fires on, no AI catalog on
 * the STRIDE / LINDDUN packs, and the catalog goals already reached kept.
 */
const report = catalogCoverage(ALL_RULES);

function coverageOf(id: CatalogId): CatalogCoverage {
  const found = report.catalogs.find((c) => c.catalog === id);
  if (!found) throw new Error(`no coverage for ${id}`);
  return found;
}

describe("citations of the built-in rules", () => {
  it("cite an OWASP LLM entry in both editions, 2025 and 2026", () => {
    const unpaired = ALL_RULES.flatMap((rule) =>
      rule.references.owasp
        .filter((code) => /^LLM/.test(code))
        .filter((code) => !rule.references.owasp.includes(llmCounterpart(code) ?? code))
        .map((code) => `${rule.id} ${code} without ${llmCounterpart(code)}`),
    );
    expect(unpaired).toEqual([]);
  });

  it("name a MAESTRO layer on every AI rule", () => {
    expect(report.aiRulesWithoutMaestro).toEqual([]);
  });

  it("cite DASF risks only on rules that fire on the risk's component", () => {
    expect(report.dasfOffComponent.map((c) => `${c.ruleId} ${c.code}`)).toEqual([]);
  });

  it("cite no ATLAS id retired upstream (its successor instead)", () => {
    expect(report.atlasRetired).toEqual([]);
  });

  it("leave AI catalogs off the STRIDE and LINDDUN packs", () => {
    const cited = ALL_RULES.filter((rule) => rule.pack !== "ai").flatMap((rule) =>
      REFERENCE_FIELDS.flatMap((field) => rule.references[field].map((c) => `${rule.id} ${c}`)),
    );
    expect(cited).toEqual([]);
  });

  it("keep the catalog goals already reached", () => {
    expect(coverageOf("atlas").covered.length).toBeGreaterThanOrEqual(60);
    expect(coverageOf("dasf-2.0").covered.length).toBeGreaterThanOrEqual(50);
    // Every other DASF 2.0 risk is offered as a checklist item, with the reason.
    expect(coverageOf("dasf-2.0").uncovered).toEqual([]);
    for (const id of [
      "owasp-ml-2023",
      "owasp-llm-2025",
      "owasp-llm-2026",
      "owasp-asi-2026",
      "owasp-agentic-1.1",
      "cosai",
      "maestro",
    ] as const) {
      expect(coverageOf(id).uncovered, id).toEqual([]);
    }
    // Covered by the rules' own 2026 citations, not only through the crosswalk.
    expect([...coverageOf("owasp-llm-2026").viaCounterpart.keys()]).toEqual([]);
  });
});
