import { describe, expect, it } from "vitest";
import { createLlmInferencePipelineSample } from "../domain/samples/llmInferencePipeline";
import { promptAnswerKey } from "../domain/workshop/record";
import { walkOrder } from "../domain/workshop/walk";
import { evaluate } from "../engine/evaluate";
import { ALL_RULES } from "../engine/rules";
import { createEditorStore } from "./editorStore";
import { workshopCommands as commands } from "./workshopCommands";

function openSample() {
  const store = createEditorStore();
  store.getState().open(createLlmInferencePipelineSample("m1"));
  return store;
}

describe("workshop commands", () => {
  it("log decisions taken in the walk as made in the walk, one undo step each", () => {
    const store = openSample();
    const doc = store.getState().doc!;
    const finding = evaluate(doc, { rules: ALL_RULES }).findings.find(
      (f) => f.id === "AI-EXTRACT-01@inference-server",
    )!;
    expect(
      store
        .getState()
        .execute(commands.setStatusInWalk(finding, { status: "mitigationInProgress" }, "Ann")),
    ).toBe(true);
    expect(
      store
        .getState()
        .execute(
          commands.editTriageInWalk(finding, { owner: "Bo", notes: "Quota per key" }, "Ann"),
        ),
    ).toBe(true);
    const after = store.getState().doc!;
    expect(after.decisionLog).toEqual([
      expect.objectContaining({
        findingId: finding.id,
        from: "open",
        to: "mitigationInProgress",
        by: "Ann",
        via: "walk",
      }),
    ]);
    expect(after.triage[finding.id]).toMatchObject({ owner: "Bo", notes: "Quota per key" });
    expect(store.getState().history.past.map((e) => e.name)).toEqual([
      "Set status: Mitigation in progress",
      "Edit decision",
    ]);
  });

  it("mark steps walked, named in the undo list, and undo takes the mark back", () => {
    const store = openSample();
    const [first] = walkOrder(store.getState().doc!);
    store.getState().execute(commands.markWalked([first!.id], "Internet"));
    expect(store.getState().doc!.workshop.walked).toEqual([first!.id]);
    expect(store.getState().history.past.at(-1)?.name).toBe("Walked: Internet");
    store.getState().undo();
    expect(store.getState().doc!.workshop.walked).toEqual([]);
  });

  it("record attendees, notes, prompt answers and agenda minutes, and refuse bad input saying why", () => {
    const store = openSample();
    const run = store.getState().execute;
    expect(run(commands.addAttendee({ name: "Ann", role: "Facilitator" }))).toBe(true);
    expect(run(commands.addAttendee({ name: "", role: "" }))).toBe(false);
    expect(store.getState().notice?.text).toBe("an attendee needs a name");
    expect(run(commands.setNotes("Registry tokens rotate monthly."))).toBe(true);
    const key = promptAnswerKey("model-swap", "model-registry");
    expect(
      run(commands.answerPrompt(key, "Digest checked at deploy.", "2026-06-01T10:00:00.000Z")),
    ).toBe(true);
    expect(run(commands.setPhaseMinutes(1, 90, "Walk"))).toBe(true);
    const { workshop } = store.getState().doc!;
    expect(workshop).toMatchObject({
      attendees: [{ name: "Ann", role: "Facilitator" }],
      notes: "Registry tokens rotate monthly.",
      promptAnswers: {
        [key]: { answer: "Digest checked at deploy.", at: "2026-06-01T10:00:00.000Z" },
      },
    });
    expect(workshop.agenda[1]).toEqual({ id: "walk", minutes: 90 });
    expect(store.getState().history.past.at(-1)?.name).toBe("Agenda: Walk 90 min");
  });

  it("score a finding in the session: overrides and DREAD-AI kept on its decision, one undo step", () => {
    const store = openSample();
    const doc = store.getState().doc!;
    const finding = evaluate(doc, { rules: ALL_RULES }).findings.find(
      (f) => f.id === "AI-EXTRACT-01@inference-server",
    )!;
    const run = store.getState().execute;
    expect(run(commands.scoreInSession(finding, { likelihood: 2 }, "Ann"))).toBe(true);
    expect(store.getState().doc!.triage[finding.id]).toMatchObject({ likelihood: 2, impact: null });
    expect(store.getState().history.past.at(-1)?.name).toBe("Score finding");
    // Out of range: refused, naming the field, nothing changed.
    expect(run(commands.scoreInSession(finding, { impact: 9 }, "Ann"))).toBe(false);
    expect(store.getState().notice?.text).toMatch(/impact/i);
    expect(store.getState().doc!.triage[finding.id]).toMatchObject({ impact: null });
    const dread = {
      damage: 6,
      reproducibility: 5,
      exploitability: 4,
      affectedUsers: 7,
      discoverability: 3,
      modelImpact: 1.5,
      dataSensitivity: 1.2,
      detectionDifficulty: 1,
    };
    expect(run(commands.scoreInSession(finding, { dread }, "Ann"))).toBe(true);
    expect(store.getState().doc!.triage[finding.id]!.dread).toEqual(dread);
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().doc!.triage[finding.id]?.likelihood ?? null).toBeNull();
  });
});
