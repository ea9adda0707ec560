import { describe, expect, it } from "vitest";
import { FakeHub, freshStorage, memoryDraftStorage, openTab } from "../persistence/testSupport";
import { TabSync, type DraftStorage } from "../persistence";
import type { ThreatModel } from "../domain/schema";
import { commands } from "./commands";
import { createEditorStore } from "./editorStore";
import { createPendingEdits } from "./pendingEdits";
import { KIND_CHANGES_ON_OPEN, createSession } from "./session";

const noTabs = () => new TabSync({ channelFactory: () => null });

/** Which "tabs" are alive, as Web Locks would tell. */
class Browser {
  readonly storage = freshStorage();
  readonly drafts = memoryDraftStorage();
  readonly alive = new Set<string>();
  readonly hub = new FakeHub();
  private count = 0;

  tab(
    options: {
      id?: string;
      drafts?: DraftStorage | null;
      channel?: boolean;
    } = {},
  ) {
    const tabId = options.id ?? `tab-${++this.count}`;
    this.alive.add(tabId);
    const editor = createEditorStore();
    const pending = createPendingEdits();
    const session = createSession({
      db: openTab(this.storage),
      editor,
      tabSync: options.channel ? new TabSync({ channelFactory: this.hub.factory }) : noTabs(),
      watchPageLifecycle: false,
      draftStorage: options.drafts === undefined ? this.drafts : options.drafts,
      pendingEdits: pending,
      identity: {
        tabId,
        previousTabId: null,
        liveness: {
          aliveTabs: async () => new Set(this.alive),
        },
      },
      // Saves only when flushed, so a "killed" tab's timers never save behind the test's back.
      autosave: { debounceMs: 60_000, maxWaitMs: 60_000 },
    });
    const kill = () => this.alive.delete(tabId);
    return { tabId, editor, session, pending, kill };
  }
}

const el = (doc: ThreatModel | null, id: string) => doc!.elements.find((e) => e.id === id)!;
const rename = (id: string, name: string) => commands.updateElement(id, { name });
const until = async (check: () => boolean, what = "condition") => {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`timed out waiting for ${what}`);
};

describe("session", () => {
  it("opens the sample on a first visit, and the same model (with edits) on the next", async () => {
    const browser = new Browser();
    const first = browser.tab();
    await first.session.start();
    const doc = first.editor.getState().doc!;
    expect(doc.name).toMatch(/LLM inference pipeline/);
    expect(first.session.store.getState().phase).toBe("ready");

    first.editor.getState().execute(commands.nudge(["api-gateway"], { x: 30, y: 0 }));
    first.editor.getState().execute(commands.setViewport({ x: 12, y: 34, zoom: 0.8 }));
    await first.session.flush();
    expect(first.session.store.getState().save?.state).toBe("saved");
    // Saved: nothing is left in the draft.
    expect(browser.drafts.data.size).toBe(0);

    const second = browser.tab();
    await second.session.start();
    const reopened = second.editor.getState().doc!;
    expect(reopened).toEqual(first.editor.getState().doc);
    expect(reopened.viewport).toEqual({ x: 12, y: 34, zoom: 0.8 });
  });

  it("creates, renames, duplicates and deletes models", async () => {
    const { editor, session } = new Browser().tab();
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
      draftStorage: null,
    });
    await session.start();
    expect(session.store.getState().phase).toBe("unavailable");
    expect(session.store.getState().storageMessage).toBeTruthy();
    expect(editor.getState().doc).not.toBeNull();
  });
});

describe("the unload draft (issue 11, items 2 and 4)", () => {
  it("is current after every committed change: a crash right after an edit loses nothing", async () => {
    const browser = new Browser();
    const first = browser.tab();
    await first.session.start();
    first.editor.getState().execute(commands.nudge(["api-gateway"], { x: 1, y: 0 }));
    const onScreen = first.editor.getState().doc!;
    // Killed before the autosave delay: no page-hide handler, no IndexedDB write.
    first.kill();

    const second = browser.tab();
    await second.session.start();
    expect(el(second.editor.getState().doc, "api-gateway")).toEqual(el(onScreen, "api-gateway"));
    expect(second.editor.getState().notice?.text).toMatch(/Recovered/);
    await second.session.flush();
    const third = browser.tab();
    await third.session.start();
    expect(el(third.editor.getState().doc, "api-gateway")).toEqual(el(onScreen, "api-gateway"));
    expect(third.session.store.getState().recovered).toBeNull();
  });

  it("a killed browser loses localStorage's last writes: the IndexedDB copy of the draft recovers", async () => {
    const browser = new Browser();
    const first = browser.tab();
    await first.session.start();
    first.editor.getState().execute(rename("api-gateway", "Edited just before the kill"));
    const db = openTab(browser.storage);
    await until(() => browser.drafts.data.size > 0, "the local draft");
    for (
      let i = 0;
      i < 100 && (await db.meta.where("key").startsWith("threatcanvas:draft:").count()) === 0;
      i++
    ) {
      await new Promise((r) => setTimeout(r, 5));
    }
    db.close();
    // Chromium had not written localStorage to disk yet.
    browser.drafts.data.clear();
    first.kill();
    const second = browser.tab();
    await second.session.start();
    expect(el(second.editor.getState().doc, "api-gateway").name).toBe(
      "Edited just before the kill",
    );
  });

  it("never recovers its own edits made while it looks for drafts", async () => {
    const browser = new Browser();
    const first = browser.tab();
    await first.session.start();
    // Another tab, still open, has a draft.
    first.editor.getState().execute(rename("api-gateway", "Unsaved in the first tab"));
    const second = browser.tab();
    // As the canvas does once it shows the model: settle the viewport, a moment later.
    const stop = second.editor.subscribe((state, previous) => {
      if (state.doc && !previous.doc) {
        stop();
        setTimeout(() => state.execute(commands.setViewport({ x: 1, y: 2, zoom: 1 })), 0);
      }
    });
    await second.session.start();
    await new Promise((r) => setTimeout(r, 20));
    expect(second.editor.getState().history.past).toEqual([]);
    expect(second.session.store.getState().recovered).toBeNull();
    expect(second.editor.getState().notice).toBeNull();
  });

  it("never takes the draft of a tab that is still open", async () => {
    const browser = new Browser();
    const first = browser.tab({ drafts: browser.drafts });
    await first.session.start();
    first.editor.getState().execute(rename("api-gateway", "Mine, not saved yet"));
    const second = browser.tab();
    await second.session.start();
    expect(el(second.editor.getState().doc, "api-gateway").name).toBe("API gateway");
    expect(second.session.store.getState().recovered).toBeNull();
    await first.session.flush();
    expect(first.session.store.getState().save?.state).toBe("saved");
  });

  // The defect: edit in A, edit in B at about the same time; B meets A's save as a conflict, B is
  // closed; the next tab took B's draft as newer and silently stored it over A's saved edit.
  it("after a conflict and a closed tab, shows the conflict instead of reverting the other tab", async () => {
    const browser = new Browser();
    const a = browser.tab();
    const b = browser.tab();
    await a.session.start();
    await b.session.start();
    a.editor.getState().execute(rename("api-gateway", "Gateway (A)"));
    b.editor.getState().execute(rename("inference-server", "Inference (B)"));
    await a.session.flush();
    await b.session.flush();
    expect(b.session.store.getState().save?.state).toBe("conflict");
    b.kill();

    const c = browser.tab();
    await c.session.start();
    // A's saved edit is what opens, and it is still what is stored.
    const shown = c.editor.getState().doc!;
    expect(el(shown, "api-gateway").name).toBe("Gateway (A)");
    expect(el(shown, "inference-server").name).toBe("GPU inference server");
    const recovered = c.session.store.getState().recovered!;
    expect(recovered).toMatchObject({ tabId: b.tabId, baseRevision: 1, storedRevision: 2 });
    expect(recovered.changes.elements.put.map((e) => e.name)).toEqual(["Inference (B)"]);

    // Applied: B's change goes over A's version, A's edit stays (one undo step).
    await c.session.applyRecovered();
    const merged = c.editor.getState().doc!;
    expect(el(merged, "api-gateway").name).toBe("Gateway (A)");
    expect(el(merged, "inference-server").name).toBe("Inference (B)");
    expect(c.session.store.getState().recovered).toBeNull();
    expect(c.editor.getState().history.past.map((e) => e.name)).toEqual([
      "Apply recovered changes",
    ]);
    await c.session.flush();
    c.kill();
    const d = browser.tab();
    await d.session.start();
    expect(d.session.store.getState().recovered).toBeNull();
    expect(el(d.editor.getState().doc, "inference-server").name).toBe("Inference (B)");
  });

  it("discarding the recovered changes keeps the stored version, and they are not offered again", async () => {
    const browser = new Browser();
    const a = browser.tab();
    const b = browser.tab();
    await a.session.start();
    await b.session.start();
    a.editor.getState().execute(rename("api-gateway", "Gateway (A)"));
    b.editor.getState().execute(rename("api-gateway", "Gateway (B)"));
    await a.session.flush();
    await b.session.flush();
    b.kill();
    const c = browser.tab();
    await c.session.start();
    expect(c.session.store.getState().recovered).not.toBeNull();
    // Until decided, the draft stays (closing this tab now loses nothing either).
    expect(JSON.parse(c.session.downloads.recovered()).changes.elements.put[0].name).toBe(
      "Gateway (B)",
    );
    c.session.discardRecovered();
    expect(el(c.editor.getState().doc, "api-gateway").name).toBe("Gateway (A)");
    c.kill();
    const d = browser.tab();
    await d.session.start();
    expect(d.session.store.getState().recovered).toBeNull();
  });

  it("does not offer a draft whose save landed just as the tab died", async () => {
    const browser = new Browser();
    const a = browser.tab();
    await a.session.start();
    a.editor.getState().execute(rename("api-gateway", "First"));
    await a.session.flush();
    // A second edit whose save lands, but the tab dies before it hears so (its draft still says
    // it was made on the previous revision).
    const draftBefore = new Map(browser.drafts.data);
    a.editor.getState().execute(rename("inference-logs", "Second"));
    const draftAfterEdit = new Map(browser.drafts.data);
    await a.session.flush();
    browser.drafts.data.clear();
    for (const [k, v] of draftAfterEdit) browser.drafts.data.set(k, v);
    expect(draftBefore.size).toBe(0);
    a.kill();
    const b = browser.tab();
    await b.session.start();
    expect(b.session.store.getState().recovered).toBeNull();
    expect(el(b.editor.getState().doc, "inference-logs").name).toBe("Second");
  });
});

describe("uncommitted typing and other tabs' saves (issue 11, item 3)", () => {
  it("keeps typed text in the draft and puts it back into its field, uncommitted", async () => {
    const browser = new Browser();
    const a = browser.tab();
    await a.session.start();
    const modelId = a.session.store.getState().openModelId!;
    a.pending.set({
      modelId,
      target: { kind: "element", id: "api-gateway" },
      field: "name",
      label: "Name",
      text: "Edge gatew",
      base: "API gateway",
    });
    a.kill();
    const b = browser.tab();
    await b.session.start();
    expect(b.editor.getState().selection).toEqual(["api-gateway"]);
    const restored = b.pending.peekRestored(modelId, {
      target: { kind: "element", id: "api-gateway" },
      field: "name",
    });
    expect(restored).toMatchObject({ text: "Edge gatew", base: "API gateway" });
    // Not applied: the document still has the old name until the user commits.
    expect(el(b.editor.getState().doc, "api-gateway").name).toBe("API gateway");
    expect(b.editor.getState().notice?.text).toMatch(/Recovered what you were typing in Name/);
    // It is in this tab's own draft now.
    expect(b.pending.of(modelId)).toHaveLength(1);
  });

  it("follows another tab's save around the field being typed in, keeping undo and selection", async () => {
    const browser = new Browser();
    const a = browser.tab({ channel: true });
    const b = browser.tab({ channel: true });
    await a.session.start();
    await b.session.start();
    const modelId = a.session.store.getState().openModelId!;
    a.editor.getState().execute(rename("inference-logs", "Logs (A)"));
    await a.session.flush();
    await until(() => el(b.editor.getState().doc, "inference-logs").name === "Logs (A)", "B");
    a.editor.getState().select(["api-gateway"]);
    a.pending.set({
      modelId,
      target: { kind: "element", id: "api-gateway" },
      field: "name",
      label: "Name",
      text: "typing…",
      base: "API gateway",
    });
    b.editor.getState().execute(rename("inference-server", "Inference (B)"));
    await b.session.flush();
    await until(
      () => el(a.editor.getState().doc, "inference-server").name === "Inference (B)",
      "A to follow",
    );
    expect(a.editor.getState().selection).toEqual(["api-gateway"]);
    expect(a.pending.of(modelId)[0]!.text).toBe("typing…");
    expect(a.editor.getState().history.past).toHaveLength(1);
    a.editor.getState().undo();
    expect(el(a.editor.getState().doc, "inference-logs").name).toBe("Inference log store");
    expect(el(a.editor.getState().doc, "inference-server").name).toBe("Inference (B)");
  });

  it("waits, and says so, when the other tab removed what is being typed into", async () => {
    const browser = new Browser();
    const a = browser.tab({ channel: true });
    const b = browser.tab({ channel: true });
    await a.session.start();
    await b.session.start();
    const modelId = a.session.store.getState().openModelId!;
    a.pending.set({
      modelId,
      target: { kind: "element", id: "api-gateway" },
      field: "description",
      label: "Description",
      text: "half a sentence",
      base: "",
    });
    const before = a.editor.getState().doc;
    b.editor.getState().execute(commands.deleteItems(["api-gateway"]));
    await b.session.flush();
    await until(() => a.session.store.getState().changedElsewhere, "the banner");
    expect(a.editor.getState().doc).toBe(before);
  });
});

describe("a stored model the loader refuses (issue 11, item 1)", () => {
  it("is never a dead end: it opens with the offending items set aside, kept and listed", async () => {
    const browser = new Browser();
    const first = browser.tab();
    await first.session.start();
    const id = first.session.store.getState().openModelId!;
    await first.session.flush();
    first.kill();
    // What an older version could store: a parent that is a flow, and an element past the limit.
    const db = openTab(browser.storage);
    const row = (await db.documents.get(id))!.doc as ThreatModel;
    const damaged = {
      ...row,
      unknownKey: "kept",
      elements: row.elements.map((e) =>
        e.id === "inference-logs" ? { ...e, parentId: "flow-logs" } : e,
      ),
      flows: [...row.flows, { id: "dangling", source: "api-gateway", target: "gone" }],
    };
    await db.documents.put({ id, doc: damaged });
    db.close();

    const second = browser.tab();
    await second.session.start();
    const state = second.session.store.getState();
    expect(state.damaged).toMatchObject({ id, name: "LLM inference pipeline (sample)" });
    expect(state.damaged!.errors.join("\n")).toMatch(/parentId: refers to "flow-logs"/);
    const salvage = state.damaged!.salvage;
    if (!salvage.ok) throw new Error("not salvageable");
    const logsIndex = row.elements.findIndex((e) => e.id === "inference-logs");
    expect(salvage.setAside.map((s) => s.path).sort()).toEqual(
      [`elements[${logsIndex}].parentId`, `flows[${row.flows.length}]`].sort(),
    );
    expect(JSON.parse(second.session.downloads.damaged()).stored.unknownKey).toBe("kept");

    expect(await second.session.openRepaired(id)).toBe(true);
    const after = second.session.store.getState();
    expect(after.damaged).toBeNull();
    expect(after.openModelId).toBe(id);
    expect(after.setAside?.items.map((s) => s.id).sort()).toEqual(["dangling", "inference-logs"]);
    const doc = second.editor.getState().doc as ThreatModel & { unknownKey?: string };
    expect(doc.unknownKey).toBe("kept");
    expect(el(doc, "inference-logs").parentId).toBeNull();
    second.kill();

    // It opens plainly from now on, and what was set aside is still offered until discarded.
    const third = browser.tab();
    await third.session.start();
    expect(third.session.store.getState().damaged).toBeNull();
    expect(third.session.store.getState().setAside?.items).toHaveLength(2);
    const download = JSON.parse(third.session.downloads.setAside()) as {
      items: Array<{ id: string; value: unknown }>;
    };
    expect(download.items.find((i) => i.id === "dangling")!.value).toMatchObject({
      source: "api-gateway",
      target: "gone",
    });
    await third.session.discardSetAside();
    third.kill();
    const fourth = browser.tab();
    await fourth.session.start();
    expect(fourth.session.store.getState().setAside).toBeNull();
  });
});

describe("a stored model whose ML kinds do not fit their element types", () => {
  it("opens fitted, and the notice says which", async () => {
    const browser = new Browser();
    const first = browser.tab();
    await first.session.start();
    const id = first.session.store.getState().openModelId!;
    await first.session.flush();
    // As an older version may have stored it: an external entity marked as an LLM.
    const db = openTab(browser.storage);
    const row = (await db.documents.get(id))!;
    const doc = row.doc as { elements: Array<{ id: string; type: string; mlKind?: string }> };
    const entity = doc.elements.find((e) => e.type === "externalEntity")!;
    entity.mlKind = "llm";
    await db.documents.put(row);
    db.close();
    first.kill();

    const second = browser.tab();
    await second.session.start();
    expect(el(second.editor.getState().doc, entity.id)).toMatchObject({
      mlKind: "third-party-ai-api",
    });
    const notice = second.editor.getState().notice;
    expect(notice?.text).toContain(KIND_CHANGES_ON_OPEN);
    expect(notice?.kindChanges).toMatchObject([
      { elementId: entity.id, from: "llm", to: "third-party-ai-api" },
    ]);
  });
});
