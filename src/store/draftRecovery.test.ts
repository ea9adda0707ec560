import { describe, expect, it } from "vitest";
import { diffDocuments } from "../domain/changes";
import { createLlmInferencePipelineSample } from "../domain/samples/llmInferencePipeline";
import type { ThreatModel } from "../domain/schema";
import type { UnloadDraft } from "../persistence";
import { planRecovery, type RecoveryInput } from "./draftRecovery";

const stored = createLlmInferencePipelineSample("m");
const rename = (doc: ThreatModel, id: string, name: string): ThreatModel => ({
  ...doc,
  elements: doc.elements.map((e) => (e.id === id ? { ...e, name } : e)),
});
const typing = [
  {
    target: { kind: "element" as const, id: "api-gateway" },
    field: "name",
    label: "Name",
    text: "x",
    base: "API gateway",
  },
];

function draft(tabId: string, baseRevision: number, extra: Partial<UnloadDraft> = {}): UnloadDraft {
  return {
    modelId: "m",
    tabId,
    baseRevision,
    writtenAt: "2026-01-01T00:00:00.000Z",
    changes: diffDocuments(stored, rename(stored, "api-gateway", `by ${tabId}`)),
    typing: [],
    ...extra,
  };
}

const input = (drafts: UnloadDraft[], extra: Partial<RecoveryInput> = {}): RecoveryInput => ({
  stored,
  revision: 5,
  savedBy: null,
  drafts,
  tabId: "me",
  alive: new Set(["me"]),
  ...extra,
});

describe("planRecovery", () => {
  it("restores changes made on the stored revision", () => {
    const plan = planRecovery(input([draft("gone", 5)]));
    expect(plan.restore?.tabId).toBe("gone");
    expect(plan.conflict).toBeNull();
  });

  it("restores over the next revision only when the draft's own tab wrote it", () => {
    expect(planRecovery(input([draft("gone", 4)], { savedBy: "gone" })).restore?.tabId).toBe(
      "gone",
    );
    const other = planRecovery(input([draft("gone", 4)], { savedBy: "someone-else" }));
    expect(other.restore).toBeNull();
    expect(other.conflict?.tabId).toBe("gone");
    // Unknown writer, older base: a conflict, never a silent overwrite.
    expect(planRecovery(input([draft("gone", 4)])).conflict?.tabId).toBe("gone");
    expect(planRecovery(input([draft("gone", 3)], { savedBy: "gone" })).conflict?.tabId).toBe(
      "gone",
    );
  });

  it("leaves live tabs' drafts alone, and takes this tab's own", () => {
    const plan = planRecovery(
      input([draft("alive", 5), draft("me", 5, { writtenAt: "2025-01-01T00:00:00.000Z" })], {
        alive: new Set(["me", "alive"]),
      }),
    );
    expect(plan.skipped).toEqual(["alive"]);
    expect(plan.restore?.tabId).toBe("me");
    // Nothing known about liveness: every draft counts as abandoned.
    expect(planRecovery(input([draft("x", 5)], { alive: null })).restore?.tabId).toBe("x");
  });

  it("drops drafts already stored, and handles the newest of several", () => {
    const saved = draft("gone", 4, { changes: diffDocuments(stored, stored) });
    const plan = planRecovery(
      input([
        saved,
        draft("old", 5, { writtenAt: "2025-01-01T00:00:00.000Z" }),
        draft("new", 5, { writtenAt: "2026-02-01T00:00:00.000Z" }),
      ]),
    );
    expect(plan.discard).toEqual(["gone"]);
    expect(plan.restore?.tabId).toBe("new");
  });

  it("brings typing back with its changes, or alone", () => {
    expect(planRecovery(input([draft("gone", 4, { typing })])).typing).toEqual(typing);
    const alone = planRecovery(input([draft("gone", 1, { changes: null, typing })]));
    expect(alone).toMatchObject({ restore: null, conflict: null, typing, discard: ["gone"] });
  });
});
