import { describe, expect, it } from "vitest";
import { createLlmInferencePipelineSample } from "../domain/samples/llmInferencePipeline";
import { draftIsNewer, takeUnloadDraft, writeUnloadDraft, type DraftStorage } from "./unloadDraft";

function memoryStorage(): DraftStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

describe("unload draft", () => {
  const stored = createLlmInferencePipelineSample("m1");
  const edited = { ...stored, name: "Edited", updatedAt: "2999-01-01T00:00:00.000Z" };

  it("round-trips the unsaved document once, then is gone", () => {
    const storage = memoryStorage();
    expect(writeUnloadDraft(storage, edited, 4)).toBe(true);
    const draft = takeUnloadDraft(storage, "m1");
    expect(draft).toEqual({ model: edited, baseRevision: 4 });
    expect(takeUnloadDraft(storage, "m1")).toBeNull();
  });

  it("drops garbage, another model's document, and works without storage", () => {
    const storage = memoryStorage();
    storage.setItem("threatcanvas:unsaved:m1", "{not json");
    expect(takeUnloadDraft(storage, "m1")).toBeNull();
    storage.setItem(
      "threatcanvas:unsaved:m1",
      JSON.stringify({ baseRevision: 1, model: { x: 1 } }),
    );
    expect(takeUnloadDraft(storage, "m1")).toBeNull();
    writeUnloadDraft(storage, edited, 1);
    expect(takeUnloadDraft(storage, "other")).toBeNull();
    expect(writeUnloadDraft(null, edited, 1)).toBe(false);
    expect(takeUnloadDraft(null, "m1")).toBeNull();
  });

  it("survives a storage that throws (quota, privacy mode)", () => {
    const throwing: DraftStorage = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new DOMException("full", "QuotaExceededError");
      },
      removeItem: () => undefined,
    };
    expect(writeUnloadDraft(throwing, edited, 1)).toBe(false);
    expect(takeUnloadDraft(throwing, "m1")).toBeNull();
  });

  it("is applied only when newer than what is stored and no other tab saved since", () => {
    const draft = { model: edited, baseRevision: 4 };
    expect(draftIsNewer(draft, stored, 4)).toBe(true);
    expect(draftIsNewer(draft, stored, 5)).toBe(true); // its own save landed, maybe partly
    expect(draftIsNewer(draft, stored, 6)).toBe(false); // another tab saved after it
    expect(draftIsNewer({ model: stored, baseRevision: 4 }, edited, 4)).toBe(false);
  });
});
