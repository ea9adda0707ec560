import { describe, expect, it } from "vitest";
import { ThreatModelSchema } from "../schema";
import { addAssumption } from "./assumptions";
import { addCustomThreat, deleteCustomThreat, updateCustomThreat } from "./customThreats";
import { createMitigation } from "./mitigations";
import { setStatus } from "./status";
import { AT, DANA, must, refused, target, triageModel } from "./testing";

describe("custom threats", () => {
  it("are added on elements, flows or boundaries, with categories and references", () => {
    const { result, id } = addCustomThreat(
      triageModel(),
      {
        title: "  GPU driver exploit from a crafted model file ",
        targetIds: ["server", "f1", "server"],
        categories: { stride: ["E", "T"], linddun: [] },
        references: ["AML.T0010", "LLM03:2025", "AML.T0010"],
        likelihood: 2,
        impact: 5,
      },
      AT,
    );
    const doc = must(result);
    expect(id).toMatch(/^threat_/);
    expect(id).not.toContain("@");
    expect(doc.customThreats[0]).toMatchObject({
      id,
      title: "GPU driver exploit from a crafted model file",
      targetIds: ["server", "f1"],
      references: ["AML.T0010", "LLM03:2025"],
      categories: { stride: ["E", "T"], linddun: [] },
      createdAt: AT,
    });
    expect(ThreatModelSchema.safeParse(doc).success).toBe(true);
  });

  it("can be about the whole model (no targets)", () => {
    const doc = must(addCustomThreat(triageModel(), { title: "Insider with admin rights" }).result);
    expect(doc.customThreats[0]?.targetIds).toEqual([]);
  });

  it("are refused with a reason naming the field", () => {
    expect(refused(addCustomThreat(triageModel(), { title: "" }).result)).toMatch(
      /^title: must not be empty/,
    );
    expect(
      refused(addCustomThreat(triageModel(), { title: "X", targetIds: ["ghost"] }).result),
    ).toBe('targetIds: "ghost" is not an element, flow or boundary of this model');
    expect(refused(addCustomThreat(triageModel(), { title: "X", likelihood: 0 }).result)).toMatch(
      /^likelihood: must be between 1 and 5/,
    );
    expect(
      refused(
        addCustomThreat(triageModel(), {
          title: "X",
          categories: { stride: ["Q" as "S"], linddun: [] },
        }).result,
      ),
    ).toMatch(/^categories\.stride\[0\]/);
  });

  it("are edited, keeping what is not given", () => {
    const { result, id } = addCustomThreat(triageModel(), { title: "X", impact: 4 });
    const doc = must(updateCustomThreat(must(result), id!, { title: "Y", targetIds: ["bucket"] }));
    expect(doc.customThreats[0]).toMatchObject({ title: "Y", impact: 4, targetIds: ["bucket"] });
    expect(refused(updateCustomThreat(doc, id!, { targetIds: ["ghost"] }))).toMatch(/ghost/);
  });

  it("when deleted take their decision and links along; the log keeps its history", () => {
    const added = addCustomThreat(triageModel(), { title: "X", targetIds: ["server"] });
    const id = added.id!;
    let doc = must(added.result);
    doc = must(setStatus(doc, target(id), { status: "needsInvestigation" }, DANA));
    doc = must(createMitigation(doc, { title: "M", findingIds: [id, "other"] }).result);
    doc = must(addAssumption(doc, { text: "A", findingIds: [id] }).result);
    const after = must(deleteCustomThreat(doc, id));
    expect(after.customThreats).toEqual([]);
    expect(after.triage).toEqual({});
    expect(after.mitigations[0]?.findingIds).toEqual(["other"]);
    expect(after.assumptions[0]?.findingIds).toEqual([]);
    expect(after.decisionLog).toHaveLength(1);
  });
});
