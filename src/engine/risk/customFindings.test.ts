import { describe, expect, it } from "vitest";
import { addCustomThreat } from "../../domain/triage/customThreats";
import { removeItems } from "../../domain/operations";
import { evaluate } from "../evaluate";
import { modelOf, proc, store } from "../testing/models";
import {
  CUSTOM_RULE_ID,
  customThreatFinding,
  customThreatFindings,
  splitReferences,
  withCustomThreats,
} from "./customFindings";

function must<T extends { ok: boolean }>(r: T) {
  if (!r.ok) throw new Error("refused");
  return (r as unknown as { doc: ReturnType<typeof modelOf> }).doc;
}

describe("custom threats as findings", () => {
  const base = modelOf(
    [proc("server"), store("bucket")],
    [{ id: "f1", source: "server", target: "bucket" }],
  );

  it("look like generated findings: id, targets, categories, references, score and severity", () => {
    const added = addCustomThreat(base, {
      title: "GPU driver exploit",
      description: "A crafted model file escapes the container.",
      targetIds: ["server"],
      categories: { stride: ["E"], linddun: [] },
      references: ["AML.T0010", "LLM03:2025", "ML06:2023", "DASF-7.3@2.0"],
      likelihood: 2,
      impact: 5,
      mitigation: "Only load signed models.",
    });
    const doc = must(added.result);
    const [finding] = customThreatFindings(doc);
    expect(finding).toMatchObject({
      id: added.id,
      aliases: [],
      ruleId: CUSTOM_RULE_ID,
      pack: "custom",
      scope: "element",
      targetIds: ["server"],
      categories: { stride: ["E"], linddun: [], ai: [] },
      references: {
        atlas: ["AML.T0010"],
        owasp: ["LLM03:2025", "ML06:2023"],
        dasf: ["DASF-7.3@2.0"],
      },
      mitigations: ["Only load signed models."],
      likelihood: 2,
      impact: 5,
      score: 10,
      severity: "medium",
    });
    // The same threat object gives the same finding object (memoised views stay put).
    expect(customThreatFinding(doc.customThreats[0]!)).toBe(finding);
  });

  it("about the whole model target the model, as model-scope rules do", () => {
    const doc = must(addCustomThreat(base, { title: "Insider" }).result);
    expect(customThreatFindings(doc)[0]).toMatchObject({ scope: "model", targetIds: ["model"] });
  });

  it("stop applying while an element they are about is gone", () => {
    const doc = must(addCustomThreat(base, { title: "X", targetIds: ["bucket", "server"] }).result);
    expect(customThreatFindings(doc)).toHaveLength(1);
    expect(customThreatFindings(must(removeItems(doc, ["bucket"])))).toEqual([]);
  });

  it("join an evaluation, in its findings and under each target", () => {
    const doc = must(addCustomThreat(base, { title: "X", targetIds: ["server", "f1"] }).result);
    const result = evaluate(doc);
    const merged = withCustomThreats(result, doc);
    expect(merged.findings).toHaveLength(result.findings.length + 1);
    expect(merged.byTarget.get("server")?.at(-1)?.title).toBe("X");
    expect(merged.byTarget.get("f1")?.at(-1)?.title).toBe("X");
    expect(withCustomThreats(result, base)).toBe(result);
  });

  it("sort reference codes into the lists findings carry, by catalog", () => {
    expect(
      splitReferences([
        "AML.T0051.000",
        "AML.M0015",
        "LLM01:2025",
        "ASI06:2026",
        "DASF-9.1@2.0",
        "cosai:riskPromptInjection",
        "AGT-T1@1.1",
        "LLM01",
        "x",
      ]),
    ).toEqual({
      atlas: ["AML.T0051.000", "AML.M0015"],
      owasp: ["LLM01:2025", "ASI06:2026"],
      agentic: ["AGT-T1@1.1"],
      dasf: ["DASF-9.1@2.0"],
      cosai: ["cosai:riskPromptInjection"],
      aiExchange: [],
      nist: [],
      maestro: [],
    });
  });
});
