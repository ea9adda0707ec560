import { describe, expect, it } from "vitest";
import { ML_ASSET_KINDS } from "../../domain/mlKinds";
import type { RuleInput } from "../rules/schema";
import { ruleOf } from "../testing/rules";
import { catalogCoverage, type CatalogCoverage } from "./coverage";
import { DASF_COMPONENT_CODES, dasfRisk } from "./dasf";
import { DASF_CHECKLIST, dasfChecklistItem } from "./dasfChecklist";
import { DASF_COMPONENT_SCOPES, ruleConcernsComponent } from "./dasfComponentKinds";
import type { CatalogId } from "./entry";

const rule = (id: string, fields: Partial<RuleInput>) => ruleOf({ id, ...fields });

const FAKE_RULES = [
  rule("FAKE-LLM-01", {
    pack: "ai",
    target: { mlKinds: ["llm"] },
    references: {
      atlas: ["AML.T0051.000", "AML.T0051.001", "AML.M0015"],
      owasp: ["LLM01:2025", "ASI01:2026"],
      // 9.1 is a serving risk: counts on an LLM. 3.1 is a dataset risk: does not.
      dasf: ["DASF-9.1@2.0", "DASF-3.1@2.0"],
      cosai: ["cosai:riskPromptInjection", "cosai:controlInputValidationAndSanitization"],
      agentic: ["AGT-T6@1.1"],
      nist: ["NISTAML.018"],
      aiExchange: ["owaspai:directpromptinjection"],
      maestro: ["L1"],
    },
  }),
  rule("FAKE-DATA-01", {
    pack: "ai",
    target: { mlKinds: ["training-data-store"] },
    references: {
      atlas: ["AML.T0020", "AML.T0019"],
      owasp: ["LLM04:2025", "LLM05:2026"],
      dasf: ["DASF-3.1@2.0"],
      cosai: ["cosai:riskPromptInjection", "cosai:riskDataPoisoning"],
      maestro: ["L2"],
    },
  }),
  // No ML kind: counts only for DASF component 12 (the platform).
  rule("FAKE-GENERIC-01", {
    target: { types: ["process"] },
    references: { dasf: ["DASF-12.7@2.0", "DASF-9.7@2.0"] },
  }),
  rule("FAKE-AGENT-01", {
    pack: "ai",
    target: { mlKinds: ["agent-tool"] },
    references: { dasf: ["DASF-13.18@3.0", "DASF-13.27@3.0"] },
  }),
];

function coverageOf(report: ReturnType<typeof catalogCoverage>, id: CatalogId): CatalogCoverage {
  const found = report.catalogs.find((c) => c.catalog === id);
  if (!found) throw new Error(`no coverage for ${id}`);
  return found;
}

describe("catalog coverage", () => {
  const report = catalogCoverage(FAKE_RULES);

  it("counts a code once however many rules cite it, and names the rules", () => {
    const cosai = coverageOf(report, "cosai");
    expect(cosai.total).toBe(36);
    expect(cosai.covered).toEqual(["cosai:riskDataPoisoning", "cosai:riskPromptInjection"]);
    expect(cosai.citedBy.get("cosai:riskPromptInjection")).toEqual(["FAKE-LLM-01", "FAKE-DATA-01"]);
    expect(cosai.uncovered).toHaveLength(34);
    expect(cosai.goal).toBe(36);
  });

  it("counts ATLAS techniques and sub-techniques, their parents and the mitigations apart", () => {
    const atlas = coverageOf(report, "atlas");
    // A retired id is not counted (it is reported apart); its upstream successor is.
    expect(atlas.covered).toEqual(["AML.T0020", "AML.T0051.000", "AML.T0051.001"]);
    expect(atlas.total).toBe(170 - 3 + 4);
    expect(atlas.uncovered).toContain("AML.T0051");
    expect(atlas.uncovered).toContain("AML.T0115.000");
    expect(atlas.uncovered).not.toContain("AML.T0019");
    expect(report.atlasParents).toEqual({ reached: 2, total: 101 - 3 + 1 });
    expect(report.atlasMitigationsCited).toEqual(["AML.M0015"]);
    expect(report.atlasRetired).toEqual([
      { id: "AML.T0019", successor: "AML.T0115.000", ruleIds: ["FAKE-DATA-01"] },
    ]);
  });

  it("counts the upstream successor of a retired ATLAS id, and its parent", () => {
    const successor = catalogCoverage([
      rule("FAKE-SUPPLY-01", { pack: "ai", references: { atlas: ["AML.T0115.001"] } }),
    ]);
    expect(coverageOf(successor, "atlas").covered).toEqual(["AML.T0115.001"]);
    expect(successor.atlasParents.reached).toBe(1);
    expect(successor.atlasRetired).toEqual([]);
    expect(successor.unknown).toEqual([]);
  });

  it("covers an LLM entry of one edition through the other, and says so", () => {
    const llm2025 = coverageOf(report, "owasp-llm-2025");
    expect(llm2025.covered).toEqual(["LLM01:2025", "LLM04:2025"]);
    const llm2026 = coverageOf(report, "owasp-llm-2026");
    expect(llm2026.covered).toEqual(["LLM01:2026", "LLM05:2026"]);
    expect([...llm2026.viaCounterpart]).toEqual([["LLM01:2026", "LLM01:2025"]]);
    expect(llm2026.citedBy.has("LLM01:2026")).toBe(false);
    expect(llm2026.citedBy.get("LLM05:2026")).toEqual(["FAKE-DATA-01"]);
  });

  it("counts a DASF risk only when the citing rule fires on the risk's component", () => {
    const dasf = coverageOf(report, "dasf-2.0");
    expect(dasf.covered).toEqual(["DASF-3.1@2.0", "DASF-9.1@2.0", "DASF-12.7@2.0"]);
    expect(dasf.citedBy.get("DASF-3.1@2.0")).toEqual(["FAKE-DATA-01"]);
    expect(report.dasfOffComponent).toEqual([
      { ruleId: "FAKE-LLM-01", code: "DASF-3.1@2.0", component: "3" },
      { ruleId: "FAKE-GENERIC-01", code: "DASF-9.7@2.0", component: "9" },
      { ruleId: "FAKE-AGENT-01", code: "DASF-13.27@3.0", component: "13C" },
    ]);
    expect(coverageOf(report, "dasf-3.0").covered).toEqual(["DASF-13.18@3.0"]);
  });

  it("lists organisational DASF risks apart from the uncovered ones", () => {
    const dasf = coverageOf(report, "dasf-2.0");
    expect(dasf.total).toBe(62);
    expect(dasf.covered.length + dasf.uncovered.length + report.dasfChecklist.length).toBe(62);
    for (const risk of report.dasfChecklist) expect(dasf.uncovered).not.toContain(risk);
    expect(report.dasfChecklistCited).toEqual([]);
  });

  it("counts a checklist risk a rule cites after all, and flags it to leave the checklist", () => {
    const withChecklistRule = catalogCoverage([
      rule("FAKE-ORG-01", { scope: "model", references: { dasf: ["DASF-12.3@2.0"] } }),
    ]);
    expect(coverageOf(withChecklistRule, "dasf-2.0").covered).toEqual(["DASF-12.3@2.0"]);
    expect(withChecklistRule.dasfChecklistCited).toEqual(["DASF-12.3@2.0"]);
  });

  it("hints the ASI entries the cited agentic threats map to when no rule cites them", () => {
    const asi = coverageOf(report, "owasp-asi-2026");
    expect(asi.covered).toEqual(["ASI01:2026"]);
    expect([...asi.hintedBy]).toEqual([["ASI06:2026", ["AGT-T6@1.1"]]]);
    expect(coverageOf(report, "owasp-agentic-1.1").covered).toEqual(["AGT-T6@1.1"]);
  });

  it("covers the single-kind catalogs by direct citation", () => {
    expect(coverageOf(report, "maestro").covered).toEqual(["L1", "L2"]);
    expect(coverageOf(report, "nist-ai-100-2-e2025").covered).toEqual(["NISTAML.018"]);
    expect(coverageOf(report, "owasp-ai-exchange").covered).toEqual([
      "owaspai:directpromptinjection",
    ]);
    expect(coverageOf(report, "owasp-ml-2023").covered).toEqual([]);
    expect(report.ruleCount).toBe(4);
  });

  it("lists the AI rules that name no MAESTRO layer", () => {
    expect(report.aiRulesWithoutMaestro).toEqual(["FAKE-AGENT-01"]);
  });

  it("reports cited codes no catalog knows", () => {
    const typo = catalogCoverage([
      rule("FAKE-TYPO-01", { references: { atlas: ["AML.T9999"], dasf: ["DASF-9.99@2.0"] } }),
    ]);
    expect(typo.unknown).toEqual([
      { ruleId: "FAKE-TYPO-01", field: "atlas", code: "AML.T9999" },
      { ruleId: "FAKE-TYPO-01", field: "dasf", code: "DASF-9.99@2.0" },
    ]);
    expect(coverageOf(typo, "atlas").covered).toEqual([]);
  });

  it("reports nothing covered for no rules", () => {
    const empty = catalogCoverage([]);
    for (const c of empty.catalogs) {
      expect(c.covered, c.catalog).toEqual([]);
      expect(c.uncovered.length, c.catalog).toBeLessThanOrEqual(c.total);
    }
  });
});

describe("DASF component scopes", () => {
  it("places every ML kind in at least one DASF component", () => {
    const placed = new Set(Object.values(DASF_COMPONENT_SCOPES).flatMap((s) => s.mlKinds));
    expect(ML_ASSET_KINDS.filter((kind) => !placed.has(kind))).toEqual([]);
    expect(Object.keys(DASF_COMPONENT_SCOPES).sort()).toEqual([...DASF_COMPONENT_CODES].sort());
  });

  it("matches a rule by its ML kinds, else by element type for platform components", () => {
    const onLlm = { scope: "element" as const, target: { mlKinds: ["llm" as const] } };
    expect(ruleConcernsComponent(onLlm, "9")).toBe(true);
    expect(ruleConcernsComponent(onLlm, "1")).toBe(false);
    expect(ruleConcernsComponent(onLlm, "12")).toBe(false);
    const onProcess = { scope: "element" as const, target: { types: ["process" as const] } };
    expect(ruleConcernsComponent(onProcess, "12")).toBe(true);
    expect(ruleConcernsComponent(onProcess, "9")).toBe(false);
    expect(ruleConcernsComponent({ scope: "model", target: {} }, "12")).toBe(true);
    expect(ruleConcernsComponent({ scope: "model", target: {} }, "13A")).toBe(false);
    const mixed = {
      scope: "element" as const,
      target: { mlKinds: ["vector-store" as const, "model-hub" as const] },
    };
    expect(ruleConcernsComponent(mixed, "7")).toBe(true);
    expect(ruleConcernsComponent(mixed, "3")).toBe(true);
    expect(ruleConcernsComponent(mixed, "11")).toBe(false);
  });
});

describe("DASF checklist", () => {
  it("names existing v2.0 risks once, each with a one-line reason and a question", () => {
    const risks = DASF_CHECKLIST.map((item) => item.risk);
    expect(new Set(risks).size).toBe(risks.length);
    for (const item of DASF_CHECKLIST) {
      expect(dasfRisk(item.risk), item.risk).toBeDefined();
      expect(item.reason).not.toMatch(/\n/);
      expect(item.reason.length).toBeLessThanOrEqual(100);
      expect(item.prompt).toMatch(/\?$/);
    }
    expect(dasfChecklistItem("DASF-12.3@2.0")?.prompt).toMatch(/incident response/);
    expect(dasfChecklistItem("DASF-9.1@2.0")).toBeUndefined();
  });

  it("leaves enough risks to rules to reach the goal of 50 on their component", () => {
    expect(62 - DASF_CHECKLIST.length).toBeGreaterThanOrEqual(50);
  });
});
