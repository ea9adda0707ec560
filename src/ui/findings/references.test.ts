import { describe, expect, it } from "vitest";
import { isSafeUrl, referenceLinks } from "./references";
import { installCatalogsForTests } from "./testing";

installCatalogsForTests();

describe("reference links", () => {
  it("names and links ATLAS techniques and mitigations and OWASP entries from the catalog", () => {
    const links = referenceLinks({
      atlas: ["AML.T0020", "AML.M0007"],
      owasp: ["ML02:2023", "LLM01:2025"],
    });
    expect(links.map((l) => l.text)).toEqual([
      "AML.T0020 Poison Training Data",
      expect.stringMatching(/^AML\.M0007 /),
      "ML02:2023 Data Poisoning Attack",
      "LLM01:2025 Prompt Injection",
      "LLM01:2026 Prompt Injection",
    ]);
    expect(links[0]).toMatchObject({
      framework: "atlas",
      url: "https://atlas.mitre.org/techniques/AML.T0020",
      source: "MITRE ATLAS technique",
    });
    expect(links[1]?.source).toBe("MITRE ATLAS mitigation");
    expect(links[2]?.url).toMatch(/^https:\/\/owasp\.org\/.*ML02_2023-Data_Poisoning_Attack$/);
    expect(links[2]?.source).toBe("OWASP ML Top 10");
    expect(links[3]?.url).toBe("https://genai.owasp.org/llmrisk/llm012025-prompt-injection/");
    expect(links[3]?.source).toBe("OWASP LLM Top 10");
  });

  it("names the newer catalogs, with the page where one exists and the LLM edition it came from", () => {
    const links = referenceLinks({
      atlas: [],
      owasp: ["LLM06:2025", "ASI02:2026"],
      agentic: ["AGT-T2@1.1"],
      dasf: ["DASF-9.13@2.0", "DASF-13.18@3.0"],
      cosai: ["cosai:riskRogueActions", "cosai:controlAgentPluginPermissions"],
      aiExchange: ["owaspai:agentescape"],
      nist: ["NISTAML.039", "NISTAML.03"],
      maestro: ["L3"],
    });
    expect(links.map((l) => [l.text, l.source, l.url, l.via])).toEqual([
      ["LLM06:2025 Excessive Agency", "OWASP LLM Top 10", expect.stringMatching(/^https:/), null],
      ["LLM03:2026 Excessive Agency", "OWASP LLM Top 10", null, "LLM06:2025"],
      ["ASI02:2026 Tool Misuse and Exploitation", "OWASP Agentic Top 10", null, null],
      ["AGT-T2@1.1 Tool misuse", "OWASP Agentic AI threat", null, null],
      ["DASF-9.13@2.0 Excessive agency", "DASF 2.0 risk", null, null],
      ["DASF-13.18@3.0 Tool poisoning", "DASF 3.0 agentic risk", null, null],
      ["cosai:riskRogueActions Rogue Actions", "CoSAI risk", null, null],
      ["cosai:controlAgentPluginPermissions Agent Permissions", "CoSAI control", null, null],
      [
        "owaspai:agentescape Agent escape",
        "OWASP AI Exchange threat",
        "https://owaspai.org/go/agentescape/",
        null,
      ],
      ["NISTAML.039 Compromising connected resources", "NIST AI 100-2 attack", null, null],
      ["NISTAML.03 Privacy compromise", "NIST AI 100-2 objective", null, null],
      ["L3 Agent frameworks", "MAESTRO layer", null, null],
    ]);
    expect(links.map((l) => l.catalog)).toContain("dasf-3.0");
  });

  it("names the source of an unknown code by its array", () => {
    const links = referenceLinks({ atlas: [], owasp: ["ASI11:2026"], dasf: ["DASF-99.1@2.0"] });
    expect(links.map((l) => [l.id, l.source, l.name, l.catalog])).toEqual([
      ["ASI11:2026", "OWASP Agentic Top 10", null, null],
      ["DASF-99.1@2.0", "DASF", null, null],
    ]);
  });

  it("keeps an unknown id as text without a guessed link", () => {
    const [link] = referenceLinks({ atlas: ["AML.T9999"], owasp: [] });
    expect(link).toMatchObject({ id: "AML.T9999", name: null, url: null, text: "AML.T9999" });
    expect(isSafeUrl(link!.url)).toBe(false);
  });

  it("only treats https URLs as links", () => {
    expect(isSafeUrl("https://atlas.mitre.org/")).toBe(true);
    expect(isSafeUrl("javascript:alert(1)")).toBe(false);
    expect(isSafeUrl("http://example.com")).toBe(false);
  });
});
