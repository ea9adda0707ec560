import { describe, expect, it } from "vitest";
import { TriageRecordSchema } from "../../domain/decisions";
import { CURRENT_SCHEMA_VERSION, ThreatModelSchema, type ThreatModel } from "../../domain/schema";
import { testFinding } from "../../engine/risk/testing";
import { cellOf, inCell, inScope, summarise } from "./summaryData";

const base = ThreatModelSchema.parse({
  schemaVersion: CURRENT_SCHEMA_VERSION,
  id: "m",
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
  elements: [],
  flows: [],
});
const rec = (fields: Record<string, unknown>) => TriageRecordSchema.parse(fields);

const a = testFinding({ ruleId: "A", targetIds: ["x"], likelihood: 5, impact: 5 });
const b = testFinding({
  ruleId: "B",
  targetIds: ["y"],
  likelihood: 4,
  impact: 3,
  categories: { stride: [], linddun: ["DD"], ai: [] },
});
const c = testFinding({
  ruleId: "C",
  targetIds: ["x"],
  likelihood: 2,
  impact: 2,
  references: { atlas: ["AML.T0020"], owasp: [] },
});
const d = testFinding({ ruleId: "D", targetIds: ["z"], likelihood: 3, impact: 3 });

function model(): ThreatModel {
  return {
    ...base,
    triage: {
      [b.id]: rec({ status: "accepted", justification: "ok" }),
      [c.id]: rec({
        status: "mitigated",
        justification: "ok",
        residual: { likelihood: 1, impact: 2 },
      }),
      [d.id]: rec({ status: "notApplicable", justification: "no" }),
    },
  };
}

describe("summary figures", () => {
  const data = summarise(model(), [a, b, c, d]);

  it("count findings, not questions, and how many are triaged", () => {
    expect(data.total).toBe(4);
    expect(data.triaged).toBe(3);
    expect(data.byStatus).toMatchObject({ open: 1, accepted: 1, mitigated: 1, notApplicable: 1 });
  });

  it("count by severity, at risk and carried", () => {
    expect(data.bySeverity.critical).toEqual({ total: 1, atRisk: 1, accepted: 0 });
    expect(data.bySeverity.high).toEqual({ total: 1, atRisk: 0, accepted: 1 });
  });

  it("count by framework and category", () => {
    expect(data.byFramework).toEqual({ stride: 3, linddun: 1, atlas: 1, owasp: 0, custom: 0 });
    expect(data.byCategory).toEqual([
      { key: "stride:T", label: expect.stringContaining("Tampering"), count: 3 },
      { key: "linddun:DD", label: expect.stringContaining("Data Disclosure"), count: 1 },
    ]);
  });

  it("place findings on the inherent and residual maps", () => {
    expect(data.inherent[4]![4]).toBe(1);
    expect(data.inherent[3]![2]).toBe(1);
    expect(data.inherent[1]![1]).toBe(1);
    expect(data.inherent[2]![2]).toBe(0); // not applicable
    expect(data.residual[4]![4]).toBe(1); // still open
    expect(data.residual[3]![2]).toBe(1); // accepted, no residual given: carried as is
    expect(data.residual[0]![1]).toBe(1); // mitigated with its residual
    expect(data.residual[1]![1]).toBe(0);
    expect(data.inherentBySeverity).toMatchObject({ critical: 1, high: 1, low: 1 });
    expect(data.residualBySeverity).toMatchObject({ critical: 1, high: 1, info: 1 });
    expect(data.residualUnassessed).toBe(0);
  });

  it("list the top open risks", () => {
    expect(data.topRisks.map((f) => f.id)).toEqual([a.id]);
  });

  it("say a mitigated finding without a residual assessment is not on the residual map", () => {
    const m = { ...model(), triage: { [c.id]: rec({ status: "mitigated", justification: "ok" }) } };
    expect(cellOf(c, m.triage[c.id], "residual")).toBeNull();
    expect(summarise(m, [c]).residualUnassessed).toBe(1);
  });

  it("a cell filter matches where the finding sits", () => {
    const t = model().triage;
    expect(inCell(a, undefined, { kind: "inherent", likelihood: 5, impact: 5 })).toBe(true);
    expect(inCell(c, t[c.id], { kind: "inherent", likelihood: 2, impact: 2 })).toBe(true);
    expect(inCell(c, t[c.id], { kind: "residual", likelihood: 1, impact: 2 })).toBe(true);
    expect(inCell(d, t[d.id], { kind: "inherent", likelihood: 3, impact: 3 })).toBe(false);
  });

  it("scope to the selection", () => {
    expect(inScope([a, b, c, d], ["x"]).map((f) => f.id)).toEqual([a.id, c.id]);
    expect(inScope([a, b], [])).toEqual([a, b]);
  });
});
