import { riskScore, severityOf } from "../scoring";
import type { Finding } from "../types";

/** A hand-made finding (independent of the rule packs) for the risk tests. */
export function testFinding(overrides: Partial<Finding> = {}): Finding {
  const ruleId = overrides.ruleId ?? "RULE-A";
  const targetIds = overrides.targetIds ?? ["server"];
  const likelihood = overrides.likelihood ?? 4;
  const impact = overrides.impact ?? 5;
  const score = riskScore(likelihood, impact);
  return {
    id: `${ruleId}@${targetIds.join(">")}`,
    ruleId,
    ruleRevision: 1,
    pack: "stride",
    scope: "element",
    targetIds,
    rootCause: `test.${ruleId}`,
    aliases: [],
    folded: [],
    categories: { stride: ["T"], linddun: [], ai: [] },
    title: `Finding ${ruleId}`,
    description: "",
    mitigations: [],
    because: [],
    claims: [],
    references: { atlas: [], owasp: [] },
    likelihood,
    impact,
    score,
    severity: severityOf(score),
    ...overrides,
  };
}
