import { describe, expect, it } from "vitest";
import { ALL_RULES } from "../rules";
import type { Rule, RuleInput } from "../rules/schema";
import { ruleOf } from "../testing/rules";
import {
  allAtlasMitigations,
  allAtlasTechniques,
  atlasEntry,
  atlasMitigation,
  atlasMitigationsFor,
  atlasTactic,
  atlasTechnique,
} from "./atlas";
import { chartViolations } from "./charts";
import { LINDDUN_TYPES, linddunCodeFromText, linddunType } from "./linddun";
import { OWASP_LLM_TOP10_2025, OWASP_ML_TOP10_2023, owaspEntry } from "./owasp";
import { resolveReferences } from "./references";
import { unknownReferences } from "./citations";
import { strideCodeFromText, strideName } from "./stride";

describe("every rule reference exists in the catalog", () => {
  it.each(ALL_RULES.map((rule) => [rule.id, rule] as const))("%s", (_id, rule) => {
    expect(unknownReferences(rule.references), `${rule.id} cites codes no catalog has`).toEqual([]);
  });

  it("flags a code missing from its catalog, or cited from another family's array", () => {
    const rule = ruleOf({
      id: "TEST-REFS-01",
      references: {
        atlas: ["AML.T0051", "AML.T9999"],
        owasp: ["LLM01:2026", "ASI10:2026"],
        dasf: ["DASF-9.1@2.0", "DASF-9.14@2.0", "DASF-13.36@3.0"],
        cosai: ["cosai:riskPromptInjection", "cosai:riskMadeUp"],
        agentic: ["AGT-T17@1.1"],
        nist: ["NISTAML.015", "NISTAML.019"],
        aiExchange: ["owaspai:datapoison", "owaspai:nosuchthreat"],
        maestro: ["L2"],
      },
    });
    expect(unknownReferences(rule.references)).toEqual([
      "atlas AML.T9999",
      "dasf DASF-9.14@2.0",
      "dasf DASF-13.36@3.0",
      "cosai cosai:riskMadeUp",
      "aiExchange owaspai:nosuchthreat",
      "nist NISTAML.019",
    ]);
    expect(
      unknownReferences({ atlas: ["LLM01:2025"], owasp: [], dasf: ["cosai:riskPromptInjection"] }),
    ).toEqual(["atlas LLM01:2025", "dasf cosai:riskPromptInjection"]);
  });

  it("refuses codes without their edition when a rule is loaded", () => {
    for (const references of [
      { owasp: ["LLM01"] },
      { owasp: ["ASI06"] },
      { dasf: ["DASF-9.1"] },
      { dasf: ["DASF-13.1@2.0"] },
      { dasf: ["DASF-9.1@3.0"] },
      { agentic: ["T6"] },
      { cosai: ["riskPromptInjection"] },
      { aiExchange: ["directpromptinjection"] },
      { nist: ["NISTAML-015"] },
      { maestro: ["L8"] },
    ]) {
      const input = { id: "TEST-REFS-02", references } as unknown as RuleInput;
      expect(() => ruleOf(input), JSON.stringify(references)).toThrow();
    }
  });
});

describe("every rule category fits the per-element charts (or says why not)", () => {
  it.each(ALL_RULES.map((rule) => [rule.id, rule] as const))("%s", (_id, rule) => {
    expect(chartViolations(rule)).toEqual([]);
  });

  it("flags a category outside the chart", () => {
    const rule: Rule = ruleOf({
      id: "TEST-CHART-01",
      target: { types: ["dataStore"] },
      categories: { stride: ["S"] },
    });
    expect(chartViolations(rule)).toEqual([
      { ruleId: "TEST-CHART-01", framework: "stride", code: "S", element: "dataStore" },
    ]);
    expect(chartViolations({ ...rule, chartException: "Because a test says so." })).toEqual([]);
  });

  it("judges ML-kind targets by the element type of the kind", () => {
    const onLlm = ruleOf({
      id: "TEST-CHART-02",
      target: { mlKinds: ["llm"] },
      categories: { stride: ["E"] },
    });
    expect(chartViolations(onLlm)).toEqual([]);
    const onStore = ruleOf({
      id: "TEST-CHART-03",
      target: { mlKinds: ["vector-store"] },
      categories: { stride: ["E"] },
    });
    expect(chartViolations(onStore)).toHaveLength(1);
  });

  it("lets interaction rules use the categories of the ends they name", () => {
    const rule = ruleOf({
      id: "TEST-CHART-04",
      scope: "interaction",
      target: { types: ["externalEntity"] },
      categories: { linddun: ["U"] },
    });
    expect(chartViolations(rule)).toEqual([]);
    expect(chartViolations({ ...rule, target: {} })).toHaveLength(1);
  });
});

describe("ATLAS", () => {
  it("looks up techniques, sub-techniques, tactics and mitigations", () => {
    expect(atlasTechnique("AML.T0051")).toMatchObject({
      name: "LLM Prompt Injection",
      parent: null,
      maturity: "realized",
      tactics: ["AML.TA0005"],
      url: "https://atlas.mitre.org/techniques/AML.T0051",
    });
    expect(atlasTechnique("AML.T0051.000")).toMatchObject({
      name: "Direct",
      parent: "AML.T0051",
      tactics: ["AML.TA0005"],
    });
    expect(atlasTactic("AML.TA0005")).toEqual({
      id: "AML.TA0005",
      name: "Execution",
      url: "https://atlas.mitre.org/tactics/AML.TA0005",
    });
    expect(atlasMitigation("AML.M0018")).toMatchObject({
      name: "User Training",
      url: "https://atlas.mitre.org/mitigations/AML.M0018",
    });
    expect(atlasEntry("AML.T9999")).toBeUndefined();
  });

  it("ships the whole data set with valid links", () => {
    expect(allAtlasTechniques().length).toBeGreaterThan(150);
    expect(allAtlasMitigations().length).toBeGreaterThan(30);
    for (const t of allAtlasTechniques())
      expect(t.url).toBe(`https://atlas.mitre.org/techniques/${t.id}`);
    for (const t of allAtlasTechniques())
      if (t.parent) expect(atlasTechnique(t.parent)).toBeDefined();
  });

  it("finds the mitigations of a technique, including those of its parent", () => {
    const ids = atlasMitigationsFor("AML.T0024.002").map((m) => m.id);
    expect(ids).toContain("AML.M0004");
  });
});

describe("OWASP", () => {
  it("has both lists with edition-qualified ids and the documented links", () => {
    expect(OWASP_ML_TOP10_2023).toHaveLength(10);
    expect(OWASP_LLM_TOP10_2025).toHaveLength(10);
    expect(owaspEntry("LLM06:2025")).toMatchObject({
      name: "Excessive Agency",
      url: "https://genai.owasp.org/llmrisk/llm062025-excessive-agency/",
    });
    expect(owaspEntry("ML01:2023")).toMatchObject({
      name: "Input Manipulation Attack",
      url: "https://owasp.org/www-project-machine-learning-security-top-10/docs/ML01_2023-Input_Manipulation_Attack",
    });
    expect(owaspEntry("LLM01")).toBeUndefined();
    expect(owaspEntry("LLM01:2023")).toBeUndefined();
  });

  it("cites only ATLAS ids that exist", () => {
    for (const entry of OWASP_LLM_TOP10_2025) {
      for (const id of entry.atlas) expect(atlasEntry(id), `${entry.id} -> ${id}`).toBeDefined();
    }
  });
});

describe("LINDDUN and STRIDE", () => {
  it("accepts codes, current names and older names, and stores the code", () => {
    expect(linddunCodeFromText("Linkability")).toBe("L");
    expect(linddunCodeFromText("linking")).toBe("L");
    expect(linddunCodeFromText("Disclosure of information")).toBe("DD");
    expect(linddunCodeFromText("Data Disclosure")).toBe("DD");
    expect(linddunCodeFromText("Unawareness")).toBe("U");
    expect(linddunCodeFromText("Unawareness and Unintervenability")).toBe("U");
    expect(linddunCodeFromText("Detectability")).toBe("D");
    expect(linddunCodeFromText("Nc")).toBe("Nc");
    expect(linddunCodeFromText("Confidentiality")).toBeUndefined();
    expect(LINDDUN_TYPES.map((t) => t.code)).toEqual(["L", "I", "Nr", "D", "DD", "U", "Nc"]);
    expect(linddunType("Nr")).toMatchObject({
      name: "Non-repudiation",
      url: "https://linddun.org/threat-types/",
    });
  });

  it("names STRIDE letters and reads them back from names", () => {
    expect(strideName("I")).toBe("Information disclosure");
    expect(strideCodeFromText("information disclosure")).toBe("I");
    expect(strideCodeFromText("E")).toBe("E");
    expect(strideCodeFromText("Phishing")).toBeUndefined();
  });

  it("resolves references to names and links, with the other LLM edition", () => {
    expect(
      resolveReferences({
        atlas: ["AML.T0051", "AML.T9999"],
        owasp: ["LLM01:2025"],
        cosai: ["cosai:riskPromptInjection"],
      }),
    ).toEqual([
      {
        framework: "atlas",
        catalog: "atlas",
        id: "AML.T0051",
        name: "LLM Prompt Injection",
        url: "https://atlas.mitre.org/techniques/AML.T0051",
        via: null,
      },
      {
        framework: "owasp",
        catalog: "owasp-llm-2025",
        id: "LLM01:2025",
        name: "Prompt Injection",
        url: "https://genai.owasp.org/llmrisk/llm012025-prompt-injection/",
        via: null,
      },
      {
        framework: "owasp",
        catalog: "owasp-llm-2026",
        id: "LLM01:2026",
        name: "Prompt Injection",
        url: null,
        via: "LLM01:2025",
      },
      {
        framework: "cosai",
        catalog: "cosai",
        id: "cosai:riskPromptInjection",
        name: "Prompt Injection",
        url: null,
        via: null,
      },
    ]);
  });
});
