import { describe, expect, it } from "vitest";
import { editTriage } from "./fields";
import { setStatus } from "./status";
import { DANA, must, ON_SERVER, refused, target, triageModel } from "./testing";

const DREAD = {
  damage: 6,
  reproducibility: 5,
  exploitability: 4,
  affectedUsers: 5,
  discoverability: 3,
  modelImpact: 1.6,
  dataSensitivity: 1.2,
  detectionDifficulty: 1.8,
};

describe("editing a decision", () => {
  it("stores owner, ticket, review date, notes and overrides without touching the log", () => {
    const doc = must(
      editTriage(
        triageModel(),
        ON_SERVER,
        {
          owner: "Platform team",
          ticket: "https://tickets.example.com/SEC-1",
          reviewBy: "2027-01-31",
          notes: "Ask the vendor.",
          likelihood: 2,
          impact: 5,
          dread: DREAD,
        },
        DANA,
      ),
    );
    expect(doc.triage[ON_SERVER.id]).toMatchObject({
      status: "open",
      owner: "Platform team",
      ticket: "https://tickets.example.com/SEC-1",
      reviewBy: "2027-01-31",
      likelihood: 2,
      impact: 5,
      dread: DREAD,
      title: ON_SERVER.title,
    });
    expect(doc.decisionLog).toEqual([]);
  });

  it.each([
    [{ ticket: "javascript:alert(1)" }, /^ticket: must be an http/],
    [{ ticket: "ftp://files.example.com/x" }, /^ticket: must be an http/],
    [{ reviewBy: "31/01/2027" }, /^reviewBy: must be a date/],
    [{ reviewBy: "2027-02-30" }, /^reviewBy: is not a real date/],
    [{ likelihood: 6 }, /^likelihood: must be between 1 and 5/],
    [{ impact: 2.5 }, /^impact: must be a whole number/],
    [{ owner: "x".repeat(201) }, /^owner: is longer than 200/],
    [{ dread: { ...DREAD, damage: 11 } }, /^dread\.damage: must be between 1 and 10/],
    [
      { dread: { ...DREAD, modelImpact: 2.5 } },
      /^dread\.modelImpact: must be between 1\.0 and 2\.0/,
    ],
  ])("refuses %j with a message naming the field", (patch, message) => {
    expect(refused(editTriage(triageModel(), ON_SERVER, patch, DANA))).toMatch(message);
  });

  it("clears an override with null (back to the rule's value)", () => {
    const doc = must(editTriage(triageModel(), ON_SERVER, { likelihood: 2 }, DANA));
    const cleared = must(editTriage(doc, ON_SERVER, { likelihood: null }, DANA));
    expect(cleared.triage[ON_SERVER.id]?.likelihood).toBeNull();
  });

  it("is a no-op when nothing changes", () => {
    const doc = must(editTriage(triageModel(), ON_SERVER, { owner: "A" }, DANA));
    expect(editTriage(doc, ON_SERVER, { owner: "A", notes: "" }, DANA)).toEqual({ ok: true, doc });
  });

  it("will not empty the justification of a status that needs one, and logs a new one", () => {
    const doc = must(
      setStatus(triageModel(), ON_SERVER, { status: "accepted", justification: "Low value" }, DANA),
    );
    expect(refused(editTriage(doc, ON_SERVER, { justification: " " }, DANA))).toMatch(
      /needs a justification; it cannot be emptied/,
    );
    const edited = must(editTriage(doc, ON_SERVER, { justification: "Reviewed: low value" }, DANA));
    expect(edited.decisionLog.at(-1)).toMatchObject({
      from: "accepted",
      to: "accepted",
      justification: "Reviewed: low value",
    });
  });

  it("keeps residual risk for Mitigated, Accepted and Transferred findings only", () => {
    expect(
      refused(
        editTriage(triageModel(), ON_SERVER, { residual: { likelihood: 1, impact: 2 } }, DANA),
      ),
    ).toMatch(/residual risk is for a finding that is "Mitigated", "Accepted", "Transferred"/);
    const accepted = must(
      setStatus(triageModel(), ON_SERVER, { status: "accepted", justification: "ok" }, DANA),
    );
    const doc = must(
      editTriage(accepted, ON_SERVER, { residual: { likelihood: 1, impact: 2 } }, DANA),
    );
    expect(doc.triage[ON_SERVER.id]?.residual).toEqual({ likelihood: 1, impact: 2 });
  });

  it("refuses questions", () => {
    expect(
      refused(
        editTriage(triageModel(), target("Q@server", { kind: "question" }), { owner: "A" }, DANA),
      ),
    ).toMatch(/answered, not triaged/);
  });
});
