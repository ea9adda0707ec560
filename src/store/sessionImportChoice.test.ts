import { describe, expect, it } from "vitest";
import { createEmptyModel } from "../domain/document";
import { freshStorage, memoryDraftStorage, openTab } from "../persistence/testSupport";
import { TabSync } from "../persistence";
import { commands } from "./commands";
import { createEditorStore } from "./editorStore";
import { createPendingEdits } from "./pendingEdits";
import { createSession } from "./session";

let tabs = 0;

function startTab(storage = freshStorage()) {
  const editor = createEditorStore();
  const session = createSession({
    db: openTab(storage),
    editor,
    tabSync: new TabSync({ channelFactory: () => null }),
    watchPageLifecycle: false,
    draftStorage: memoryDraftStorage(),
    pendingEdits: createPendingEdits(),
    identity: {
      tabId: `tab-${++tabs}`,
      previousTabId: null,
      liveness: { aliveTabs: async () => new Set() },
    },
  });
  return { editor, session, storage };
}

describe("session: import and backup", () => {
  it("stores a new model and opens it", async () => {
    const { editor, session } = startTab();
    await session.start();
    const model = createEmptyModel({ id: "imported", name: "Imported" });
    const result = await session.importModels([model], "copy");
    expect(result.ok).toBe(true);
    expect(editor.getState().doc?.id).toBe("imported");
    expect(session.store.getState().models.map((m) => m.id)).toContain("imported");
  });

  it("imports a taken id as a copy, leaving the stored model as it was", async () => {
    const { editor, session } = startTab();
    await session.start();
    const open = editor.getState().doc!;
    const incoming = { ...open, name: "Changed elsewhere", elements: [], flows: [] };
    const result = await session.importModels([incoming], "copy");
    if (!result.ok) throw new Error(result.message);
    const copy = result.stored[0]!;
    expect(copy.id).not.toBe(open.id);
    expect(copy.name).toBe("Changed elsewhere (imported copy)");
    const names = session.store.getState().models.map((m) => m.name);
    expect(names).toEqual(expect.arrayContaining([open.name, copy.name]));
  });

  it("replaces the open model when asked, and shows the imported version", async () => {
    const { editor, session, storage } = startTab();
    await session.start();
    const open = editor.getState().doc!;
    editor.getState().execute(commands.nudge(["api-gateway"], { x: 5, y: 0 }));
    const incoming = { ...open, name: "Replaced", elements: [], flows: [] };
    const result = await session.importModels([incoming], "replace");
    expect(result.ok).toBe(true);
    expect(editor.getState().doc?.name).toBe("Replaced");
    expect(session.store.getState().models.filter((m) => m.id === open.id)).toHaveLength(1);

    const again = startTab(storage);
    await again.session.start();
    expect(again.editor.getState().doc).toMatchObject({
      id: open.id,
      name: "Replaced",
      elements: [],
    });
  });

  it("reads every stored model back for a backup, and a backup restores them all", async () => {
    const { session } = startTab();
    await session.start();
    await session.createModel({ name: "Second" });
    const { models, unreadable } = await session.readAllModels();
    expect(unreadable).toEqual([]);
    expect(models).toHaveLength(2);

    const elsewhere = startTab();
    await elsewhere.session.start();
    for (const m of elsewhere.session.store.getState().models)
      await elsewhere.session.deleteModel(m.id);
    const result = await elsewhere.session.importModels(models, "copy");
    expect(result.ok).toBe(true);
    expect(
      elsewhere.session.store
        .getState()
        .models.map((m) => m.id)
        .sort(),
    ).toEqual(models.map((m) => m.id).sort());
  });
});
