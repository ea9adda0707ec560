import { describe, expect, it } from "vitest";
import { isSafeUrl, referenceLinks } from "./references";

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
