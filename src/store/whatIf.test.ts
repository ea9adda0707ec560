import { describe, expect, it } from "vitest";
import { createLlmInferencePipelineSample } from "../domain/samples/llmInferencePipeline";
import { applyWhatIf, type WhatIfChange } from "../domain/workshop/whatIf";
import { evaluate } from "../engine/evaluate";
import { ALL_RULES } from "../engine/rules";
import { compareWhatIf, isNoChange } from "../engine/whatIf";
import type { ThreatModel } from "../domain/schema";
import { commands } from "./commands";
import { createEditorStore } from "./editorStore";

const evaluateDoc = (doc: ThreatModel) => evaluate(doc, { rules: ALL_RULES });

function preview(doc: ThreatModel, changes: readonly WhatIfChange[]) {
  const variant = applyWhatIf(doc, changes);
  if (!variant.ok) throw new Error(variant.error);
  return {
    variant: variant.doc,
    outcome: compareWhatIf(evaluateDoc(doc), evaluateDoc(variant.doc)),
  };
}

describe("what-if on the sample", () => {
  const sample = createLlmInferencePipelineSample("m1");

  it("shows the findings an encrypted flow would take away", () => {
    const { outcome } = preview(sample, [{ kind: "encrypt", id: "flow-logs" }]);
    expect(outcome.disappear.map((f) => f.id)).toEqual(["STRIDE-FLOW-I-01@flow-logs"]);
    expect(outcome.appear).toEqual([]);
  });

  it("shows what an authenticating server and a removed gateway would change", () => {
    const authenticated = preview(sample, [{ kind: "authenticate", id: "inference-server" }]);
    expect(authenticated.outcome.disappear.map((f) => f.id)).toEqual([
      "STRIDE-PROC-S-02@inference-server",
    ]);
    // With no gateway in front, nothing reaches the model from outside any more.
    const removed = preview(sample, [{ kind: "remove", id: "api-gateway" }]);
    expect(removed.outcome.disappear.map((f) => f.id)).toContain("AI-EXTRACT-01@inference-server");
    expect(removed.outcome.questionsSettled.length).toBeGreaterThan(0);
  });

  it("finds no change for a change that moves nothing", () => {
    expect(isNoChange(preview(sample, [{ kind: "encrypt", id: "flow-prompts" }]).outcome)).toBe(
      true,
    );
  });

  it("leaves the open model unchanged until applied, then applies it as one undo step", () => {
    const store = createEditorStore();
    store.getState().open(sample);
    const open = store.getState().doc!;
    const changes: WhatIfChange[] = [
      { kind: "encrypt", id: "flow-logs" },
      { kind: "remove", id: "api-gateway" },
    ];
    const { variant } = preview(open, changes);
    expect(store.getState().doc).toBe(open);
    expect(store.getState().history.past).toEqual([]);

    expect(store.getState().execute(commands.applyWhatIf(changes, applyWhatIf))).toBe(true);
    const after = store.getState().doc!;
    expect(after.elements).toEqual(variant.elements);
    expect(after.flows).toEqual(variant.flows);
    expect(store.getState().history.past.map((e) => e.name)).toEqual(["Apply what-if (2 changes)"]);
    store.getState().undo();
    expect(store.getState().doc!.elements).toEqual(open.elements);
    expect(store.getState().doc!.flows).toEqual(open.flows);
  });

  it("says how many decisions a removal leaves without their finding", () => {
    const store = createEditorStore();
    const withDecision: ThreatModel = {
      ...sample,
      triage: {
        "AI-OUTINT-01@api-gateway>flow-forward>inference-server": {
          ...createTriageRecord(),
          status: "needsInvestigation",
        },
      },
    };
    store.getState().open(withDecision);
    store
      .getState()
      .execute(commands.applyWhatIf([{ kind: "remove", id: "api-gateway" }], applyWhatIf));
    expect(store.getState().notice?.text).toMatch(/^1 triage decision no longer applies/);
  });

  it("refuses changes to items that have gone since, and changes nothing", () => {
    const store = createEditorStore();
    store.getState().open(sample);
    const open = store.getState().doc;
    expect(
      store.getState().execute(commands.applyWhatIf([{ kind: "remove", id: "gone" }], applyWhatIf)),
    ).toBe(false);
    expect(store.getState().doc).toBe(open);
    expect(store.getState().notice?.text).toBe(
      'What-if not applied: "gone" is no longer in the model',
    );
  });
});

function createTriageRecord() {
  return {
    status: "open" as const,
    justification: "",
    owner: "",
    ticket: "",
    reviewBy: null,
    notes: "",
    likelihood: null,
    impact: null,
    dread: null,
    residual: null,
    title: "",
    targetIds: ["api-gateway", "flow-forward", "inference-server"],
    updatedAt: null,
  };
}
