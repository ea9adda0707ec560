import { describe, expect, it } from "vitest";
import { TriageRecordSchema } from "../../domain/decisions";
import { DREAD_START, draftOf, readDraft } from "./decisionDraft";

describe("the decision editor's draft", () => {
  it("starts from the record, with a status chosen by key taking precedence", () => {
    const record = TriageRecordSchema.parse({
      status: "needsInvestigation",
      owner: "Dana",
      likelihood: 2,
      residual: null,
    });
    expect(draftOf(record, "accepted")).toMatchObject({
      status: "accepted",
      owner: "Dana",
      likelihood: "2",
      impact: "",
      dread: null,
    });
    expect(draftOf(undefined).status).toBe("open");
  });

  it("reads back as the decision the editor saves", () => {
    const draft = {
      ...draftOf(undefined, "accepted"),
      justification: "Vendor contract",
      owner: "  Dana ",
      ticket: " https://t.example.com/1 ",
      reviewBy: "2027-01-31",
      impact: "2",
      dread: { ...DREAD_START },
      residualLikelihood: "1",
      residualImpact: "2",
    };
    expect(readDraft(draft, true)).toEqual({
      ok: true,
      decision: {
        status: "accepted",
        justification: "Vendor contract",
        owner: "Dana",
        ticket: "https://t.example.com/1",
        reviewBy: "2027-01-31",
        notes: "",
        likelihood: null,
        impact: 2,
        dread: {
          damage: 5,
          reproducibility: 5,
          exploitability: 5,
          affectedUsers: 5,
          discoverability: 5,
          modelImpact: 1.5,
          dataSensitivity: 1.5,
          detectionDifficulty: 1.5,
        },
        residual: { likelihood: 1, impact: 2 },
      },
    });
  });

  it.each([
    [{ justification: " " }, true, "justification", /needs a justification/],
    [{ ticket: "javascript:alert(1)" }, false, "ticket", /http/],
    [{ reviewBy: "2027-02-30" }, false, "reviewBy", /real date/],
    [
      { dread: { ...DREAD_START, damage: "11" } },
      false,
      "damage",
      /^Damage must be between 1 and 10\.$/,
    ],
    [
      { dread: { ...DREAD_START, modelImpact: "" } },
      false,
      "modelImpact",
      /^Model impact must be a number\.$/,
    ],
    [{ status: "mitigated" as const, residualLikelihood: "2" }, false, "residualImpact", /both/],
  ])("names the field of a problem: %j", (patch, required, field, message) => {
    const result = readDraft({ ...draftOf(undefined), ...patch }, required);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.field).toBe(field);
      expect(result.error).toMatch(message);
    }
  });

  it("drops a residual risk the status cannot carry", () => {
    const result = readDraft(
      { ...draftOf(undefined, "needsInvestigation"), residualLikelihood: "1", residualImpact: "1" },
      false,
    );
    expect(result.ok && result.decision.residual).toBeNull();
  });
});
