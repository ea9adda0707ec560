import { describe, expect, it } from "vitest";
import { AI_RULES } from "./index";
import { CASES } from "./rules.cases";
import { resultsOf } from "./test-utils";

describe("AI rule pack, rule by rule", () => {
  it("has a firing and a silent case for every rule", () => {
    expect(Object.keys(CASES).sort()).toEqual(AI_RULES.map((rule) => rule.id).sort());
  });

  describe.each(AI_RULES.map((rule) => rule.id))("%s", (ruleId) => {
    const ruleCase = CASES[ruleId];

    it("fires as a finding on its model", () => {
      const results = resultsOf(ruleCase!.fires(), ruleId);
      expect(results.map((r) => r.kind)).toContain("finding");
      for (const result of results) {
        if (result.kind !== "finding") continue;
        const text = [result.title, result.description, ...result.mitigations].join("\n");
        expect(text).not.toMatch(/\{\w+\}/);
        // Every name in a finding is a real element: no fallback for an unbound {other}.
        expect(text).not.toMatch(/another element|the source|the target|the flow\b/);
        expect(result.because.length).toBeGreaterThan(0);
      }
    });

    it("stays silent (no finding, no question) on its counter-model", () => {
      expect(resultsOf(ruleCase!.silent(), ruleId)).toEqual([]);
    });
  });
});
