import { describe, expect, it } from "vitest";
import {
  addAssumption,
  deleteAssumption,
  findingsResting,
  setAssumptionValidity,
  updateAssumption,
} from "./assumptions";
import { createMitigation } from "./mitigations";
import { setStatus, setStatuses } from "./status";
import { AT, DANA, must, ON_BUCKET, ON_FLOW, ON_SERVER, refused, triageModel } from "./testing";

const TEXT = "The training data bucket is only writable by the pipeline";

function model() {
  let doc = triageModel();
  const mitigation = createMitigation(doc, { title: "Bucket policy", findingIds: [ON_BUCKET.id] });
  doc = must(mitigation.result);
  doc = must(
    setStatus(doc, ON_SERVER, { status: "accepted", justification: "Bucket locked" }, DANA),
  );
  doc = must(setStatus(doc, ON_FLOW, { status: "needsInvestigation" }, DANA));
  doc = must(setStatus(doc, ON_BUCKET, { status: "mitigated" }, DANA));
  const assumption = addAssumption(
    doc,
    {
      text: TEXT,
      elementIds: ["bucket"],
      findingIds: [ON_SERVER.id, ON_FLOW.id],
      mitigationIds: [mitigation.id!],
    },
    AT,
  );
  return { doc: must(assumption.result), id: assumption.id! };
}

describe("assumptions", () => {
  it("are recorded with their links, valid", () => {
    const { doc, id } = model();
    expect(doc.assumptions).toEqual([
      expect.objectContaining({
        id,
        text: TEXT,
        elementIds: ["bucket"],
        findingIds: [ON_SERVER.id, ON_FLOW.id],
        valid: true,
      }),
    ]);
    expect(refused(addAssumption(doc, { text: "  " }).result)).toMatch(/^text: must not be empty/);
  });

  it("name the decisions that rest on them: closed linked findings, and findings a linked mitigation closed", () => {
    const { doc } = model();
    expect(findingsResting(doc, doc.assumptions[0]!).sort()).toEqual(
      [ON_SERVER.id, ON_BUCKET.id].sort(),
    );
  });

  it("when invalid reopen those findings, logged as caused by the assumption", () => {
    const { doc, id } = model();
    const { result, reopened } = setAssumptionValidity(doc, id, false, DANA);
    const after = must(result);
    expect(reopened.sort()).toEqual([ON_SERVER.id, ON_BUCKET.id].sort());
    expect(after.assumptions[0]?.valid).toBe(false);
    expect(after.triage[ON_SERVER.id]).toMatchObject({ status: "open", justification: "" });
    expect(after.triage[ON_BUCKET.id]?.status).toBe("open");
    expect(after.triage[ON_FLOW.id]?.status).toBe("needsInvestigation");
    const entries = after.decisionLog.slice(-2);
    expect(entries.map((e) => [e.from, e.to, e.via, e.by])).toEqual(
      expect.arrayContaining([
        ["accepted", "open", "assumption", "Dana Kim"],
        ["mitigated", "open", "assumption", "Dana Kim"],
      ]),
    );
    expect(entries[0]?.justification).toBe(`Assumption no longer holds: ${TEXT}`);
    // The reason once given is in the log, and a new acceptance needs a new one.
    expect(after.decisionLog.some((e) => e.justification === "Bucket locked")).toBe(true);
    expect(refused(setStatuses(after, [ON_SERVER], { status: "accepted" }, DANA))).toMatch(
      /needs? a justification/,
    );
  });

  it("valid again reopens and closes nothing", () => {
    const { doc, id } = model();
    const invalid = must(setAssumptionValidity(doc, id, false, DANA).result);
    const valid = setAssumptionValidity(invalid, id, true, DANA);
    expect(valid.reopened).toEqual([]);
    const after = must(valid.result);
    expect(after.triage).toEqual(invalid.triage);
    expect(after.decisionLog).toEqual(invalid.decisionLog);
    expect(after.assumptions[0]?.valid).toBe(true);
    expect(setAssumptionValidity(after, id, true, DANA).result).toEqual({ ok: true, doc: after });
  });

  it("are edited and deleted", () => {
    const { doc, id } = model();
    const edited = must(updateAssumption(doc, id, { text: "Changed", elementIds: ["server"] }));
    expect(edited.assumptions[0]).toMatchObject({ text: "Changed", elementIds: ["server"] });
    expect(must(deleteAssumption(edited, id)).assumptions).toEqual([]);
    expect(refused(updateAssumption(doc, "ghost", { text: "x" }))).toMatch(/no assumption/);
  });
});
