import { describe, expect, it } from "vitest";
import {
  AGENTIC_ID_PATTERN,
  AI_EXCHANGE_ID_PATTERN,
  ATLAS_ID_PATTERN,
  COSAI_ID_PATTERN,
  DASF_ID_PATTERN,
  MAESTRO_LAYERS,
  NIST_ID_PATTERN,
  OWASP_ID_PATTERN,
  REFERENCE_FIELDS,
  type ReferenceField,
  type RuleReferences,
} from "../rules/references";
import { AI_EXCHANGE_THREATS, aiExchangeThreat } from "./aiExchange";
import { atlasEntry, atlasTactic, atlasTechnique } from "./atlas";
import { ATLAS_ADDED, ATLAS_RENAMED, ATLAS_RETIRED, atlasSuccessor } from "./atlasChanges";
import {
  COSAI_COMPONENTS,
  COSAI_CONTROLS,
  COSAI_RISKS,
  cosaiComponent,
  cosaiControl,
  cosaiControlsFor,
  cosaiRisk,
} from "./cosai";
import {
  DASF_COMPONENTS,
  DASF_V2_RISKS,
  DASF_V3_AGENTIC_RISKS,
  dasfComponent,
  dasfRisk,
} from "./dasf";
import { CATALOG_IDS } from "./entry";
import { maestroLayer, MAESTRO_LAYER_ENTRIES } from "./maestro";
import { NIST_AML_ENTRIES, nistAmlEntry } from "./nistAml";
import { OWASP_LLM_TOP10_2025, owaspEntry } from "./owasp";
import {
  LLM_CROSSWALK,
  OWASP_ASI_TOP10_2026,
  OWASP_LLM_TOP10_2026,
  llmCounterpart,
} from "./owasp2026";
import { agenticThreat, AGENT_COMPONENTS, OWASP_AGENTIC_THREATS } from "./owaspAgentic";
import {
  allReferenceEntries,
  catalogEntries,
  catalogInfo,
  CATALOGS,
  referenceEntry,
} from "./registry";
import { referencesFromCodes } from "./citations";

/** DASF maps DASF 1.2 to an ATLAS id that the 5.6.0 data does not have. */
const DASF_ATLAS_IDS_UNKNOWN_TO_5_6 = ["AML.T0022"];

describe("DASF", () => {
  it("has the 62 risks of v2.0 under the 12 components, numbered without gaps", () => {
    expect(DASF_V2_RISKS).toHaveLength(62);
    const perComponent = new Map<string, number>();
    for (const risk of DASF_V2_RISKS) {
      const count = (perComponent.get(risk.component) ?? 0) + 1;
      perComponent.set(risk.component, count);
      expect(risk.code).toBe(`DASF-${risk.component}.${count}@2.0`);
      expect(risk.code).toMatch(DASF_ID_PATTERN);
    }
    expect(Object.fromEntries(perComponent)).toEqual({
      "1": 11,
      "2": 4,
      "3": 3,
      "4": 2,
      "5": 4,
      "6": 3,
      "7": 4,
      "8": 4,
      "9": 13,
      "10": 6,
      "11": 1,
      "12": 7,
    });
  });

  it("keeps DASF's applicability flags and ATLAS mapping", () => {
    expect(dasfRisk("DASF-9.8@2.0")).toMatchObject({
      name: "LLM hallucinations",
      component: "9",
      appliesTo: ["R", "F", "T", "O", "E"],
      atlas: [],
      url: null,
    });
    expect(dasfRisk("DASF-7.3@2.0")?.atlas).toContain("AML.T0010.003");
    expect(dasfRisk("DASF-12.1@2.0")?.appliesTo).toEqual(["P", "R", "F", "T", "O"]);
    for (const risk of DASF_V2_RISKS) {
      expect(risk.appliesTo.length, risk.code).toBeGreaterThan(0);
      for (const id of risk.atlas) {
        if (DASF_ATLAS_IDS_UNKNOWN_TO_5_6.includes(id)) continue;
        expect(atlasEntry(id) ?? atlasTactic(id), `${risk.code} -> ${id}`).toBeDefined();
      }
    }
    expect(atlasEntry("AML.T0022")).toBeUndefined();
  });

  it("has the 35 agentic risks of v3.0 in 13A, 13B and 13C", () => {
    expect(DASF_V3_AGENTIC_RISKS).toHaveLength(35);
    const counts = { "13A": 0, "13B": 0, "13C": 0 } as Record<string, number>;
    DASF_V3_AGENTIC_RISKS.forEach((risk, i) => {
      expect(risk.code).toBe(`DASF-13.${i + 1}@3.0`);
      expect(risk.code).toMatch(DASF_ID_PATTERN);
      counts[risk.component]! += 1;
    });
    expect(counts).toEqual({ "13A": 15, "13B": 10, "13C": 10 });
    expect(dasfRisk("DASF-13.17@3.0")).toMatchObject({ name: "Confused deputy", component: "13B" });
    expect(dasfRisk("DASF-13.1@2.0")).toBeUndefined();
    expect(dasfRisk("DASF-1.1@3.0")).toBeUndefined();
  });

  it("names 13.1-13.15 after OWASP agentic threats T1-T15", () => {
    for (const risk of DASF_V3_AGENTIC_RISKS.slice(0, 15)) {
      const threat = agenticThreat(risk.sameAsAgentic!);
      expect(threat?.name, risk.code).toBe(risk.name);
    }
    expect(DASF_V3_AGENTIC_RISKS.slice(15).every((r) => r.sameAsAgentic === null)).toBe(true);
  });

  it("has every component a risk names", () => {
    expect(DASF_COMPONENTS.map((c) => c.code)).toHaveLength(15);
    for (const risk of [...DASF_V2_RISKS, ...DASF_V3_AGENTIC_RISKS]) {
      expect(dasfComponent(risk.component).edition).toBe(
        risk.code.endsWith("@3.0") ? "3.0" : "2.0",
      );
    }
  });
});

describe("CoSAI Risk Map", () => {
  it("has 23 components, 35 controls and 36 risks, all as cosai: codes", () => {
    expect(COSAI_COMPONENTS).toHaveLength(23);
    expect(COSAI_CONTROLS).toHaveLength(35);
    expect(COSAI_RISKS).toHaveLength(36);
    for (const entry of [...COSAI_CONTROLS, ...COSAI_RISKS]) {
      expect(entry.code).toMatch(COSAI_ID_PATTERN);
    }
    expect(cosaiRisk("cosai:riskPromptInjection")).toMatchObject({
      name: "Prompt Injection",
      stride: ["T", "E"],
      atlas: ["AML.T0051"],
      owasp: ["LLM01:2025"],
    });
    expect(cosaiControl("cosai:riskPromptInjection")).toBeUndefined();
    expect(cosaiRisk("cosai:controlRedTeaming")).toBeUndefined();
    expect(cosaiComponent("cosai:componentTheModel")?.name).toBe("The Model");
  });

  it("keeps the component graph consistent in both directions", () => {
    for (const c of COSAI_COMPONENTS) {
      for (const to of c.edgesTo)
        expect(cosaiComponent(to)?.edgesFrom, `${c.id}->${to}`).toContain(c.code);
      for (const from of c.edgesFrom) expect(cosaiComponent(from)?.edgesTo).toContain(c.code);
    }
  });

  it("binds controls and risks to each other, blanket controls to every risk", () => {
    for (const control of COSAI_CONTROLS) {
      for (const component of control.components) expect(cosaiComponent(component)).toBeDefined();
      for (const risk of control.risks) {
        expect(cosaiRisk(risk)).toBeDefined();
        if (!control.everyRisk)
          expect(cosaiRisk(risk)?.controls, control.id).toContain(control.code);
      }
    }
    for (const risk of COSAI_RISKS) {
      for (const control of risk.controls)
        expect(cosaiControl(control)?.risks).toContain(risk.code);
    }
    const redTeaming = cosaiControl("cosai:controlRedTeaming")!;
    expect(redTeaming.everyRisk).toBe(true);
    expect(redTeaming.risks).toHaveLength(36);
    expect(cosaiControl("cosai:controlRiskGovernance")?.components).toEqual([]);
    expect(cosaiControlsFor("cosai:riskPromptInjection").map((c) => c.code)).toEqual(
      expect.arrayContaining(["cosai:controlInputValidationAndSanitization", redTeaming.code]),
    );
    expect(cosaiControlsFor("cosai:riskNothing")).toEqual([]);
  });

  it("maps to STRIDE, ATLAS and OWASP ids that exist", () => {
    expect(COSAI_RISKS.filter((r) => r.stride.length > 0)).toHaveLength(26);
    expect(COSAI_RISKS.filter((r) => r.atlas.length > 0)).toHaveLength(20);
    expect(COSAI_RISKS.filter((r) => r.owasp.length > 0)).toHaveLength(19);
    for (const risk of COSAI_RISKS) {
      for (const id of risk.atlas) expect(atlasTechnique(id), `${risk.id} -> ${id}`).toBeDefined();
      for (const id of risk.owasp) expect(owaspEntry(id), `${risk.id} -> ${id}`).toBeDefined();
    }
  });
});

describe("OWASP agentic threats, Agentic Top 10 and LLM 2026", () => {
  it("has T1-T17 with their key components and ASI mapping", () => {
    expect(OWASP_AGENTIC_THREATS).toHaveLength(17);
    OWASP_AGENTIC_THREATS.forEach((t, i) => {
      expect(t.code).toBe(`AGT-T${i + 1}@1.1`);
      expect(t.code).toMatch(AGENTIC_ID_PATTERN);
      for (const kc of t.components) expect(AGENT_COMPONENTS).toContain(kc);
      for (const asi of t.asi) expect(owaspEntry(asi)?.list).toBe("asi-2026");
    });
    expect(agenticThreat("AGT-T6@1.1")).toMatchObject({
      components: ["KC1", "KC2", "KC3", "KC4", "KC5"],
      asi: ["ASI01:2026", "ASI06:2026"],
    });
    expect(agenticThreat("AGT-T9@1.1")?.asi).toEqual([]);
    expect(agenticThreat("AGT-T17@1.1")).toMatchObject({ components: [], asi: ["ASI04:2026"] });
    expect(agenticThreat("T1")).toBeUndefined();
  });

  it("reaches every ASI entry from some agentic threat", () => {
    const mapped = new Set(OWASP_AGENTIC_THREATS.flatMap((t) => t.asi));
    expect([...mapped].sort()).toEqual(OWASP_ASI_TOP10_2026.map((e) => e.id));
  });

  it("has ASI01-ASI10:2026 and LLM01-LLM10:2026 with edition-qualified ids", () => {
    expect(OWASP_ASI_TOP10_2026.map((e) => e.id)).toEqual(
      Array.from({ length: 10 }, (_, i) => `ASI${String(i + 1).padStart(2, "0")}:2026`),
    );
    expect(owaspEntry("ASI01:2026")?.name).toBe("Agent Goal Hijack");
    expect(owaspEntry("LLM03:2026")?.name).toBe("Excessive Agency");
    for (const e of [...OWASP_ASI_TOP10_2026, ...OWASP_LLM_TOP10_2026]) {
      expect(e.id).toMatch(OWASP_ID_PATTERN);
      expect(e.url).toBeNull();
    }
  });

  it("walks the LLM crosswalk both ways, one 2026 entry per 2025 entry", () => {
    expect(LLM_CROSSWALK).toHaveLength(10);
    expect(new Set(LLM_CROSSWALK.map((p) => p.edition2025)).size).toBe(10);
    for (const pair of LLM_CROSSWALK) {
      expect(llmCounterpart(pair.edition2025)).toBe(pair.edition2026);
      expect(llmCounterpart(pair.edition2026)).toBe(pair.edition2025);
      const names = [owaspEntry(pair.edition2025)!.name, owaspEntry(pair.edition2026)!.name];
      if (!pair.renamed) expect(names[1]).toBe(names[0]);
      else expect(names[1]).not.toBe(names[0]);
    }
    expect(llmCounterpart("LLM06:2025")).toBe("LLM03:2026");
    expect(llmCounterpart("LLM07:2025")).toBe("LLM08:2026");
    expect(llmCounterpart("ML01:2023")).toBeUndefined();
    expect(OWASP_LLM_TOP10_2025.every((e) => llmCounterpart(e.id))).toBe(true);
  });
});

describe("OWASP AI Exchange, NIST AI 100-2 and MAESTRO", () => {
  it("has the 25 AI Exchange leaf threats with their permalinks", () => {
    expect(AI_EXCHANGE_THREATS).toHaveLength(25);
    const groups = AI_EXCHANGE_THREATS.map((t) => t.group);
    expect(groups.filter((g) => g === "input")).toHaveLength(12);
    expect(groups.filter((g) => g === "development")).toHaveLength(6);
    expect(groups.filter((g) => g === "runtime")).toHaveLength(7);
    for (const t of AI_EXCHANGE_THREATS) {
      expect(t.code).toMatch(AI_EXCHANGE_ID_PATTERN);
      expect(t.url).toBe(`https://owaspai.org/go/${t.id}/`);
    }
    expect(aiExchangeThreat("owaspai:indirectpromptinjection")?.name).toBe(
      "Indirect prompt injection",
    );
  });

  it("has the NIST objectives and attacks, each attack under an objective", () => {
    expect(NIST_AML_ENTRIES.filter((e) => e.kind === "objective")).toHaveLength(5);
    expect(NIST_AML_ENTRIES.filter((e) => e.kind === "attack")).toHaveLength(25);
    for (const e of NIST_AML_ENTRIES) {
      expect(e.code).toMatch(NIST_ID_PATTERN);
      if (e.kind === "attack") expect(nistAmlEntry(e.objective!)?.kind).toBe("objective");
    }
    expect(nistAmlEntry("NISTAML.015")).toMatchObject({
      name: "Indirect prompt injection",
      objective: "NISTAML.01",
      system: "generative",
    });
    expect(nistAmlEntry("NISTAML.033")?.objective).toBe("NISTAML.03");
  });

  it("has the seven MAESTRO layers, L6 across the others", () => {
    expect(MAESTRO_LAYER_ENTRIES.map((l) => l.code)).toEqual([...MAESTRO_LAYERS]);
    expect(maestroLayer("L1")?.name).toBe("Foundation models");
    expect(MAESTRO_LAYER_ENTRIES.filter((l) => l.vertical).map((l) => l.code)).toEqual(["L6"]);
    expect(maestroLayer("L0")).toBeUndefined();
  });
});

describe("ATLAS changes since 5.6.0", () => {
  it("still describe the shipped data (retired ids present, successors absent)", () => {
    for (const { id, successor } of ATLAS_RETIRED) {
      expect(atlasTechnique(id), `${id} is in the shipped data`).toBeDefined();
      expect(atlasTechnique(successor)).toBeUndefined();
      expect(atlasSuccessor(id)).toBe(successor);
    }
    for (const { id } of ATLAS_ADDED) expect(atlasTechnique(id)).toBeUndefined();
    for (const { id, name } of ATLAS_RENAMED) {
      const entry = atlasTechnique(id) ?? atlasTactic(id);
      expect(entry, id).toBeDefined();
      expect(entry?.name).not.toBe(name);
    }
    expect(atlasSuccessor("AML.T0051")).toBeUndefined();
  });
});

const PATTERNS: Readonly<Record<Exclude<ReferenceField, "maestro">, RegExp>> = {
  atlas: ATLAS_ID_PATTERN,
  owasp: OWASP_ID_PATTERN,
  agentic: AGENTIC_ID_PATTERN,
  dasf: DASF_ID_PATTERN,
  cosai: COSAI_ID_PATTERN,
  aiExchange: AI_EXCHANGE_ID_PATTERN,
  nist: NIST_ID_PATTERN,
};

describe("catalog registry", () => {
  it("describes every catalog once, in CATALOG_IDS order", () => {
    expect(CATALOGS.map((c) => c.id)).toEqual([...CATALOG_IDS]);
    for (const c of CATALOGS) {
      expect(catalogInfo(c.id)).toBe(c);
      expect(catalogEntries(c.id).length, c.id).toBeGreaterThan(0);
      if (c.documentUrl !== null) expect(c.documentUrl).toMatch(/^https:\/\//);
    }
  });

  it("keeps codes unique across catalogs, so a code alone finds its entry", () => {
    const codes = allReferenceEntries().map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const entry of allReferenceEntries()) expect(referenceEntry(entry.code)).toBe(entry);
  });

  it("gives every citable entry a code its references array accepts, and only https links", () => {
    for (const entry of allReferenceEntries()) {
      expect(entry.field).toBe(catalogInfo(entry.catalog).field);
      if (entry.url !== null) expect(entry.url, entry.code).toMatch(/^https:\/\//);
      if (entry.kind === "tactic") continue; // looked up for custom threats; rules cite techniques
      if (entry.field === "maestro") expect(MAESTRO_LAYERS).toContain(entry.code);
      else expect(entry.code, entry.code).toMatch(PATTERNS[entry.field]);
    }
  });

  it("lists every references array of the rule grammar", () => {
    const keys: Record<keyof RuleReferences, true> = {
      atlas: true,
      owasp: true,
      dasf: true,
      cosai: true,
      agentic: true,
      nist: true,
      aiExchange: true,
      maestro: true,
    };
    expect([...REFERENCE_FIELDS].sort()).toEqual(Object.keys(keys).sort());
  });
});

describe("flat code lists (custom threats)", () => {
  it("sorts codes into a finding's reference arrays by their shape", () => {
    expect(
      referencesFromCodes([
        "AML.T0051",
        "AML.TA0004",
        "ASI06:2026",
        "LLM01:2025",
        "DASF-9.1@2.0",
        "cosai:riskPromptInjection",
        "AGT-T1@1.1",
        "owaspai:datapoison",
        "NISTAML.015",
        " L3 ",
        "CWE-79",
        "",
      ]),
    ).toEqual({
      references: {
        atlas: ["AML.T0051", "AML.TA0004"],
        owasp: ["ASI06:2026", "LLM01:2025"],
        agentic: ["AGT-T1@1.1"],
        dasf: ["DASF-9.1@2.0"],
        cosai: ["cosai:riskPromptInjection"],
        aiExchange: ["owaspai:datapoison"],
        nist: ["NISTAML.015"],
        maestro: ["L3"],
      },
      unrecognised: ["CWE-79", ""],
    });
  });

  it("keeps a well-formed code no catalog has in its array, to be shown without a name", () => {
    expect(referencesFromCodes(["AML.T9999"]).references.atlas).toEqual(["AML.T9999"]);
  });
});
