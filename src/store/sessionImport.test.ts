import { describe, expect, it } from "vitest";
import { createEmptyModel } from "../domain/document";
import { TabSync } from "../persistence";
import { freshStorage, memoryDraftStorage, openTab } from "../persistence/testSupport";
import type { ThreatModel } from "../domain/schema";
import { createEditorStore } from "./editorStore";
import { createPendingEdits } from "./pendingEdits";
import { createSession } from "./session";

/** One tab on a fresh database, started (the sample open). */
async function startedTab() {
  const storage = freshStorage();
  const editor = createEditorStore();
  const session = createSession({
    db: openTab(storage),
    editor,
    tabSync: new TabSync({ channelFactory: () => null }),
    watchPageLifecycle: false,
    draftStorage: memoryDraftStorage(),
    pendingEdits: createPendingEdits(),
    identity: {
      tabId: "tab-1",
      previousTabId: null,
      liveness: { aliveTabs: async () => new Set() },
    },
    autosave: { debounceMs: 60_000, maxWaitMs: 60_000 },
  });
  await session.start();
  return { session, editor, storage };
}

/** What an importer could build by mistake: an element whose parent is a flow. */
function brokenImport(name: string): ThreatModel {
  const model = createEmptyModel({ name });
  return {
    ...model,
    elements: [
      { id: "a", type: "process", name: "A", position: { x: 0, y: 0 }, parentId: null },
      { id: "b", type: "process", name: "B", position: { x: 200, y: 0 }, parentId: "f" },
    ] as ThreatModel["elements"],
    flows: [{ id: "f", source: "a", target: "b", label: "" }] as ThreatModel["flows"],
  };
}

describe("importing models (issue 11, item 1)", () => {
  it("stores and opens models the loader accepts", async () => {
    const { session, editor } = await startedTab();
    const outcome = await session.importModels([createEmptyModel({ name: "Imported" })]);
    expect(outcome).toMatchObject({ ok: true });
    expect(editor.getState().doc?.name).toBe("Imported");
    expect(session.store.getState().models.map((m) => m.name)).toContain("Imported");
  });

  it("refuses an import that would not open again, naming the model and the field, storing none", async () => {
    const { session, editor } = await startedTab();
    const open = editor.getState().doc;
    const before = session.store.getState().models.length;
    const outcome = await session.importModels([
      createEmptyModel({ name: "Fine one" }),
      brokenImport("Broken one"),
    ]);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toMatch(
      /^Nothing was imported: “Broken one” would not open again \(elements\[1\]\.parentId: .*"f".*\)\.$/,
    );
    // Not even the valid one: an import of several models is never stored in part.
    await session.refreshList();
    expect(session.store.getState().models).toHaveLength(before);
    expect(editor.getState().doc).toBe(open);
  });

  it("says so when nothing was chosen", async () => {
    const { session } = await startedTab();
    expect(await session.importModels([])).toEqual({
      ok: false,
      message: "The file holds no model.",
    });
  });
});
