import { instantiateTemplate } from "../domain/templates";
import "./strictCsp";
import { createStore } from "zustand/vanilla";
import { useStore } from "zustand";
import { createEmptyModel } from "../domain/document";
import { createLlmInferencePipelineSample } from "../domain/samples/llmInferencePipeline";
import type { ThreatModel } from "../domain/schema";
import {
  AutosaveController,
  ModelRepository,
  TabSync,
  describeError,
  getDefaultDatabase,
  clearUnloadDraft,
  draftIsNewer,
  onPageHidden,
  pageDraftStorage,
  takeUnloadDraft,
  writeUnloadDraft,
  type DraftStorage,
  toPersistenceError,
  type AutosaveStatus,
  type ModelSummary,
  type ThreatCanvasDb,
} from "../persistence";
import { commands } from "./commands";
import { editorStore, type EditorStore } from "./editorStore";

/**
 * The session: which model is open, the model list, saving and other tabs. It connects the
 * editor store (the open document) to persistence; neither knows about the other.
 */
export interface SessionState {
  phase: "starting" | "ready" | "empty" | "unavailable";
  models: ModelSummary[];
  openModelId: string | null;
  save: AutosaveStatus | null;
  /** Other tabs that have the open model open too. */
  otherTabs: number;
  /** Another tab saved the open model while this one had unsaved changes. */
  changedElsewhere: boolean;
  /** Why storage cannot be used, when it cannot. */
  storageMessage: string | null;
  /** Last error of a model-list action (open, delete ...), shown in the list. */
  listError: string | null;
}

export interface SessionDeps {
  db?: ThreatCanvasDb;
  editor?: EditorStore;
  tabSync?: TabSync;
  /** Register the page-hidden flush (off in unit tests). */
  watchPageLifecycle?: boolean;
  /** Where the unsaved tail is written when the page is hidden (localStorage by default). */
  draftStorage?: DraftStorage | null;
}

export type Session = ReturnType<typeof createSession>;

export function createSession(deps: SessionDeps = {}) {
  const editor = deps.editor ?? editorStore;
  const tabSync = deps.tabSync ?? new TabSync();
  const drafts = deps.draftStorage === undefined ? pageDraftStorage() : deps.draftStorage;
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
  }));

  const repository = (): ModelRepository => {
    repo ??= new ModelRepository(deps.db ?? getDefaultDatabase(), {
      onChange: (change) => tabSync.announce(change),
    });
    return repo;
  };

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

  async function closeCurrent(): Promise<void> {
    if (controller) {
      await controller.flush();
      controller.dispose();
      controller = null;
    }
    stopStatus?.();
    stopStatus = null;
    tabSync.setOpenModel(null);
  }

  function attach(model: ThreatModel, revision: number): void {
    controller = new AutosaveController(repository(), { model, revision });
    stopStatus = controller.subscribe((status) => {
      store.setState({ save: status });
      if (status.state === "saved") {
        clearUnloadDraft(drafts, model.id);
        void refreshList();
      }
    });
    editor.getState().open(model);
    tabSync.setOpenModel(model.id);
    store.setState({
      phase: "ready",
      openModelId: model.id,
      save: controller.getStatus(),
      otherTabs: tabSync.otherTabsWith(model.id).length,
      changedElsewhere: false,
      listError: null,
    });
    void repository()
      .setLastOpenedModelId(model.id)
      .catch(() => undefined);
  }

  async function openModel(id: string): Promise<boolean> {
    try {
      const loaded = await repository().loadModel(id);
      if (loaded.status !== "loaded") {
        store.setState({
          listError:
            loaded.status === "not-found"
              ? "That model no longer exists."
              : `This model cannot be opened: ${loaded.message}`,
        });
        return false;
      }
      await closeCurrent();
      attach(loaded.model, loaded.revision);
      const draft = takeUnloadDraft(drafts, id);
      if (draft && draftIsNewer(draft, loaded.model, loaded.revision)) {
        // Edits made just before the tab closed: put them back, and save them now.
        editor.getState().open(draft.model);
        editor
          .getState()
          .notify("info", "Recovered the changes made just before this model was last closed.");
      }
      return true;
    } catch (error) {
      storageFailed(error);
      return false;
    }
  }

  async function createModel(fields: {
    name: string;
    description?: string;
    owner?: string;
  }): Promise<boolean> {
    return addAndOpen(createEmptyModel(fields));
  }

  async function createSampleModel(): Promise<boolean> {
    return addAndOpen(createLlmInferencePipelineSample());
  }

  /** A new model from a template (its diagram, none of its decisions), opened. */
  async function createFromTemplate(template: ThreatModel): Promise<boolean> {
    return addAndOpen(instantiateTemplate(template));
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

  /**
   * Stores imported models (each under a fresh id if its id is taken) and opens the first. The
   * open model is closed only once they are stored: a failed import leaves it as it was.
   */
  async function importModels(models: readonly ThreatModel[]): Promise<boolean> {
    if (models.length === 0) return false;
    try {
      const created = [];
      for (const model of models) created.push(await repository().createModel(model));
      await closeCurrent();
      attach(created[0]!.model, created[0]!.revision);
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
      if (result.status !== "created") {
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
        store.setState({ openModelId: null, save: null, phase: "empty" });
      }
      await repository().deleteModel(id);
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
      editor.getState().open(outcome.model);
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
    attach(loaded.model, loaded.revision);
  }

  /** Start: open IndexedDB, create the sample on a first visit, open the last model. */
  async function start(): Promise<void> {
    editor.subscribe((state, previous) => {
      if (
        state.doc &&
        state.doc !== previous.doc &&
        state.doc.id === store.getState().openModelId
      ) {
        controller?.schedule(state.doc);
      }
    });
    tabSync.subscribe((event) => {
      const openId = store.getState().openModelId;
      if (event.type === "presence" && event.modelId === openId) {
        store.setState({ otherTabs: event.otherTabIds.length });
      } else if (event.type === "saved" || event.type === "deleted") {
        void refreshList();
        if (event.type === "saved" && event.modelId === openId && controller) {
          if (event.revision <= controller.getRevision()) return;
          void controller.reloadIfUnchanged().then((fresh) => {
            if (fresh) editor.getState().open(fresh.model);
            else store.setState({ changedElsewhere: true });
          });
        }
      }
    });
    if (deps.watchPageLifecycle !== false) {
      onPageHidden(() => {
        const doc = editor.getState().doc;
        if (controller?.hasUnsavedChanges() && doc) {
          // Synchronous, so it lands even if the page is gone before IndexedDB answers.
          writeUnloadDraft(drafts, doc, controller.getRevision());
        }
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
      const openId = sampleId ?? (await repository().getLastOpenedModelId());
      await refreshList();
      if (openId && (await openModel(openId))) return;
      const newest = store.getState().models[0];
      if (newest && (await openModel(newest.id))) return;
      store.setState({ phase: store.getState().phase === "unavailable" ? "unavailable" : "empty" });
    } catch (error) {
      storageFailed(error);
    }
    if (store.getState().phase === "unavailable" && !editor.getState().doc) {
      // Work is still possible, in memory: say so loudly rather than show nothing.
      editor.getState().open(createLlmInferencePipelineSample());
    }
  }

  return {
    store,
    start,
    openModel,
    createModel,
    createFromTemplate,
    createSampleModel,
    importModels,
    renameModel,
    duplicateModel,
    deleteModel,
    refreshList,
    resolveConflict,
    reloadFromStorage,
    flush: () => controller?.flush(),
    isOpenElsewhere: (id: string) => tabSync.isOpenElsewhere(id),
  };
}

export const session: Session = createSession();

export function useSession<T>(selector: (state: SessionState) => T): T {
  return useStore(session.store, selector);
}
