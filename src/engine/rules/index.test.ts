import { describe, expect, it } from "vitest";
import { ALL_RULES, RULE_PACKS, loadRules } from "./index";
import { RETIRED_AI_RULE_IDS } from "./packs/ai";
import { RETIRED_LINDDUN_RULE_IDS } from "./packs/linddun";
import { RETIRED_STRIDE_RULE_IDS } from "./packs/stride";
import type { RuleInput } from "./schema";

const valid: RuleInput = {
  id: "TEST-LOAD-01",
  revision: 1,
  pack: "stride",
  scope: "element",
  target: { types: ["process"] },
  when: { subject: "element", fact: "rateLimited", is: "no" },
  categories: { stride: ["D"] },
  likelihood: 2,
  impact: 3,
  text: { title: "{element} is not rate limited", description: "d", mitigations: ["m"] },
};

describe("loadRules", () => {
  it("loads every built-in pack without errors, ids unique", () => {
    const { rules, errors } = loadRules(RULE_PACKS);
    expect(errors).toEqual([]);
    expect(rules).toHaveLength(ALL_RULES.length);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const pack of ["stride", "linddun", "ai"] as const) {
      expect(rules.filter((r) => r.pack === pack).length, pack).toBeGreaterThan(10);
    }
  });

  it("never reuses a retired rule id, so old finding ids keep meaning what they meant", () => {
    const retired = [
      ...RETIRED_STRIDE_RULE_IDS,
      ...RETIRED_LINDDUN_RULE_IDS,
      ...RETIRED_AI_RULE_IDS,
    ];
    expect(new Set(retired).size).toBe(retired.length);
    const live = new Set(ALL_RULES.map((r) => r.id));
    expect(retired.filter((id) => live.has(id))).toEqual([]);
  });

  it("accepts a valid rule and applies defaults", () => {
    const { rules, errors } = loadRules({ stride: [valid] });
    expect(errors).toEqual([]);
    expect(rules[0]?.references).toEqual({
      atlas: [],
      owasp: [],
      dasf: [],
      cosai: [],
      agentic: [],
      nist: [],
      aiExchange: [],
      maestro: [],
    });
  });

  it("says which pack, rule and field is wrong", () => {
    const { rules, errors } = loadRules({
      stride: [
        { ...valid, likelihood: 9 },
        { ...valid, id: "bad id" },
      ],
    });
    expect(rules).toEqual([]);
    expect(errors[0]).toMatch(/^stride pack, rule #1 \(TEST-LOAD-01\): likelihood: /);
    expect(errors[1]).toMatch(/^stride pack, rule #2 \(bad id\): id: must look like AI-POISON-01/);
  });

  it("rejects duplicate ids across packs", () => {
    const { rules, errors } = loadRules({
      stride: [valid],
      linddun: [{ ...valid, pack: "linddun" }],
    });
    expect(rules).toHaveLength(1);
    expect(errors).toEqual([
      'linddun pack, rule #1 (TEST-LOAD-01): id "TEST-LOAD-01" is already used by stride pack, rule #1 (TEST-LOAD-01)',
    ]);
  });

  it("rejects a rule that names another pack than the one it is in", () => {
    expect(loadRules({ linddun: [valid] }).errors).toEqual([
      'linddun pack, rule #1 (TEST-LOAD-01): pack: says "stride" but is listed in the linddun pack',
    ]);
  });

  it("rejects subjects and placeholders that are never bound in the rule's scope", () => {
    const { errors } = loadRules({
      stride: [
        { ...valid, id: "TEST-LOAD-02", when: { subject: "source", fact: "type", is: "process" } },
        { ...valid, id: "TEST-LOAD-03", when: { subject: "other", fact: "type", is: "process" } },
        {
          ...valid,
          id: "TEST-LOAD-04",
          text: { title: "{element} sends to {target}", description: "d", mitigations: ["m"] },
        },
        {
          ...valid,
          id: "TEST-LOAD-05",
          scope: "model",
          when: {
            some: { from: "upstream", where: { subject: "other", fact: "type", is: "process" } },
          },
          text: { title: "t", description: "d", mitigations: ["m"] },
        },
      ],
    });
    expect(errors).toEqual([
      'stride pack, rule #1 (TEST-LOAD-02): when.subject: "source" is not bound in a per-element rule',
      'stride pack, rule #2 (TEST-LOAD-03): when.subject: "other" is only bound inside a some/none quantifier',
      "stride pack, rule #3 (TEST-LOAD-04): text: {target} has nothing to name in a per-element rule",
      'stride pack, rule #4 (TEST-LOAD-05): when.some.of: "element" is not bound in a model-scope rule',
    ]);
  });
});
