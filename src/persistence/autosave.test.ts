import { Dexie } from "dexie";
import { IDBObjectStore } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createEmptyModel } from "../domain/document";
import type { ThreatModel } from "../domain/schema";
import { AutosaveController, type AutosaveRepository, type AutosaveStatus } from "./autosave";
import { createDatabase, type ThreatCanvasDb } from "./db";
import { ModelRepository, type LoadResult, type SaveResult } from "./modelRepository";
import { summarize } from "./summary";
import { freshStorage, openTab } from "./testSupport";

/** An in-memory repository that records saves and can fail or hold them. */
class FakeRepository implements AutosaveRepository {
  saves: { doc: ThreatModel; base: number | null }[] = [];
  revision = 1;
  stored: ThreatModel;
  failures: unknown[] = [];
  private held: (() => void)[] = [];
  holdSaves = false;

  constructor(model: ThreatModel) {
    this.stored = model;
  }

  async saveModel(doc: ThreatModel, base: number | null): Promise<SaveResult> {
    if (this.holdSaves) await new Promise<void>((resolve) => this.held.push(resolve));
    this.saves.push({ doc, base });
    const failure = this.failures.shift();
    if (failure !== undefined) throw failure;
    if (base !== this.revision) return { status: "conflict", storedRevision: this.revision };
    this.revision += 1;
    this.stored = doc;
    return {
      status: "saved",
      revision: this.revision,
      summary: summarize(doc, this.revision, new Date().toISOString()),
    };
  }

  async loadModel(id: string): Promise<LoadResult> {
    return {
      status: "loaded",
      model: { ...this.stored, id },
      revision: this.revision,
      kindChanges: [],
    };
  }

  release(): void {
    this.holdSaves = false;
    for (const resolve of this.held.splice(0)) resolve();
  }
}

function edit(model: ThreatModel, name: string): ThreatModel {
  return { ...model, name };
}

function setup(options?: { debounceMs?: number; maxWaitMs?: number }) {
  const model = createEmptyModel({ name: "v0" });
  const repo = new FakeRepository(model);
  const controller = new AutosaveController(repo, { model, revision: 1 }, options);
  const states: AutosaveStatus[] = [];
  controller.subscribe((s) => states.push(s));
  return { model, repo, controller, states };
}

/** Let promise callbacks run (fake timers do not fake microtasks). */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

describe("AutosaveController timing", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("debounces a burst of changes into one save of the newest document", async () => {
    const { model, repo, controller } = setup();
    const v1 = edit(model, "v1");
    const v2 = edit(v1, "v2");
    const v3 = edit(v2, "v3");
    controller.schedule(v1);
    expect(controller.getStatus()).toMatchObject({ state: "saving", unsavedChanges: true });
    await vi.advanceTimersByTimeAsync(100);
    controller.schedule(v2);
    await vi.advanceTimersByTimeAsync(100);
    controller.schedule(v3);
    await vi.advanceTimersByTimeAsync(299);
    expect(repo.saves).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    await settle();
    expect(repo.saves).toEqual([{ doc: v3, base: 1 }]);
    expect(controller.getStatus()).toMatchObject({
      state: "saved",
      revision: 2,
      unsavedChanges: false,
    });
    expect(controller.getStatus().lastSavedAt).not.toBeNull();
  });

  it("saves within one second while changes keep coming", async () => {
    const { model, repo, controller } = setup();
    let doc = model;
    const savedAt: number[] = [];
    const start = Date.now();
    for (let t = 0; t < 3000; t += 100) {
      doc = edit(doc, `at ${t}`);
      controller.schedule(doc);
      const before = repo.saves.length;
      await vi.advanceTimersByTimeAsync(100);
      if (repo.saves.length > before) savedAt.push(Date.now() - start);
    }
    expect(savedAt[0]).toBeLessThanOrEqual(1000);
    savedAt.slice(1).forEach((t, i) => expect(t - savedAt[i]!).toBeLessThanOrEqual(1000));
    expect(savedAt.length).toBeGreaterThanOrEqual(3);
    // The last change is saved once the burst stops.
    await vi.advanceTimersByTimeAsync(1000);
    expect(repo.saves.at(-1)?.doc).toBe(doc);
  });

  it("flush saves immediately and resolves once stored", async () => {
    const { model, repo, controller } = setup();
    const v1 = edit(model, "v1");
    controller.schedule(v1);
    const status = await controller.flush();
    expect(status).toMatchObject({ state: "saved", revision: 2 });
    expect(repo.saves).toEqual([{ doc: v1, base: 1 }]);
    // The debounce timer was cancelled: no second save later.
    await vi.advanceTimersByTimeAsync(2000);
    expect(repo.saves).toHaveLength(1);
  });

  it("never saves the same unchanged document object twice", async () => {
    const { model, repo, controller } = setup();
    controller.schedule(model); // the loaded document: nothing to do
    await vi.advanceTimersByTimeAsync(1000);
    expect(repo.saves).toHaveLength(0);
    expect(controller.getStatus().state).toBe("saved");

    const v1 = edit(model, "v1");
    controller.schedule(v1);
    await controller.flush();
    controller.schedule(v1);
    await controller.flush();
    await vi.advanceTimersByTimeAsync(1000);
    expect(repo.saves).toHaveLength(1);
  });

  it("undo back to the stored document cancels the pending save", async () => {
    const { model, repo, controller } = setup();
    controller.schedule(edit(model, "v1"));
    controller.schedule(model);
    expect(controller.getStatus()).toMatchObject({ state: "saved", unsavedChanges: false });
    await vi.advanceTimersByTimeAsync(1000);
    expect(repo.saves).toHaveLength(0);
  });

  it("keeps one save in flight and chains the next on the new revision", async () => {
    const { model, repo, controller } = setup();
    repo.holdSaves = true;
    const v1 = edit(model, "v1");
    controller.schedule(v1);
    await vi.advanceTimersByTimeAsync(300);
    const v2 = edit(v1, "v2");
    controller.schedule(v2);
    await vi.advanceTimersByTimeAsync(1000); // v2's timer fires while v1 is still being written
    expect(repo.saves).toHaveLength(0);
    repo.release();
    await settle();
    await controller.flush();
    expect(repo.saves).toEqual([
      { doc: v1, base: 1 },
      { doc: v2, base: 2 },
    ]);
    expect(controller.getStatus()).toMatchObject({ state: "saved", revision: 3 });
  });

  it("an undo made during a save is still stored", async () => {
    const { model, repo, controller } = setup();
    repo.holdSaves = true;
    const v1 = edit(model, "v1");
    controller.schedule(v1);
    await vi.advanceTimersByTimeAsync(300);
    controller.schedule(model); // undo while v1 is being written
    repo.release();
    await settle();
    await controller.flush();
    expect(repo.saves.map((s) => s.doc)).toEqual([v1, model]);
    expect(repo.stored).toBe(model);
    expect(controller.getStatus()).toMatchObject({ state: "saved", unsavedChanges: false });
  });

  it("quota exceeded: status failed with a quota message, document kept and retried", async () => {
    const { model, repo, controller } = setup();
    repo.failures.push(new DOMException("The quota has been exceeded.", "QuotaExceededError"));
    const v1 = edit(model, "v1");
    controller.schedule(v1);
    await vi.advanceTimersByTimeAsync(300);
    await settle();
    expect(controller.getStatus()).toMatchObject({
      state: "failed",
      errorKind: "quota",
      unsavedChanges: true,
    });
    expect(controller.getStatus().message).toMatch(/storage .* is full/);

    // Nothing retries behind the user's back...
    await vi.advanceTimersByTimeAsync(5000);
    expect(repo.saves).toHaveLength(1);
    // ...but the next change does, with the newest document and the same base revision.
    const v2 = edit(v1, "v2");
    controller.schedule(v2);
    expect(controller.getStatus().state).toBe("failed"); // stays visible until a save succeeds
    await vi.advanceTimersByTimeAsync(300);
    await settle();
    expect(repo.saves.at(-1)).toEqual({ doc: v2, base: 1 });
    expect(controller.getStatus()).toMatchObject({ state: "saved", errorKind: null, revision: 2 });
  });

  it("a failed save is retried by flush", async () => {
    const { model, repo, controller } = setup();
    repo.failures.push(
      new Dexie.AbortError("Transaction aborted", new DOMException("full", "QuotaExceededError")),
    );
    const v1 = edit(model, "v1");
    controller.schedule(v1);
    expect(await controller.flush()).toMatchObject({ state: "failed", errorKind: "quota" });
    expect(await controller.flush()).toMatchObject({ state: "saved", revision: 2 });
    expect(repo.saves.map((s) => s.doc)).toEqual([v1, v1]);
  });

  it("other errors are reported with their message and retried the same way", async () => {
    const { model, repo, controller } = setup();
    repo.failures.push(new Error("disk on fire"));
    controller.schedule(edit(model, "v1"));
    const status = await controller.flush();
    expect(status).toMatchObject({ state: "failed", errorKind: "other" });
    expect(status.message).toContain("disk on fire");
  });

  it("publishes status changes to subscribers until unsubscribed", async () => {
    const { model, controller, states } = setup();
    controller.schedule(edit(model, "v1"));
    await controller.flush();
    expect(states.map((s) => s.state)).toEqual(["saving", "saved"]);
    controller.dispose();
    controller.schedule(edit(model, "v2"));
    expect(states).toHaveLength(2);
  });

  // Issue 11, item 1: saves were never validated, so a document the loader refuses was stored and
  // the model could not be opened again.
  it("never writes a document the loader would refuse; says why and keeps it in the tab", async () => {
    const { model, repo, controller } = setup();
    const broken = {
      ...model,
      elements: [{ id: "x", type: "process", position: { x: 0, y: 0 }, parentId: "nowhere" }],
    } as unknown as ThreatModel;
    controller.schedule(broken);
    const status = await controller.flush();
    expect(repo.saves).toHaveLength(0);
    expect(status).toMatchObject({ state: "failed", errorKind: "invalid", unsavedChanges: true });
    expect(status.message).toMatch(
      /^Not saved: this version of the model would not open again \(elements\[0\]\.parentId: refers to "nowhere"/,
    );
    // The next valid version is saved.
    controller.schedule(edit(model, "fixed"));
    expect(await controller.flush()).toMatchObject({ state: "saved" });
    expect(repo.saves.map((s) => s.doc.name)).toEqual(["fixed"]);
  });

  it("records which tab wrote each revision", async () => {
    const model = createEmptyModel({ name: "v0" });
    const repo = new FakeRepository(model);
    const calls: unknown[] = [];
    const original = repo.saveModel.bind(repo);
    repo.saveModel = (doc, base, options?: { savedBy?: string }) => {
      calls.push(options);
      return original(doc, base);
    };
    const controller = new AutosaveController(repo, { model, revision: 1 }, { savedBy: "tab-7" });
    controller.schedule(edit(model, "v1"));
    await controller.flush();
    expect(calls).toEqual([{ savedBy: "tab-7" }]);
  });

  it("refuses a document of another model", () => {
    const { controller } = setup();
    expect(() => controller.schedule(createEmptyModel())).toThrow(
      /create a controller per open model/,
    );
  });
});

describe("AutosaveController on a real database", () => {
  const opened: ThreatCanvasDb[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    for (const db of opened.splice(0)) db.close();
  });

  function tab(storage: ReturnType<typeof freshStorage>): ModelRepository {
    const db = openTab(storage);
    opened.push(db);
    return new ModelRepository(db);
  }

  async function twoTabs() {
    const storage = freshStorage();
    const repoA = tab(storage);
    const repoB = tab(storage);
    const { model, revision } = await repoA.createModel(createEmptyModel({ name: "shared" }));
    const loadedB = await repoB.loadModel(model.id);
    if (loadedB.status !== "loaded") throw new Error("load failed");
    const a = new AutosaveController(repoA, { model, revision });
    const b = new AutosaveController(repoB, { model: loadedB.model, revision: loadedB.revision });
    return { model, repoA, repoB, a, b, bModel: loadedB.model };
  }

  it("a second tab gets a conflict instead of overwriting, and can load theirs", async () => {
    const { model, repoB, a, b, bModel } = await twoTabs();
    a.schedule(edit(model, "A's edit"));
    expect(await a.flush()).toMatchObject({ state: "saved", revision: 2 });

    const mine = edit(bModel, "B's edit");
    b.schedule(mine);
    const status = await b.flush();
    expect(status).toMatchObject({
      state: "conflict",
      errorKind: "conflict",
      storedRevision: 2,
      unsavedChanges: true,
    });
    expect(status.message).toMatch(/Another tab saved/);

    // While in conflict, further changes are kept but not written.
    const mine2 = edit(mine, "B's second edit");
    b.schedule(mine2);
    expect(await b.flush()).toMatchObject({ state: "conflict" });
    const stored = await repoB.loadModel(model.id);
    expect(stored.status === "loaded" && stored.model.name).toBe("A's edit");

    const resolution = await b.resolveConflict("reload");
    expect(resolution.outcome).toBe("reloaded");
    if (resolution.outcome !== "reloaded") return;
    expect(resolution.model.name).toBe("A's edit");
    expect(resolution.status).toMatchObject({ state: "saved", revision: 2, unsavedChanges: false });
    // B's next edit builds on A's save.
    b.schedule(edit(resolution.model, "B after reload"));
    expect(await b.flush()).toMatchObject({ state: "saved", revision: 3 });
  });

  it("'keep mine' overwrites the revision it was told about, not a newer one", async () => {
    const { model, repoA, a, b, bModel } = await twoTabs();
    a.schedule(edit(model, "A1"));
    await a.flush();
    const mine = edit(bModel, "B");
    b.schedule(mine);
    await b.flush();

    const resolved = await b.resolveConflict("overwrite");
    expect(resolved).toMatchObject({
      outcome: "overwritten",
      status: { state: "saved", revision: 3 },
    });
    const stored = await repoA.loadModel(model.id);
    expect(stored.status === "loaded" && stored.model.name).toBe("B");

    // Now A is behind: its next save conflicts in turn.
    a.schedule(edit(model, "A2"));
    expect(await a.flush()).toMatchObject({ state: "conflict", storedRevision: 3 });
  });

  it("'keep mine' stores the document even if it is the one this tab saved last", async () => {
    const { model, repoA, a, b, bModel } = await twoTabs();
    b.schedule(edit(bModel, "B"));
    await b.flush(); // revision 2 is B's
    a.schedule(edit(model, "A"));
    expect(await a.flush()).toMatchObject({ state: "conflict" });
    a.schedule(model); // A undoes back to the document it loaded
    expect(a.hasUnsavedChanges()).toBe(false);
    expect(await a.resolveConflict("overwrite")).toMatchObject({
      outcome: "overwritten",
      status: { revision: 3 },
    });
    const stored = await repoA.loadModel(model.id);
    expect(stored.status === "loaded" && stored.model.name).toBe("shared");
  });

  it("a model deleted in another tab is a conflict; overwrite stores it again", async () => {
    const { model, repoA, b, bModel } = await twoTabs();
    await repoA.deleteModel(model.id);
    b.schedule(edit(bModel, "B"));
    expect(await b.flush()).toMatchObject({ state: "conflict", storedRevision: null });
    expect(b.getStatus().message).toMatch(/deleted in another tab/);
    expect(await b.resolveConflict("reload")).toMatchObject({ outcome: "deleted" });
    expect(await b.resolveConflict("overwrite")).toMatchObject({
      outcome: "overwritten",
      status: { revision: 1 },
    });
    expect((await repoA.listModels()).map((s) => s.name)).toEqual(["B"]);
  });

  it("reloadIfUnchanged adopts another tab's save only when this tab has nothing unsaved", async () => {
    const { model, a, b, bModel } = await twoTabs();
    expect(await b.reloadIfUnchanged()).toBeNull(); // nothing newer
    a.schedule(edit(model, "A1"));
    await a.flush();
    const reloaded = await b.reloadIfUnchanged();
    expect(reloaded?.model.name).toBe("A1");
    expect(b.getRevision()).toBe(2);

    a.schedule(edit(model, "A2"));
    await a.flush();
    b.schedule(edit(reloaded?.model ?? bModel, "B local"));
    expect(await b.reloadIfUnchanged()).toBeNull();
    expect(b.hasUnsavedChanges()).toBe(true);
    b.dispose();
  });

  it("a quota error from IndexedDB itself is reported as quota, then retried", async () => {
    const storage = freshStorage();
    const repo = tab(storage);
    const { model, revision } = await repo.createModel(createEmptyModel());
    const controller = new AutosaveController(repo, { model, revision });
    const put = vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(() => {
      throw new DOMException("Quota exceeded", "QuotaExceededError");
    });
    const v1 = edit(model, "v1");
    controller.schedule(v1);
    expect(await controller.flush()).toMatchObject({
      state: "failed",
      errorKind: "quota",
      unsavedChanges: true,
    });
    const stillStored = await repo.loadModel(model.id);
    expect(stillStored.status === "loaded" && stillStored.model.name).toBe(model.name);

    put.mockRestore();
    expect(await controller.flush()).toMatchObject({ state: "saved", revision: 2 });
    const stored = await repo.loadModel(model.id);
    expect(stored.status === "loaded" && stored.model).toEqual(v1);
  });

  it("IndexedDB unavailable gives a clear 'unavailable' status", async () => {
    const db = createDatabase({
      name: "blocked",
      indexedDB: {
        open: () => {
          throw new DOMException("The operation is insecure.", "SecurityError");
        },
      },
    });
    const repo = new ModelRepository(db);
    const model = createEmptyModel();
    const controller = new AutosaveController(repo, { model, revision: 1 });
    controller.schedule(edit(model, "v1"));
    const status = await controller.flush();
    expect(status).toMatchObject({
      state: "failed",
      errorKind: "unavailable",
      unsavedChanges: true,
    });
    expect(status.message).toMatch(/IndexedDB is unavailable/);
  });
});
