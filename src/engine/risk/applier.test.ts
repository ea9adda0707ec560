import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TRIAGE_STATUSES, TriageRecordSchema } from "../../domain/decisions";
import { CURRENT_SCHEMA_VERSION, ThreatModelSchema, type ThreatModel } from "../../domain/schema";
import { createDecisionApplier, effectiveFindings } from "./effective";
import { testFinding } from "./testing";

const findings = Array.from({ length: 12 }, (_, i) =>
  testFinding({ ruleId: `R${i}`, likelihood: 1 + (i % 5), impact: 1 + ((i * 3) % 5) }),
);
const base = ThreatModelSchema.parse({
  schemaVersion: CURRENT_SCHEMA_VERSION,
  id: "m",
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
  elements: [],
  flows: [],
});

const edit = fc.record({
  finding: fc.integer({ min: 0, max: findings.length - 1 }),
  status: fc.constantFrom(...TRIAGE_STATUSES),
  impact: fc.option(fc.integer({ min: 1, max: 5 })),
  remove: fc.boolean(),
  method: fc.constantFrom("likelihoodImpact" as const, "dread" as const),
});

describe("the decision applier", () => {
  it("gives what a fresh application gives, after any sequence of decisions (property)", () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 30 }), (edits) => {
        const apply = createDecisionApplier();
        let doc: ThreatModel = base;
        apply(doc, findings);
        for (const e of edits) {
          const id = findings[e.finding]!.id;
          const triage = { ...doc.triage };
          if (e.remove) delete triage[id];
          else {
            triage[id] = TriageRecordSchema.parse({
              status: e.status,
              impact: e.impact,
              dread: e.impact
                ? {
                    damage: e.impact * 2,
                    reproducibility: 5,
                    exploitability: 5,
                    affectedUsers: 5,
                    discoverability: 5,
                    modelImpact: 1,
                    dataSensitivity: 1,
                    detectionDifficulty: 1,
                  }
                : null,
            });
          }
          doc = { ...doc, triage, settings: { scoring: e.method } };
          const got = apply(doc, findings);
          const want = effectiveFindings(doc, findings);
          expect(got.map((f) => [f.id, f.likelihood, f.impact, f.score, f.severity])).toEqual(
            want.map((f) => [f.id, f.likelihood, f.impact, f.score, f.severity]),
          );
          // Unchanged findings keep the engine's objects.
          got.forEach((f, i) => {
            if (want[i] === findings[i]) expect(f).toBe(findings[i]);
          });
        }
      }),
    );
  });
});
