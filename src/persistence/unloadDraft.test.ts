import { describe, expect, it } from "vitest";
import { applyChanges } from "../domain/changes";
import { randomModel } from "../engine/testing/randomModel";
import { createLlmInferencePipelineSample } from "../domain/samples/llmInferencePipeline";
import type { ThreatModel } from "../domain/schema";
import { memoryDraftStorage } from "./testSupport";
import {
  discardAllDrafts,
  discardDraft,
  listDrafts,
  mirroredStorage,
  writeChangesDraft,
  writeTypingDraft,
  type DraftStorage,
  type TypedText,
} from "./unloadDraft";

const rename = (doc: ThreatModel, id: string, name: string): ThreatModel => ({
  ...doc,
  elements: doc.elements.map((e) => (e.id === id ? { ...e, name } : e)),
});

const typed: TypedText = {
  target: { kind: "element", id: "api-gateway" },
  field: "name",
  label: "Name",
  text: "Edge gatew",
  base: "API gateway",
};

describe("unload draft", () => {
  const stored = createLlmInferencePipelineSample("m1");

  it("keeps only what changed over the stored revision, per tab", () => {
    const storage = memoryDraftStorage();
    const edited = rename(stored, "api-gateway", "Edge");
    expect(writeChangesDraft(storage, "tab-a", stored, 4, edited)).toBe(true);
    const [draft, ...rest] = listDrafts(storage, "m1", stored);
    expect(rest).toEqual([]);
    expect(draft).toMatchObject({ modelId: "m1", tabId: "tab-a", baseRevision: 4, typing: [] });
    expect(draft!.changes!.elements.put.map((e) => e.id)).toEqual(["api-gateway"]);
    expect(applyChanges(stored, draft!.changes!)).toEqual(edited);
    // Another tab's draft is kept next to it, never over it.
    writeChangesDraft(storage, "tab-b", stored, 4, rename(stored, "inference-logs", "Logs"));
    expect(
      listDrafts(storage, "m1", stored)
        .map((d) => d.tabId)
        .sort(),
    ).toEqual(["tab-a", "tab-b"]);
    // Nothing left to keep: the draft goes.
    writeChangesDraft(storage, "tab-a", edited, 5, edited);
    expect(listDrafts(storage, "m1", stored).map((d) => d.tabId)).toEqual(["tab-b"]);
  });

  it("stays small on a large model (one edit of 5,000 elements)", () => {
    const storage = memoryDraftStorage();
    const big = randomModel(5000, 1);
    writeChangesDraft(storage, "t", big, 1, rename(big, "el-100", "Renamed"));
    const [text] = [...storage.data.values()];
    expect(text!.length).toBeLessThan(2000);
  });

  it("copies every write to IndexedDB, and keeps one too big for localStorage there only", () => {
    const local = memoryDraftStorage();
    const mirrored = new Map<string, string | null>();
    const storage = mirroredStorage(local, (key, text) => mirrored.set(key, text));
    writeChangesDraft(storage, "t", stored, 2, rename(stored, "api-gateway", "Edge"));
    expect([...mirrored.values()]).toEqual([...local.data.values()]);
    const big = randomModel(5000, 2);
    expect(writeChangesDraft(storage, "t", null, 2, big)).toBe(true);
    expect([...local.data.keys()].some((k) => k.includes(big.id))).toBe(false);
    const [key, text] = [...mirrored.entries()].find(([k]) => k.includes(big.id))!;
    // Read back from both, the IndexedDB copy supplies it.
    const [draft] = listDrafts(local, big.id, big, [[key, text!]]);
    expect(draft!.changes!.elements.put).toHaveLength(5000);
    discardDraft(storage, big.id, "t");
    expect(mirrored.get(key)).toBeNull();
  });

  it("takes the newer of the local and the IndexedDB copy of a draft", () => {
    const local = memoryDraftStorage();
    writeChangesDraft(local, "t", stored, 2, rename(stored, "api-gateway", "Older"));
    const key = [...local.data.keys()][0]!;
    const newer = JSON.stringify({
      ...JSON.parse(local.data.get(key)!),
      writtenAt: "2999-01-01T00:00:00.000Z",
      changes: listDrafts(local, "m1", stored)[0]!.changes,
    });
    const durable = JSON.parse(newer) as {
      changes: { elements: { put: Array<{ name: string }> } };
    };
    durable.changes.elements.put[0]!.name = "Newer";
    const [draft] = listDrafts(local, "m1", stored, [[key, JSON.stringify(durable)]]);
    expect(draft!.changes!.elements.put[0]!.name).toBe("Newer");
  });

  it("keeps typing next to the changes, and both go together", () => {
    const storage = memoryDraftStorage();
    writeTypingDraft(storage, "m1", "tab-a", 4, [typed]);
    expect(listDrafts(storage, "m1", stored)).toEqual([
      expect.objectContaining({ tabId: "tab-a", changes: null, typing: [typed] }),
    ]);
    writeChangesDraft(storage, "tab-a", stored, 4, rename(stored, "api-gateway", "Edge"));
    expect(listDrafts(storage, "m1", stored)[0]).toMatchObject({ typing: [typed] });
    discardDraft(storage, "m1", "tab-a");
    expect(listDrafts(storage, "m1", stored)).toEqual([]);
    writeTypingDraft(storage, "m1", "tab-a", 4, [typed]);
    writeTypingDraft(storage, "m1", "tab-a", 4, []);
    expect(storage.data.size).toBe(0);
  });

  it("drops garbage and other models' drafts, and works without storage", () => {
    const storage = memoryDraftStorage();
    storage.setItem("threatcanvas:draft:m1:x", "{not json");
    storage.setItem("threatcanvas:draft:m1:y", JSON.stringify({ baseRevision: 1, changes: 5 }));
    storage.setItem("threatcanvas:typing:m1:z", JSON.stringify({ baseRevision: 1, typing: [{}] }));
    writeChangesDraft(storage, "t", createLlmInferencePipelineSample("m2"), 1, {
      ...createLlmInferencePipelineSample("m2"),
      name: "Other",
    });
    expect(listDrafts(storage, "m1", stored)).toEqual([]);
    expect(listDrafts(storage, "m2", stored)).toHaveLength(1);
    discardAllDrafts(storage, "m2");
    expect(listDrafts(storage, "m2", stored)).toEqual([]);
    expect(writeChangesDraft(null, "t", stored, 1, { ...stored, name: "x" })).toBe(false);
    expect(listDrafts(null, "m1", stored)).toEqual([]);
  });

  it("reads a whole-document draft left by the previous version as its changes", () => {
    const storage = memoryDraftStorage();
    const edited = rename(stored, "api-gateway", "Edge");
    storage.setItem(
      "threatcanvas:unsaved:m1",
      JSON.stringify({ baseRevision: 3, model: structuredClone(edited) }),
    );
    const [draft] = listDrafts(storage, "m1", stored);
    expect(draft).toMatchObject({ baseRevision: 3 });
    expect(draft!.changes!.elements.put.map((e) => e.id)).toEqual(["api-gateway"]);
    discardDraft(storage, "m1", draft!.tabId);
    expect(storage.data.size).toBe(0);
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
      key: () => {
        throw new Error("denied");
      },
      length: 1,
    };
    expect(writeChangesDraft(throwing, "t", stored, 1, { ...stored, name: "x" })).toBe(false);
    expect(writeTypingDraft(throwing, "m1", "t", 1, [typed])).toBe(false);
    expect(listDrafts(throwing, "m1", stored)).toEqual([]);
  });
});
