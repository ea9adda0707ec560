import { describe, expect, it } from "vitest";
import { addCustomThreat } from "./customThreats";
import { decisionsAffectedByRemoval } from "./affected";
import { editTriage } from "./fields";
import { setStatus } from "./status";
import { decisionTargetIds } from "./target";
import { DANA, must, ON_BUCKET, ON_FLOW, ON_SERVER, triageModel } from "./testing";

describe("decisions a deletion affects", () => {
  function triaged() {
    let doc = triageModel();
    doc = must(setStatus(doc, ON_SERVER, { status: "needsInvestigation" }, DANA));
    doc = must(setStatus(doc, ON_FLOW, { status: "accepted", justification: "ok" }, DANA));
    doc = must(setStatus(doc, ON_BUCKET, { status: "needsInvestigation" }, DANA));
    return doc;
  }

  it("counts decisions on the deleted items and on the flows that go with them", () => {
    const doc = triaged();
    expect(decisionsAffectedByRemoval(doc, ["gateway"])).toEqual([ON_FLOW.id]);
    expect(decisionsAffectedByRemoval(doc, ["server"]).sort()).toEqual(
      [ON_SERVER.id, ON_FLOW.id].sort(),
    );
    expect(decisionsAffectedByRemoval(doc, ["f1"])).toEqual([ON_FLOW.id]);
    expect(decisionsAffectedByRemoval(doc, [])).toEqual([]);
  });

  it("counts a custom threat's decision by the threat's targets", () => {
    const added = addCustomThreat(triageModel(), { title: "X", targetIds: ["bucket"] });
    const doc = must(
      setStatus(
        must(added.result),
        { id: added.id!, title: "X", targetIds: ["bucket"] },
        { status: "needsInvestigation" },
        DANA,
      ),
    );
    expect(decisionsAffectedByRemoval(doc, ["bucket"])).toEqual([added.id]);
  });

  it("leaves out records that hold no decision", () => {
    const doc = must(editTriage(triageModel(), ON_SERVER, { owner: "" }, DANA));
    expect(decisionsAffectedByRemoval(doc, ["server"])).toEqual([]);
  });

  it("reads the targets of a record without a snapshot from the finding id", () => {
    const doc = triageModel({
      triage: { "RULE-X@gateway>f1>server": { status: "accepted", justification: "x" } },
    });
    expect(decisionTargetIds(doc, "RULE-X@gateway>f1>server")).toEqual(["gateway", "f1", "server"]);
    expect(decisionsAffectedByRemoval(doc, ["server"])).toEqual(["RULE-X@gateway>f1>server"]);
  });
});
