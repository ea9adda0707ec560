import "./strictCsp";
import { createStore } from "zustand/vanilla";
import { useStore } from "zustand";
import { applyChanges } from "../domain/changes";
import { createEmptyModel } from "../domain/document";
import { newId } from "../domain/ids";
import type { ThreatModel } from "../domain/schema";
import type { UserTemplates } from "../persistence/userTemplates";
import {
  AutosaveController,
  ModelRepository,
  TabSync,
  claimTabId,
  clearChangesDraft,
  clearMemoryDraft,
  describeError,
  discardAllDrafts,
  discardDraft,
  DurableDrafts,
  getDefaultDatabase,
  listDrafts,
  mirroredStorage,
  onPageHidden,
  pageDraftStorage,
  readMemoryDraft,
  toPersistenceError,
  writeChangesDraft,
  writeMemoryDraft,
  writeTypingDraft,
  type AutosaveStatus,
  type DraftStorage,
  type ModelSummary,
  type TabLiveness,
  type ThreatCanvasDb,
  type UnloadDraft,
} from "../persistence";
import { commands } from "./commands";
import { refusedImports } from "./importCheck";
import { planRecovery } from "./draftRecovery";
import { editorStore, type EditorStore } from "./editorStore";
import { pendingEdits as defaultPendingEdits, type PendingEdits } from "./pendingEdits";
import {
  applyRecovered,
  bringIn,
  damagedModel,
  discardRecovered,
  downloadableJson,
  recoveredFrom,
  repairDamaged,
  restoreTyping,
  type RecoveryContext,
  type RecoveryState,
} from "./sessionRecovery";
import { planImport, type ConflictChoice } from "./importPlan";

/**
 * The session: which model is open, the model list, saving, other tabs, and recovery. It connects
 * the editor store (the open document) to persistence; neither knows about the other.
 */
export interface SessionState extends RecoveryState {
  phase: "starting" | "ready" | "empty" | "unavailable";
  models: ModelSummary[];
  openModelId: string | null;
  save: AutosaveStatus | null;
  /** Other tabs that have the open model open too. */
  otherTabs: number;
  /** Another tab saved the open model while this one had unsaved changes (or was typing). */
  changedElsewhere: boolean;
  /** Why storage cannot be used, when it cannot. */
  storageMessage: string | null;
  /** Last error of a model-list action (open, delete ...), shown in the list. */
  listError: string | null;
}

/** Who this tab is, for drafts: tests pass a fixed identity. */
export interface TabIdentity {
  tabId: string;
  /** The id this tab had before it was reloaded, when it could not keep it. */
  previousTabId: string | null;
  liveness: TabLiveness;
}

export interface SessionDeps {
  db?: ThreatCanvasDb;
  editor?: EditorStore;
  tabSync?: TabSync;
  /** Register the page-hidden flush (off in unit tests). */
  watchPageLifecycle?: boolean;
  /** Where unsaved changes are kept synchronously (localStorage by default). */
  draftStorage?: DraftStorage | null;
  pendingEdits?: PendingEdits;
  identity?: TabIdentity;
  /** Autosave delays (tests). */
  autosave?: { debounceMs?: number; maxWaitMs?: number };
  /** How long to wait for the lock of this tab's previous page to go, after a reload. */
  previousTabWaitMs?: number;
}

export type Session = ReturnType<typeof createSession>;

/** Said when a stored model opens with ML kinds fitted to their element types (listed below it). */
export const KIND_CHANGES_ON_OPEN =
  "Some ML kinds in this model did not fit their element type and were changed:";

export function createSession(deps: SessionDeps = {}) {
  const editor = deps.editor ?? editorStore;
  const tabSync = deps.tabSync ?? new TabSync();
  const local = deps.draftStorage === undefined ? pageDraftStorage() : deps.draftStorage;
  const pending = deps.pendingEdits ?? defaultPendingEdits;
  let identity: TabIdentity | null = deps.identity ?? null;
  let repo: ModelRepository | null = null;
  let controller: AutosaveController | null = null;
  let stopStatus: (() => void) | null = null;

  const store = createStore<SessionState>()(() => ({
    phase: "starting",
    models: [],
    openModelId: null,
    save: null,
    otherTabs: 0,
    changedElsewhere: false,
    storageMessage: null,
    listError: null,
    recovered: null,
    damaged: null,
    setAside: null,
  }));

  const repository = (): ModelRepository => {
    repo ??= new ModelRepository(deps.db ?? getDefaultDatabase(), {
      onChange: (change) => tabSync.announce(change),
    });
    return repo;
  };
  const tabId = (): string => (identity ??= fallbackIdentity()).tabId;
  // Drafts go to localStorage (synchronous: survives a crashed page) and to IndexedDB too
  // (survives a killed browser, whose localStorage can lag seconds behind).
  const durable = new DurableDrafts(repository);
  const drafts = mirroredStorage(local, (key, text) => {
    if (store.getState().phase !== "unavailable") durable.set(key, text);
  });
  const recovery: RecoveryContext = { store, editor, repository, drafts, pending, tabId };

  async function refreshList(): Promise<void> {
    try {
      store.setState({ models: await repository().listModels() });
    } catch (error) {
      storageFailed(error);
    }
  }

  function storageFailed(error: unknown): void {
    const failure = toPersistenceError(error);
    if (failure.kind === "unavailable") {
      store.setState({ phase: "unavailable", storageMessage: describeError("unavailable", error) });
    } else {
      store.setState({ listError: failure.message });
    }
  }

  // --- The unload draft: kept current on every committed change, not only when the page hides --

  /** Write what the open document changed over the stored revision (or clear it). ~µs per edit. */
  function keepDraft(): void {
    const doc = editor.getState().doc;
    if (!controller || !doc || doc.id !== controller.modelId) return;
    if (!controller.hasUnsavedChanges()) {
      clearChangesDraft(drafts, doc.id, tabId());
      return;
    }
    const stored = controller.getStoredDocument();
    // While another tab's version is being overwritten, what is stored is not known: the draft
    // made on the previous revision stays (it is recovered as a conflict if the tab dies now).
    if (!stored) return;
    writeChangesDraft(drafts, tabId(), stored, controller.getRevision(), doc);
  }

  function keepTyping(): void {
    const id = store.getState().openModelId;
    if (!id || !controller) return;
    const typed = pending.of(id).map(({ modelId: _modelId, ...rest }) => rest);
    writeTypingDraft(drafts, id, tabId(), controller.getRevision(), typed);
  }

  async function closeCurrent(): Promise<void> {
    if (controller) {
      await controller.flush();
      controller.dispose();
      controller = null;
    }
    stopStatus?.();
    stopStatus = null;
    pending.dropRestored();
    tabSync.setOpenModel(null);
  }

  /** Start saving `model` (stored at `revision`); the editor is told separately. */
  function attachController(model: ThreatModel, revision: number): void {
    controller = new AutosaveController(
      repository(),
      { model, revision },
      { ...deps.autosave, savedBy: tabId() },
    );
    let lastRevision = revision;
    stopStatus = controller.subscribe((status) => {
      store.setState({ save: status });
      // A landed save moves the base of the draft (or leaves nothing unsaved to keep).
      if (status.revision !== lastRevision || !status.unsavedChanges) {
        lastRevision = status.revision;
        keepDraft();
      }
      if (status.state === "saved") void refreshList();
    });
  }

  function attach(model: ThreatModel, revision: number): void {
    attachController(model, revision);
    editor.getState().open(model);
    tabSync.setOpenModel(model.id);
    store.setState({
      phase: "ready",
      openModelId: model.id,
      save: controller!.getStatus(),
      otherTabs: tabSync.otherTabsWith(model.id).length,
      changedElsewhere: false,
      listError: null,
      recovered: null,
      setAside: null,
    });
    void repository()
      .setLastOpenedModelId(model.id)
      .catch(() => undefined);
  }

  async function openModel(id: string): Promise<boolean> {
    try {
      const loaded = await repository().loadModel(id);
      if (loaded.status === "not-found") {
        store.setState({ listError: "That model no longer exists." });
        return false;
      }
      if (loaded.status === "corrupt") {
        // Never a dead end: say why, and offer to open it with what the loader refuses set aside.
        store.setState({ damaged: await damagedModel(loaded), listError: null });
        return false;
      }
      // The drafts as they are before this tab shows the model (and starts keeping its own).
      const found = listDrafts(local, id, loaded.model, await durable.read(id));
      await closeCurrent();
      attach(loaded.model, loaded.revision);
      if (store.getState().damaged?.id === id) store.setState({ damaged: null });
      await recoverDrafts(found, loaded.model, loaded.revision, loaded.savedBy ?? null);
      const setAside = await repository()
        .getSetAside(id)
        .catch(() => null);
      if (store.getState().openModelId === id) store.setState({ setAside });
      if (loaded.kindChanges.length > 0 && store.getState().openModelId === id) {
        // After recovery, so its notice (if any) is kept in front of this one, never replaced.
        const prior = editor.getState().notice;
        if (prior?.kind !== "error") {
          const text = prior ? `${prior.text} ${KIND_CHANGES_ON_OPEN}` : KIND_CHANGES_ON_OPEN;
          editor.getState().notify("info", text, { kindChanges: loaded.kindChanges });
        }
      }
      return true;
    } catch (error) {
      storageFailed(error);
      return false;
    }
  }

  /** Bring back what tabs that are gone kept in their drafts (see planRecovery). */
  async function recoverDrafts(
    found: UnloadDraft[],
    stored: ThreatModel,
    revision: number,
    savedBy: string | null,
  ): Promise<void> {
    if (found.length === 0) return;
    const me = identity ?? fallbackIdentity();
    let alive = await me.liveness.aliveTabs();
    // After a reload the previous page may hold its lock a moment longer: wait for it to go.
    const previous = me.previousTabId;
    const deadline = Date.now() + (deps.previousTabWaitMs ?? 2000);
    while (previous && alive?.has(previous) && found.some((d) => d.tabId === previous)) {
      if (Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
      alive = await me.liveness.aliveTabs();
    }
    if (store.getState().openModelId !== stored.id) return;
    const plan = planRecovery({ stored, revision, savedBy, drafts: found, tabId: me.tabId, alive });
    for (const tab of plan.discard) discardDraft(drafts, stored.id, tab);
    if (plan.restore) {
      const restored = applyChanges(stored, plan.restore.changes!);
      if (await bringIn(recovery, restored, "Recover unsaved changes")) {
        // This tab's own draft holds them now.
        discardDraft(drafts, stored.id, plan.restore.tabId);
        editor
          .getState()
          .notify("info", "Recovered the changes made just before this model was last closed.");
      }
    } else if (plan.conflict) {
      store.setState({ recovered: recoveredFrom(plan.conflict, revision) });
    }
    restoreTyping(recovery, plan.typing);
  }

  async function createModel(fields: {
    name: string;
    description?: string;
    owner?: string;
  }): Promise<boolean> {
    return addAndOpen(createEmptyModel(fields));
  }

  async function createSampleModel(): Promise<boolean> {
    return addAndOpen((await loadSample()).createLlmInferencePipelineSample());
  }

  /** A new model from a template (its diagram, none of its decisions), opened. */
  async function createFromTemplate(template: ThreatModel): Promise<boolean> {
    // With the gallery, on demand: nothing of templates is needed until one is chosen.
    const { instantiateTemplate } = await import("../domain/templates");
    return addAndOpen(instantiateTemplate(template));
  }

  /** The user's own templates in this browser (their code loads with the gallery). */
  async function userTemplates(): Promise<UserTemplates> {
    const { UserTemplates } = await import("../persistence/userTemplates");
    return new UserTemplates(repository());
  }

  async function addAndOpen(model: ThreatModel): Promise<boolean> {
    try {
      const created = await repository().createModel(model);
      await closeCurrent();
      attach(created.model, created.revision);
      await refreshList();
      return true;
    } catch (error) {
      storageFailed(error);
      return false;
    }
  }

  async function renameModel(id: string, name: string): Promise<string | null> {
    if (id === store.getState().openModelId) {
      // The open model is renamed through the editor, so undo and autosave see it.
      const ok = editor.getState().execute(commands.updateModelDetails({ name }));
      return ok ? null : (editor.getState().notice?.text ?? "Could not rename.");
    }
    try {
      const result = await repository().renameModel(id, name);
      await refreshList();
      if (result.status === "invalid") return result.errors.join("; ");
      if (result.status === "corrupt") return "This model is damaged: open it to repair it first.";
      if (result.status !== "saved") return "The model changed elsewhere; try again.";
      return null;
    } catch (error) {
      return toPersistenceError(error).message;
    }
  }

  async function duplicateModel(id: string): Promise<void> {
    try {
      if (id === store.getState().openModelId) await controller?.flush();
      const result = await repository().duplicateModel(id);
      if (result.status === "corrupt") {
        store.setState({
          listError: "That model is damaged: open it (with the damaged items set aside) first.",
          damaged: await damagedModel(result),
        });
      } else if (result.status !== "created") {
        store.setState({ listError: "That model cannot be duplicated." });
      }
      await refreshList();
    } catch (error) {
      storageFailed(error);
    }
  }

  async function deleteModel(id: string): Promise<void> {
    try {
      if (id === store.getState().openModelId) {
        controller?.dispose();
        controller = null;
        stopStatus?.();
        stopStatus = null;
        tabSync.setOpenModel(null);
        editor.getState().close();
        store.setState({
          openModelId: null,
          save: null,
          phase: "empty",
          recovered: null,
          setAside: null,
        });
      }
      await repository().deleteModel(id);
      discardAllDrafts(drafts, id);
      if (store.getState().damaged?.id === id) store.setState({ damaged: null });
      await refreshList();
    } catch (error) {
      storageFailed(error);
    }
  }

  async function resolveConflict(choice: "overwrite" | "reload"): Promise<void> {
    if (!controller) return;
    if (choice === "overwrite" && controller.getStatus().state !== "conflict") {
      // The other tab's save was announced before this tab tried to save its changes: saving now
      // meets the newer revision as a conflict, which the overwrite below then settles.
      await controller.flush();
    }
    const outcome = await controller.resolveConflict(choice);
    if (outcome.outcome === "reloaded") {
      editor.getState().adoptRemote(outcome.model);
      store.setState({ changedElsewhere: false });
    } else if (outcome.outcome === "deleted") {
      store.setState({ listError: "This model was deleted in another tab." });
    } else if (outcome.outcome === "overwritten") {
      store.setState({ changedElsewhere: false });
    }
  }

  /** Take the other tab's version (used from the "changed in another tab" banner). */
  async function reloadFromStorage(): Promise<void> {
    const id = store.getState().openModelId;
    if (!id || !controller) return;
    const loaded = await repository().loadModel(id);
    if (loaded.status !== "loaded") return;
    controller.dispose();
    stopStatus?.();
    attachController(loaded.model, loaded.revision);
    editor.getState().adoptRemote(loaded.model);
    store.setState({ save: controller!.getStatus(), changedElsewhere: false });
    keepDraft();
  }

  /** Another tab stored a newer revision of the open model. */
  function onSavedElsewhere(revision: number): void {
    const openId = store.getState().openModelId;
    if (!controller || !openId || revision <= controller.getRevision()) return;
    // Merge around a field being typed into, unless the other tab removed what it edits: then
    // wait, and say so (the banner offers both versions).
    const keepsEditedItems = (model: ThreatModel) => {
      const ids = new Set([...model.elements.map((e) => e.id), ...model.flows.map((f) => f.id)]);
      return pending.of(openId).every((e) => e.target.kind === "model" || ids.has(e.target.id));
    };
    void controller.reloadIfUnchanged(keepsEditedItems).then((fresh) => {
      if (fresh) editor.getState().adoptRemote(fresh.model);
      else store.setState({ changedElsewhere: true });
    });
  }

  /** Every stored model, for a backup; the ones that cannot be read are named, not hidden. */
  async function readAllModels(): Promise<{ models: ThreatModel[]; unreadable: string[] }> {
    await controller?.flush();
    const models: ThreatModel[] = [];
    const unreadable: string[] = [];
    for (const summary of await repository().listModels()) {
      const loaded = await repository().loadModel(summary.id);
      if (loaded.status === "loaded") models.push(loaded.model);
      else if (loaded.status === "corrupt")
        unreadable.push(`${summary.name}: ${loaded.errors.join("; ")}`);
    }
    return { models, unreadable };
  }

  /**
   * Store imported (already validated) models and open the first: new ids are created, taken ids
   * copied or replaced as the person chose. The open model is closed only once the others are
   * stored (a failed import leaves it as it was), or first when it is the one being replaced.
   * Without storage the first one opens in memory, as everything else does then.
   */
  async function importModels(
    imported: readonly ThreatModel[],
    choice: ConflictChoice = "copy",
  ): Promise<{ ok: true; stored: ThreatModel[] } | { ok: false; message: string }> {
    if (imported.length === 0) return { ok: false, message: "The file holds no model." };
    // Each is checked as the loader checks a stored one before any is stored: one that would not
    // open again refuses the whole import, naming the model and the field.
    const refused = refusedImports(imported);
    if (refused) return { ok: false, message: refused };
    if (store.getState().phase === "unavailable") {
      editor.getState().open(imported[0]!);
      return { ok: true, stored: [imported[0]!] };
    }
    try {
      const summaries = await repository().listModels();
      const revisions = new Map(summaries.map((s) => [s.id, s.revision]));
      const plan = planImport(imported, new Set(revisions.keys()), choice);
      const openId = store.getState().openModelId;
      if (plan.some((p) => p.action === "replace" && p.model.id === openId)) await closeCurrent();
      const stored: Array<{ model: ThreatModel; revision: number }> = [];
      for (const step of plan) {
        if (step.action === "replace") {
          let result = await repository().saveModel(
            step.model,
            revisions.get(step.model.id) ?? null,
          );
          // Saved meanwhile by another tab: the person asked to replace it all the same.
          if (result.status === "conflict") {
            result = await repository().saveModel(step.model, result.storedRevision);
          }
          if (result.status !== "saved") {
            return { ok: false, message: "The model changed elsewhere; import again." };
          }
          stored.push({ model: step.model, revision: result.revision });
        } else {
          stored.push(await repository().createModel(step.model));
        }
      }
      await closeCurrent();
      attach(stored[0]!.model, stored[0]!.revision);
      await refreshList();
      return { ok: true, stored: stored.map((s) => s.model) };
    } catch (error) {
      storageFailed(error);
      return { ok: false, message: toPersistenceError(error).message };
    }
  }

  /** Start: open IndexedDB, create the sample on a first visit, open the last model. */
  async function start(): Promise<void> {
    identity ??= await claimTabId(() => newId("tab")).catch(() => fallbackIdentity());
    editor.subscribe((state, previous) => {
      if (
        state.doc &&
        state.doc !== previous.doc &&
        state.doc.id === store.getState().openModelId
      ) {
        controller?.schedule(state.doc);
        // Synchronously, so a crash a moment later loses nothing that was on screen.
        keepDraft();
      } else if (state.doc && state.history !== previous.history && !controller) {
        // Edited (not merely opened) while storage is unavailable.
        if (store.getState().phase === "unavailable") writeMemoryDraft(drafts, state.doc);
      }
    });
    pending.subscribe(keepTyping);
    tabSync.subscribe((event) => {
      const openId = store.getState().openModelId;
      if (event.type === "presence" && event.modelId === openId) {
        store.setState({ otherTabs: event.otherTabIds.length });
      } else if (event.type === "saved" || event.type === "deleted") {
        void refreshList();
        if (event.type === "saved" && event.modelId === openId) onSavedElsewhere(event.revision);
      }
    });
    if (deps.watchPageLifecycle !== false) {
      onPageHidden(() => {
        keepDraft();
        keepTyping();
        void controller?.flush();
      });
      // A closed page (or one put in the back/forward cache) no longer shows its model: say so,
      // or the other tabs keep reporting it as open here.
      window.addEventListener("pagehide", () => tabSync.setOpenModel(null));
      window.addEventListener("pageshow", (event) => {
        if (event.persisted) tabSync.setOpenModel(store.getState().openModelId);
      });
    }
    try {
      const sampleId = await repository().ensureSampleOnFirstVisit();
      const carried = await storeMemoryDraft();
      const openId = carried ?? sampleId ?? (await repository().getLastOpenedModelId());
      await refreshList();
      if (openId && (await openModel(openId))) return;
      for (const model of store.getState().models) {
        if (model.id !== openId && (await openModel(model.id))) return;
      }
      store.setState({ phase: store.getState().phase === "unavailable" ? "unavailable" : "empty" });
    } catch (error) {
      storageFailed(error);
    }
    if (store.getState().phase === "unavailable" && !editor.getState().doc) {
      // Work is still possible, in memory: say so loudly rather than show nothing. What was
      // worked on like this before a reload comes back.
      const kept = readMemoryDraft(drafts);
      editor.getState().open(kept ?? (await loadSample()).createLlmInferencePipelineSample());
      if (kept) {
        editor
          .getState()
          .notify("info", "Reopened the model you were working on (kept in this browser only).");
      }
    }
  }

  /** A model worked on while IndexedDB was unavailable is stored now that it works. */
  async function storeMemoryDraft(): Promise<string | null> {
    const kept = readMemoryDraft(drafts);
    if (!kept) return null;
    const created = await repository().createModel(kept);
    clearMemoryDraft(drafts);
    editor
      .getState()
      .notify("info", `Stored “${created.model.name}”, worked on while storage was unavailable.`);
    return created.model.id;
  }

  // --- Recovery actions (banner, model list) ---------------------------------------------------

  /** Open a damaged model repaired: what the loader refuses is set aside, kept and listed. */
  async function openRepaired(id: string): Promise<boolean> {
    const damaged = store.getState().damaged;
    if (!damaged || damaged.id !== id) return false;
    try {
      const repaired = await repairDamaged(recovery, damaged);
      if (repaired.outcome === "impossible") return false;
      if (repaired.id !== id) {
        store.setState({ damaged: null });
        await refreshList();
        editor
          .getState()
          .notify(
            "info",
            "The repaired model is stored as a new model (the damaged one could not keep its id); the damaged one is still in the list.",
          );
      }
      // Repaired, or changed meanwhile: either way open what is stored now (a damaged one again
      // shows the fresh reasons).
      return await openModel(repaired.id);
    } catch (error) {
      storageFailed(error);
      return false;
    }
  }

  async function discardSetAside(): Promise<void> {
    const record = store.getState().setAside;
    if (!record) return;
    store.setState({ setAside: null });
    await repository()
      .discardSetAside(record.modelId)
      .catch(() => undefined);
  }

  return {
    store,
    start,
    openModel,
    createModel,
    createFromTemplate,
    userTemplates,
    createSampleModel,
    importModels,
    renameModel,
    duplicateModel,
    deleteModel,
    refreshList,
    resolveConflict,
    reloadFromStorage,
    flush: async () => {
      const status = await controller?.flush();
      await durable.settled();
      return status;
    },
    readAllModels,
    isOpenElsewhere: (id: string) => tabSync.isOpenElsewhere(id),
    applyRecovered: () => applyRecovered(recovery),
    discardRecovered: () => discardRecovered(recovery),
    openRepaired,
    dismissDamaged: () => store.setState({ damaged: null }),
    discardSetAside,
    /** JSON texts for the recovery downloads. */
    downloads: {
      recovered: () => downloadableJson(store.getState().recovered),
      damaged: () => {
        const d = store.getState().damaged;
        return d
          ? downloadableJson({ id: d.id, name: d.name, errors: d.errors, stored: d.raw })
          : "";
      },
      setAside: () => downloadableJson(store.getState().setAside),
    },
  };
}

/** Without Web Locks or before start(): an id of our own, and nothing known about other tabs. */
function fallbackIdentity(): TabIdentity {
  return { tabId: newId("tab"), previousTabId: null, liveness: { aliveTabs: async () => null } };
}

export const session: Session = createSession();

export function useSession<T>(selector: (state: SessionState) => T): T {
  return useStore(session.store, selector);
}

/** The sample model's code: only needed on a first visit, or when the sample is asked for. */
function loadSample() {
  return import("../domain/samples/llmInferencePipeline");
}
