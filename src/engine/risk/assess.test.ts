import { describe, expect, it } from "vitest";
import { TriageRecordSchema, type TriageRecord } from "../../domain/decisions";
import { CURRENT_SCHEMA_VERSION, ThreatModelSchema } from "../../domain/schema";
import { assessRisk } from "./assess";
import {
  computedOf,
  createDecisionApplier,
  effectiveFinding,
  effectiveFindings,
} from "./effective";
import { testFinding } from "./testing";

const record = (fields: Record<string, unknown>): TriageRecord => TriageRecordSchema.parse(fields);
const DREAD = {
  damage: 8,
  reproducibility: 8,
  exploitability: 8,
  affectedUsers: 8,
  discoverability: 8,
  modelImpact: 1,
  dataSensitivity: 1,
  detectionDifficulty: 1,
};

describe("risk of a finding", () => {
  const finding = testFinding({ likelihood: 4, impact: 5 });

  it("is the rule's when nobody changed it", () => {
    const risk = assessRisk(finding, undefined, "likelihoodImpact");
    expect(risk.computed).toEqual({ likelihood: 4, impact: 5, score: 20, severity: "critical" });
    expect(risk.chosen).toEqual({ ...risk.computed, overridden: false });
    expect(risk.severity).toBe("critical");
    expect(risk.dread).toBeNull();
    expect(risk.residual).toBeNull();
  });

  // Every band edge of the engine's likelihood x impact bands, and the product just below it.
  it.each([
    [4, 5, 20, "critical"],
    [4, 4, 16, "high"],
    [3, 4, 12, "high"],
    [2, 5, 10, "medium"],
    [2, 3, 6, "medium"],
    [1, 5, 5, "low"],
    [3, 1, 3, "low"],
    [2, 1, 2, "info"],
    [1, 1, 1, "info"],
  ] as const)(
    "overridden to likelihood %i x impact %i = %i is %s, next to the computed value",
    (likelihood, impact, score, severity) => {
      const risk = assessRisk(finding, record({ likelihood, impact }), "likelihoodImpact");
      expect(risk.chosen).toEqual({
        likelihood,
        impact,
        score,
        severity,
        overridden: !(likelihood === 4 && impact === 5),
      });
      expect(risk.computed.score).toBe(20);
      expect(risk.severity).toBe(severity);
    },
  );

  it("keeps the rule's value for the half that is not overridden", () => {
    const risk = assessRisk(finding, record({ impact: 2 }), "likelihoodImpact");
    expect(risk.chosen).toMatchObject({ likelihood: 4, impact: 2, score: 8, severity: "medium" });
  });

  it("under DREAD scoring counts the DREAD-AI priority once scored, the likelihood x impact before", () => {
    expect(assessRisk(finding, record({}), "dread")).toMatchObject({
      dread: null,
      severity: "critical",
    });
    const scored = assessRisk(finding, record({ dread: { ...DREAD, damage: 3 } }), "dread");
    expect(scored.dread?.adjusted).toBeCloseTo(7, 12);
    expect(scored.severity).toBe("high");
    // Under likelihood x impact a stored DREAD score is kept but does not count.
    const ignored = assessRisk(finding, record({ dread: DREAD }), "likelihoodImpact");
    expect(ignored.dread).toBeNull();
  });

  it("has a residual risk only once Mitigated, Accepted or Transferred", () => {
    const residual = { likelihood: 1, impact: 3 };
    for (const status of ["mitigated", "accepted", "transferred"] as const) {
      expect(
        assessRisk(finding, record({ status, residual }), "likelihoodImpact").residual,
      ).toEqual({
        likelihood: 1,
        impact: 3,
        score: 3,
        severity: "low",
      });
    }
    for (const status of [
      "open",
      "needsInvestigation",
      "mitigationInProgress",
      "notApplicable",
    ] as const) {
      expect(
        assessRisk(finding, record({ status, residual }), "likelihoodImpact").residual,
      ).toBeNull();
    }
  });
});

describe("effective findings", () => {
  const finding = testFinding({ likelihood: 4, impact: 5 });

  it("are the engine's objects when nothing is overridden", () => {
    expect(effectiveFinding(finding, undefined, "likelihoodImpact")).toBe(finding);
    expect(effectiveFinding(finding, record({ status: "accepted" }), "likelihoodImpact")).toBe(
      finding,
    );
  });

  it("carry the chosen figures, and the computed ones stay at hand", () => {
    const copy = effectiveFinding(finding, record({ likelihood: 1 }), "likelihoodImpact");
    expect(copy).not.toBe(finding);
    expect(copy).toMatchObject({ likelihood: 1, impact: 5, score: 5, severity: "low" });
    expect(computedOf(copy)).toBe(finding);
    const again = assessRisk(copy, record({ likelihood: 1 }), "likelihoodImpact");
    expect(again.computed.score).toBe(20);
    expect(again.chosen.overridden).toBe(true);
    // An effective copy made effective again still knows the engine's figures.
    expect(computedOf(effectiveFinding(copy, record({ likelihood: 2 }), "likelihoodImpact"))).toBe(
      finding,
    );
  });

  it("apply the model's decisions", () => {
    const other = testFinding({ ruleId: "Q" });
    const model = ThreatModelSchema.parse({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      id: "m",
      createdAt: "2026-01-01T00:00:00.000Z",
      updatedAt: "2026-01-01T00:00:00.000Z",
      elements: [],
      flows: [],
      settings: { scoring: "dread" },
      triage: {
        [finding.id]: { dread: { ...DREAD, damage: 1 } },
        [other.id]: { likelihood: 1 },
      },
    });
    const [a, b] = effectiveFindings(model, [finding, other]);
    expect(a?.severity).toBe("high");
    // Under DREAD scoring, a likelihood override without a DREAD score scores by L x I.
    expect(b?.likelihood).toBe(1);
  });

  it("keep their list and objects across a status change, and renew only what a score changed", () => {
    const other = testFinding({ ruleId: "RULE-B" });
    const base = ThreatModelSchema.parse({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      id: "m",
      createdAt: "2026-01-01T00:00:00.000Z",
      updatedAt: "2026-01-01T00:00:00.000Z",
      elements: [],
      flows: [],
    });
    const apply = createDecisionApplier();
    const findings = [finding, other];
    const first = apply(base, findings);
    expect(first).toEqual(findings);
    const accepted = { ...base, triage: { [finding.id]: record({ status: "accepted" }) } };
    expect(apply(accepted, findings)).toBe(first);
    const rescored = {
      ...accepted,
      triage: { [finding.id]: record({ status: "accepted", impact: 1 }) },
    };
    const second = apply(rescored, findings);
    expect(second).not.toBe(first);
    expect(second[0]?.score).toBe(4);
    expect(second[1]).toBe(other);
    const editedElsewhere = {
      ...rescored,
      triage: { ...rescored.triage, [other.id]: record({ owner: "A" }) },
    };
    const third = apply(editedElsewhere, findings);
    expect(third).toBe(second);
    // Switching the method re-applies everything.
    expect(apply({ ...editedElsewhere, settings: { scoring: "dread" } }, findings)[0]?.score).toBe(
      4,
    );
  });
});
