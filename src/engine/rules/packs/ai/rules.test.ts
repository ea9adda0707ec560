import { describe, expect, it } from "vitest";
import type { ThreatModel } from "../../../../domain/schema";
import { AI_RULES } from "./index";
import { AGENT_PLATFORM_RULES } from "./agentPlatform";
import { AGENT_RULES } from "./agents";
import { DATA_RULES } from "./data";
import { FEDERATED_RULES } from "./federated";
import { HARM_RULES } from "./harms";
import { LLM_RULES } from "./llm";
import { MLOPS_RULES } from "./mlops";
import { MODEL_SUPPLY_CHAIN_RULES } from "./model-supply-chain";
import { PRIVACY_RULES } from "./privacy";
import { RAG_RULES } from "./rag";
import { CASES, CASES_BY_TOPIC } from "./rules.cases";
import { SERVING_RULES } from "./serving";
import { TENANCY_RULES } from "./tenancy";
import { resultsOf } from "./test-utils";

/** The rules of each topic file, to check that its cases are filed under the same topic. */
const RULES_BY_TOPIC = {
  data: DATA_RULES,
  "model-supply-chain": MODEL_SUPPLY_CHAIN_RULES,
  mlops: MLOPS_RULES,
  serving: SERVING_RULES,
  harms: HARM_RULES,
  tenancy: TENANCY_RULES,
  llm: LLM_RULES,
  rag: RAG_RULES,
  agents: AGENT_RULES,
  "agent-platform": AGENT_PLATFORM_RULES,
  federated: FEDERATED_RULES,
  privacy: PRIVACY_RULES,
};

type Drawn = ThreatModel["elements"][number];
const shape = (e: Drawn) => ({
  id: e.id,
  type: e.type,
  parentId: e.parentId,
  mlKind: "mlKind" in e ? e.mlKind : undefined,
});
const flowShape = (f: ThreatModel["flows"][number]) => ({
  source: f.source,
  target: f.target,
  bidirectional: f.bidirectional,
});

/** The rule fires on the model as a definite finding whose text names real elements. */
function expectFinding(model: ThreatModel, ruleId: string) {
  const results = resultsOf(model, ruleId);
  expect(results.map((r) => r.kind)).toContain("finding");
  for (const result of results) {
    if (result.kind !== "finding") continue;
    const text = [result.title, result.description, ...result.mitigations].join("\n");
    expect(text).not.toMatch(/\{\w+\}/);
    // Every name in a finding is a real element: no fallback for an unbound {other}
    // ("the sources of the index" is a rule's own words, not a fallback).
    expect(text).not.toMatch(/\b(?:another element|the source|the target|the flow)\b/);
    expect(result.because.length).toBeGreaterThan(0);
  }
}

describe("AI rule pack, rule by rule", () => {
  it("has a firing and a silent case for every rule", () => {
    expect(Object.keys(CASES).sort()).toEqual(AI_RULES.map((rule) => rule.id).sort());
  });

  it("files each rule's case under the topic of its rule", () => {
    expect(Object.keys(CASES_BY_TOPIC).sort()).toEqual(Object.keys(RULES_BY_TOPIC).sort());
    for (const [topic, rules] of Object.entries(RULES_BY_TOPIC)) {
      expect(Object.keys(CASES_BY_TOPIC[topic]!).sort(), topic).toEqual(
        rules.map((rule) => rule.id).sort(),
      );
    }
  });

  describe.each(AI_RULES.map((rule) => rule.id))("%s", (ruleId) => {
    const ruleCase = CASES[ruleId];

    it("fires as a finding on its model", () => {
      expectFinding(ruleCase!.fires(), ruleId);
    });

    for (const [premise, model] of Object.entries(ruleCase!.alsoFires ?? {})) {
      it(`also fires as a finding when ${premise}`, () => {
        expectFinding(model(), ruleId);
      });
    }

    it(`stays silent (no finding, no question), ${ruleCase!.silentBecause}`, () => {
      expect(resultsOf(ruleCase!.silent(), ruleId)).toEqual([]);
    });

    if (ruleCase!.silentBecause.startsWith("protection present")) {
      it("is silenced by recording the protection, not by removing what the threat needs", () => {
        const firing = ruleCase!.fires();
        const silent = ruleCase!.silent();
        // Every element and flow of the firing model is still drawn, the same way; a defence may
        // be added (a gateway, a monitor), and properties change.
        expect(silent.elements.map(shape)).toEqual(
          expect.arrayContaining(firing.elements.map(shape)),
        );
        expect(silent.flows.map(flowShape)).toEqual(
          expect.arrayContaining(firing.flows.map(flowShape)),
        );
      });
    }
  });
});
