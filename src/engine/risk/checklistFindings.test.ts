import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHECKLIST_ANSWERS, type ChecklistAnswerValue } from "../../domain/checklist";
import { answerChecklistItem } from "../../domain/checklistAnswers";
import type { ThreatModel } from "../../domain/schema";
import { DASF_CHECKLIST } from "../catalog/dasfChecklist";
import { evaluate } from "../evaluate";
import { modelOf, proc } from "../testing/models";
import { checklistFindingId, checklistFindings } from "./checklistFindings";
import { withCustomThreats } from "./customFindings";

const META = { by: "", at: "2026-01-01T00:00:00.000Z" };

function answered(doc: ThreatModel, answers: Record<string, ChecklistAnswerValue>): ThreatModel {
  let out = doc;
  for (const [code, answer] of Object.entries(answers)) {
    const result = answerChecklistItem(out, code, { answer }, META);
    if (!result.ok) throw new Error(result.error);
    out = result.doc;
  }
  return out;
}

/** Every finding the app shows for the model: the engine's, custom threats', the checklist's. */
const shown = (doc: ThreatModel) => withCustomThreats(evaluate(doc), doc).findings;
const base = () => modelOf([proc("app")]);

describe("checklist answers as findings", () => {
  it("adds one finding about the whole model for a 'no', with a stable id and the DASF code", () => {
    const doc = answered(base(), { "DASF-12.3@2.0": "no" });
    const [finding] = checklistFindings(doc);
    expect(finding).toMatchObject({
      id: "CHECKLIST-DASF-12-3@model",
      ruleId: "CHECKLIST-DASF-12-3",
      pack: "checklist",
      scope: "model",
      targetIds: ["model"],
      references: { dasf: ["DASF-12.3@2.0"] },
      title: "No rehearsed incident response plan covers AI-specific incidents",
      severity: "high",
    });
    expect(shown(doc).map((f) => f.id)).toContain("CHECKLIST-DASF-12-3@model");
    expect(withCustomThreats(evaluate(doc), doc).byTarget.get("model")).toContain(finding);
  });

  it("adds nothing for yes, not applicable, or no answer", () => {
    for (const answer of ["yes", "notApplicable"] as const) {
      expect(checklistFindings(answered(base(), { "DASF-12.3@2.0": answer }))).toEqual([]);
    }
    expect(checklistFindings(base())).toEqual([]);
    expect(shown(base()).some((f) => f.pack === "checklist")).toBe(false);
  });

  it("ignores answers to items this version does not list", () => {
    expect(checklistFindings(answered(base(), { "DASF-99.1@9.0": "no" }))).toEqual([]);
  });

  it("gives every item its own id, text and catalog code", () => {
    const all = checklistFindings(
      answered(base(), Object.fromEntries(DASF_CHECKLIST.map((item) => [item.risk, "no"]))),
    );
    expect(all).toHaveLength(DASF_CHECKLIST.length);
    expect(new Set(all.map((f) => f.id)).size).toBe(all.length);
    for (const [i, finding] of all.entries()) {
      expect(finding.id).toBe(checklistFindingId(DASF_CHECKLIST[i]!.risk));
      expect(finding.references.dasf).toEqual([DASF_CHECKLIST[i]!.risk]);
      expect(finding.mitigations.length).toBeGreaterThan(0);
      expect(finding.score).toBe(finding.likelihood * finding.impact);
    }
  });

  it("answering 'yes' to an item never adds a finding, whatever was answered before (property)", () => {
    const codes = DASF_CHECKLIST.map((item) => item.risk);
    const answerMap = fc.dictionary(
      fc.constantFrom(...codes),
      fc.constantFrom(...CHECKLIST_ANSWERS),
    );
    fc.assert(
      fc.property(answerMap, fc.constantFrom(...codes), (answers, code) => {
        const before = answered(base(), answers);
        const after = answered(before, { [code]: "yes" });
        const known = new Set(shown(before).map((f) => f.id));
        expect(shown(after).filter((f) => !known.has(f.id))).toEqual([]);
        expect(shown(after).map((f) => f.id)).not.toContain(checklistFindingId(code));
      }),
      { numRuns: 200 },
    );
  });
});
