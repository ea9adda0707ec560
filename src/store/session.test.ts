import { describe, expect, it } from "vitest";
import { freshStorage, openTab } from "../persistence/testSupport";
import { TabSync, writeUnloadDraft, type DraftStorage } from "../persistence";
import { commands } from "./commands";
import { createEditorStore } from "./editorStore";
import { createSession } from "./session";

const noTabs = () => new TabSync({ channelFactory: () => null });

function memoryDrafts(): DraftStorage {
  const data = new Map<string, string>();
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

function startTab(
  storage: ReturnType<typeof freshStorage>,
  draftStorage: DraftStorage | null = null,
) {
  const editor = createEditorStore();
  const session = createSession({
    db: openTab(storage),
    editor,
    tabSync: noTabs(),
    watchPageLifecycle: false,
    draftStorage,
  });
  return { editor, session };
}

describe("session", () => {
  it("opens the sample on a first visit, and the same model (with edits) on the next", async () => {
    const storage = freshStorage();
    const first = startTab(storage);
    await first.session.start();
    const doc = first.editor.getState().doc!;
    expect(doc.name).toMatch(/LLM inference pipeline/);
    expect(first.session.store.getState().phase).toBe("ready");

    first.editor.getState().execute(commands.nudge(["api-gateway"], { x: 30, y: 0 }));
    first.editor.getState().execute(commands.setViewport({ x: 12, y: 34, zoom: 0.8 }));
    await first.session.flush();
    expect(first.session.store.getState().save?.state).toBe("saved");

    const second = startTab(storage);
    await second.session.start();
    const reopened = second.editor.getState().doc!;
    expect(reopened).toEqual(first.editor.getState().doc);
    expect(reopened.viewport).toEqual({ x: 12, y: 34, zoom: 0.8 });
  });

  it("creates, renames, duplicates and deletes models", async () => {
    const { editor, session } = startTab(freshStorage());
    await session.start();
    await session.createModel({ name: "Fraud detection", owner: "Risk team" });
    expect(editor.getState().doc!.name).toBe("Fraud detection");
    const fraudId = session.store.getState().openModelId!;

    expect(await session.renameModel(fraudId, "Fraud scoring")).toBeNull();
    expect(editor.getState().doc!.name).toBe("Fraud scoring");
    expect(await session.renameModel(fraudId, "   ")).toMatch(/must not be empty/);

    await session.duplicateModel(fraudId);
    await session.flush();
    await session.refreshList();
    const names = session.store.getState().models.map((m) => m.name);
    expect(names).toEqual(expect.arrayContaining(["Fraud scoring", "Copy of Fraud scoring"]));

    await session.deleteModel(fraudId);
    expect(editor.getState().doc).toBeNull();
    expect(session.store.getState().phase).toBe("empty");
    expect(session.store.getState().models.map((m) => m.id)).not.toContain(fraudId);
  });

  it("keeps working in memory, and says so, when IndexedDB is unavailable", async () => {
    const editor = createEditorStore();
    const broken = openTab(freshStorage());
    const denied = new DOMException("The user denied permission", "InvalidStateError");
    broken.open = (() => Promise.reject(denied)) as unknown as typeof broken.open;
    const session = createSession({
      db: broken,
      editor,
      tabSync: noTabs(),
      watchPageLifecycle: false,
    });
    await session.start();
    expect(session.store.getState().phase).toBe("unavailable");
    expect(session.store.getState().storageMessage).toBeTruthy();
    expect(editor.getState().doc).not.toBeNull();
  });

  it("recovers edits a closing tab could only write to the unload draft", async () => {
    const storage = freshStorage();
    const drafts = memoryDrafts();
    const first = startTab(storage, drafts);
    await first.session.start();
    const revision = first.session.store.getState().save!.revision;
    first.editor.getState().execute(commands.nudge(["api-gateway"], { x: 1, y: 0 }));
    // The tab closes before IndexedDB answers: only the synchronous draft made it.
    writeUnloadDraft(drafts, first.editor.getState().doc!, revision);

    const second = startTab(storage, drafts);
    await second.session.start();
    const gateway = second.editor.getState().doc!.elements.find((e) => e.id === "api-gateway")!;
    const original = first.editor
      .getState()
      .history.past[0]!.before.elements.find((e) => e.id === "api-gateway")!;
    expect(gateway.position.x).toBe(original.position.x + 1);
    expect(second.editor.getState().notice?.text).toMatch(/Recovered/);
    await second.session.flush();

    const third = startTab(storage, drafts);
    await third.session.start();
    expect(third.editor.getState().doc!.elements.find((e) => e.id === "api-gateway")).toEqual(
      gateway,
    );
  });
});
