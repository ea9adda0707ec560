import { describe, expect, it } from "vitest";
import { createLlmInferencePipelineSample } from "../domain/samples/llmInferencePipeline";
import type { ThreatModel } from "../domain/schema";
import { decisionFor } from "../domain/triage/target";
import { implementationOffer } from "../domain/triage/mitigations";
import { applyDecisions } from "../engine/risk/applyDecisions";
import { staleDecisions } from "../engine/risk/stale";
import { evaluate } from "../engine/evaluate";
import { ALL_RULES } from "../engine/rules";
import type { Finding } from "../engine/types";
import { commands as editCommands } from "./commands";
import { triageCommands as commands } from "./triageCommands";
import { createEditorStore } from "./editorStore";

const DANA = "Dana Kim";
const PROMPT_INJECTION = "AI-PROMPTINJ-01@inference-server";
const EXTRACTION = "AI-EXTRACT-01@inference-server";

function openSample() {
  const store = createEditorStore();
  store.getState().open(createLlmInferencePipelineSample("m1"));
  return store;
}

function findings(doc: ThreatModel): Finding[] {
  return applyDecisions(evaluate(doc, { rules: ALL_RULES }), doc).findings;
}

function finding(doc: ThreatModel, id: string): Finding {
  const f = findings(doc).find((x) => x.id === id);
  if (!f) throw new Error(`${id} does not fire`);
  return f;
}

describe("triage commands", () => {
  it("are one undo step each, named, and undo takes the log entry back with the decision", () => {
    const store = openSample();
    const doc = store.getState().doc!;
    const target = finding(doc, PROMPT_INJECTION);
    expect(
      store.getState().execute(commands.setStatus(target, { status: "needsInvestigation" }, DANA)),
    ).toBe(true);
    const after = store.getState().doc!;
    expect(after.triage[PROMPT_INJECTION]?.status).toBe("needsInvestigation");
    expect(after.decisionLog.at(-1)).toMatchObject({ by: DANA, to: "needsInvestigation" });
    expect(store.getState().history.past.at(-1)?.name).toBe("Set status: Needs investigation");
    // Triage does not touch the diagram: the evaluation is reused as is.
    expect(after.elements).toBe(doc.elements);
    expect(after.flows).toBe(doc.flows);
    store.getState().undo();
    expect(store.getState().doc!.triage).toEqual({});
    expect(store.getState().doc!.decisionLog).toEqual([]);
    store.getState().redo();
    expect(store.getState().doc!.triage[PROMPT_INJECTION]?.status).toBe("needsInvestigation");
  });

  it("a refused decision says why and changes nothing", () => {
    const store = openSample();
    const doc = store.getState().doc!;
    expect(
      store
        .getState()
        .execute(commands.setStatus(finding(doc, PROMPT_INJECTION), { status: "accepted" }, DANA)),
    ).toBe(false);
    expect(store.getState().notice).toMatchObject({
      kind: "error",
      text: '"Accepted" needs a justification: say why',
    });
    expect(store.getState().doc).toBe(doc);
    expect(store.getState().history.past).toEqual([]);
  });

  it("deleting an element with decisions says how many, and undo brings them back", () => {
    const store = openSample();
    let doc = store.getState().doc!;
    store
      .getState()
      .execute(
        commands.setStatuses(
          [finding(doc, PROMPT_INJECTION), finding(doc, EXTRACTION)],
          { status: "accepted", justification: "Enterprise customers only" },
          DANA,
        ),
      );
    doc = store.getState().doc!;
    store.getState().execute(editCommands.deleteItems(["inference-server"]));
    expect(store.getState().notice).toMatchObject({
      kind: "info",
      text: '2 triage decisions no longer apply (listed under "No longer applies"); undo brings them back',
    });
    const deleted = store.getState().doc!;
    // The decisions are kept, listed as no longer applying.
    expect(deleted.triage).toEqual(doc.triage);
    expect(staleDecisions(deleted, findings(deleted)).map((s) => s.reason)).toEqual([
      "elementDeleted",
      "elementDeleted",
    ]);
    store.getState().undo();
    const restored = store.getState().doc!;
    expect(decisionFor(restored.triage, finding(restored, PROMPT_INJECTION))?.status).toBe(
      "accepted",
    );
    expect(staleDecisions(restored, findings(restored))).toEqual([]);
  });

  it("deleting an element without decisions says nothing about decisions", () => {
    const store = openSample();
    store.getState().execute(editCommands.deleteItems(["api-client"]));
    expect(store.getState().notice).toBeNull();
  });

  it("a mitigation made from a suggestion, implemented, and its offer accepted", () => {
    const store = openSample();
    const doc = store.getState().doc!;
    const target = finding(doc, PROMPT_INJECTION);
    store
      .getState()
      .execute(
        commands.createMitigationFromSuggestion(target, target.mitigations[0]!, ["AML.M0020"]),
      );
    const mitigation = store.getState().doc!.mitigations[0]!;
    expect(mitigation).toMatchObject({
      status: "proposed",
      findingIds: [PROMPT_INJECTION],
      atlasMitigations: ["AML.M0020"],
    });
    store.getState().execute(commands.setMitigationStatus(mitigation.id, "implemented"));
    const implemented = store.getState().doc!;
    const offer = implementationOffer(implemented, mitigation.id, findings(implemented));
    expect(offer.map((f) => f.id)).toEqual([PROMPT_INJECTION]);
    store.getState().execute(commands.markCoveredMitigated(mitigation.id, offer, DANA));
    const after = store.getState().doc!;
    expect(after.triage[PROMPT_INJECTION]?.status).toBe("mitigated");
    expect(after.decisionLog.at(-1)).toMatchObject({ via: "mitigation", by: DANA });
    expect(store.getState().notice?.text).toBe("1 finding marked Mitigated");
    expect(store.getState().history.past.map((e) => e.name)).toEqual([
      "Create mitigation",
      "Mitigation Implemented",
      "Mark findings mitigated",
    ]);
  });

  it("creating commands tell the id of what they create", () => {
    const store = openSample();
    const threat = commands.addCustomThreat({ title: "Insider", targetIds: ["api-gateway"] });
    const assumption = commands.addAssumption({ text: "Keys rotate", elementIds: ["api-gateway"] });
    const mitigation = commands.createMitigation({ title: "Rotate keys" });
    for (const c of [threat, assumption, mitigation])
      expect(store.getState().execute(c)).toBe(true);
    const doc = store.getState().doc!;
    expect(doc.customThreats[0]?.id).toBe(threat.id);
    expect(doc.assumptions[0]?.id).toBe(assumption.id);
    expect(doc.mitigations[0]?.id).toBe(mitigation.id);
    expect(finding(doc, threat.id).title).toBe("Insider");
  });

  it("an invalid assumption reopens what it supported and says so", () => {
    const store = openSample();
    const doc = store.getState().doc!;
    store
      .getState()
      .execute(
        commands.setStatus(
          finding(doc, EXTRACTION),
          { status: "accepted", justification: "Customers are vetted" },
          DANA,
        ),
      );
    const add = commands.addAssumption({ text: "Customers are vetted", findingIds: [EXTRACTION] });
    store.getState().execute(add);
    store.getState().execute(commands.setAssumptionValidity(add.id, false, DANA));
    expect(store.getState().doc!.triage[EXTRACTION]?.status).toBe("open");
    expect(store.getState().notice?.text).toBe("Assumption invalid: 1 finding reopened");
    store.getState().undo();
    expect(store.getState().doc!.triage[EXTRACTION]?.status).toBe("accepted");
  });

  it("the scoring method is a per-model, undoable setting", () => {
    const store = openSample();
    store.getState().execute(commands.setScoringMethod("dread"));
    expect(store.getState().doc!.settings.scoring).toBe("dread");
    const doc = store.getState().doc!;
    store.getState().execute(commands.setScoringMethod("dread"));
    expect(store.getState().doc).toBe(doc);
    store.getState().undo();
    expect(store.getState().doc!.settings.scoring).toBe("likelihoodImpact");
  });
});

describe("saving a decision", () => {
  it("sets the status with its reason and the other fields as one undo step", () => {
    const store = openSample();
    const doc = store.getState().doc!;
    const target = finding(doc, EXTRACTION);
    const ok = store.getState().execute(
      commands.saveDecision(
        target,
        {
          status: "accepted",
          justification: "Customers are vetted",
          owner: "Platform",
          ticket: "https://tickets.example.com/SEC-9",
          impact: 2,
          residual: { likelihood: 1, impact: 2 },
        },
        DANA,
      ),
    );
    expect(ok).toBe(true);
    expect(store.getState().doc!.triage[EXTRACTION]).toMatchObject({
      status: "accepted",
      owner: "Platform",
      impact: 2,
      residual: { likelihood: 1, impact: 2 },
    });
    expect(store.getState().history.past).toHaveLength(1);
    expect(store.getState().history.past[0]?.name).toBe("Decision: Accepted");
  });

  it("is refused as a whole when a field is invalid", () => {
    const store = openSample();
    const doc = store.getState().doc!;
    const ok = store
      .getState()
      .execute(
        commands.saveDecision(
          finding(doc, EXTRACTION),
          { status: "needsInvestigation", ticket: "javascript:alert(1)" },
          DANA,
        ),
      );
    expect(ok).toBe(false);
    expect(store.getState().doc).toBe(doc);
    expect(store.getState().notice?.text).toMatch(/^ticket: must be an http/);
  });
});
