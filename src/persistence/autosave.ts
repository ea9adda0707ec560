import { checkDocument } from "../domain/documentCheck";
import type { ThreatModel } from "../domain/schema";
import { toPersistenceError, type PersistenceErrorKind } from "./errors";
import type { LoadResult, ModelRepository } from "./modelRepository";

/**
 * Saves the open model in the background. The store calls `schedule(doc)` after every committed
 * change and `flush()` when the page is hidden or left; the controller keeps at most one save in
 * flight, carries the revision each save was made from, and never forgets the newest document
 * until it is stored.
 */

export type AutosaveState = "saved" | "saving" | "failed" | "conflict";
/** "invalid": the document would not open again, so it was not written (see checkDocument). */
export type AutosaveErrorKind = PersistenceErrorKind | "conflict" | "invalid";

export interface AutosaveStatus {
  state: AutosaveState;
  /** Null unless state is "failed" or "conflict". */
  errorKind: AutosaveErrorKind | null;
  /** A sentence for the user. */
  message: string;
  /** The stored revision this tab last wrote or loaded. */
  revision: number;
  /** True while the newest document given to schedule() is not stored yet. */
  unsavedChanges: boolean;
  /** On conflict: the revision now stored (null: the model was deleted elsewhere). */
  storedRevision?: number | null;
  /** ISO time of the last successful save by this controller. */
  lastSavedAt: string | null;
}

/** What the controller needs from a repository (tests pass a fake). */
export type AutosaveRepository = Pick<ModelRepository, "saveModel" | "loadModel">;

export interface AutosaveOptions {
  /** Quiet time after the last change before saving. */
  debounceMs?: number;
  /**
   * Longest time a change waits while changes keep coming. Below 1 s so that the write itself
   * still lands within a second of the first unsaved change.
   */
  maxWaitMs?: number;
  /** This tab's id, recorded with every revision it writes (see ModelSummary.savedBy). */
  savedBy?: string;
}

export type ConflictResolution =
  /** "overwrite": this tab's document is stored over the other tab's. */
  | { outcome: "overwritten"; status: AutosaveStatus }
  /** "reload": show `model` (the stored one) instead of this tab's document. */
  | { outcome: "reloaded"; model: ThreatModel; revision: number; status: AutosaveStatus }
  /** "reload", but the model no longer exists (deleted in another tab): close it or overwrite. */
  | { outcome: "deleted"; status: AutosaveStatus }
  /** Another save, or a storage failure, came in between: see status (conflict or failed). */
  | { outcome: "unresolved"; status: AutosaveStatus; load?: LoadResult };

const SAVED_MESSAGE = "All changes saved";
const SAVING_MESSAGE = "Saving…";

export class AutosaveController {
  readonly modelId: string;
  private readonly repository: AutosaveRepository;
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;

  /** The newest document handed over, stored or not. */
  private latest: ThreatModel;
  /** The document object stored at `revision`; null when that must not be assumed (overwrite). */
  private stored: ThreatModel | null;
  private revision: number;
  /** The newest document known to pass the loader: the base for checking the next save cheaply. */
  private lastValid: ThreatModel;
  private readonly savedBy: string | undefined;
  private status: AutosaveStatus;

  private timer: ReturnType<typeof setTimeout> | null = null;
  /** When the oldest change not yet being written was scheduled (for the max wait). */
  private pendingSince: number | null = null;
  private draining: Promise<void> | null = null;
  private saveRequested = false;
  /** Set while resolving a conflict by overwriting: the base to save from (null: recreate). */
  private overwriteBase: number | null | undefined = undefined;
  private disposed = false;
  private readonly listeners = new Set<(status: AutosaveStatus) => void>();

  /** `model` and `revision` are what the store has just loaded (or created) and shows. */
  constructor(
    repository: AutosaveRepository,
    initial: { model: ThreatModel; revision: number },
    options: AutosaveOptions = {},
  ) {
    this.repository = repository;
    this.modelId = initial.model.id;
    this.latest = initial.model;
    this.stored = initial.model;
    this.lastValid = initial.model;
    this.revision = initial.revision;
    this.savedBy = options.savedBy;
    this.debounceMs = options.debounceMs ?? 300;
    this.maxWaitMs = options.maxWaitMs ?? 800;
    this.status = this.makeStatus("saved", null, SAVED_MESSAGE, null);
  }

  getStatus(): AutosaveStatus {
    return this.status;
  }

  /** Called with every new status; returns the unsubscribe function. */
  subscribe(listener: (status: AutosaveStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The stored revision this tab last wrote or loaded (compare with other tabs' saves). */
  getRevision(): number {
    return this.revision;
  }

  hasUnsavedChanges(): boolean {
    return this.latest !== this.stored;
  }

  /** The document stored at getRevision(), or null while that is not known (during an overwrite). */
  getStoredDocument(): ThreatModel | null {
    return this.stored;
  }

  /**
   * The store committed a change: remember `doc` and save it soon. Documents are compared by
   * identity (the store never mutates one), so handing over the stored one again saves nothing.
   */
  schedule(doc: ThreatModel): void {
    if (this.disposed) return;
    this.assertSameModel(doc);
    this.latest = doc;
    if (!this.hasUnsavedChanges()) {
      // E.g. undo back to the stored document: nothing left to write.
      this.clearTimer();
      this.pendingSince = null;
      if (this.status.state !== "conflict" && !this.draining) {
        this.setStatus(this.makeStatus("saved", null, SAVED_MESSAGE, this.status.lastSavedAt));
      } else {
        this.setStatus({ ...this.status, unsavedChanges: false });
      }
      return;
    }
    if (this.status.state === "conflict") {
      // Keep the document; saving waits for resolveConflict().
      this.setStatus({ ...this.status, unsavedChanges: true });
      return;
    }
    if (this.status.state === "saved") {
      this.setStatus(this.makeStatus("saving", null, SAVING_MESSAGE, this.status.lastSavedAt));
    } else if (!this.status.unsavedChanges) {
      this.setStatus({ ...this.status, unsavedChanges: true });
    }
    const now = Date.now();
    this.pendingSince ??= now;
    const delay = Math.max(0, Math.min(this.debounceMs, this.pendingSince + this.maxWaitMs - now));
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.requestSave();
    }, delay);
  }

  /**
   * Save now (page hidden, page left, model about to be closed). Resolves when the newest document
   * is stored, or with the failure/conflict status. Never rejects.
   */
  async flush(): Promise<AutosaveStatus> {
    this.clearTimer();
    if (this.disposed || this.status.state === "conflict") return this.status;
    await this.requestSave();
    return this.status;
  }

  /**
   * After a conflict: "overwrite" stores this tab's newest document over the revision the
   * conflict reported (a save that lands in between is a new conflict, never overwritten blindly);
   * "reload" loads the stored model for the store to show instead, dropping this tab's changes.
   */
  async resolveConflict(choice: "overwrite" | "reload"): Promise<ConflictResolution> {
    await this.draining;
    if (choice === "reload") return this.reload();
    if (this.status.state === "conflict") {
      this.overwriteBase = this.status.storedRevision ?? null;
      // What is stored now is theirs, even if our document is the one we saved last.
      this.stored = null;
      this.setStatus(this.makeStatus("saving", null, SAVING_MESSAGE, this.status.lastSavedAt));
    }
    await this.requestSave();
    const status = this.status;
    return status.state === "saved"
      ? { outcome: "overwritten", status }
      : { outcome: "unresolved", status };
  }

  /**
   * Another tab saved this model: if this tab has no unsaved changes, load the newer revision and
   * adopt it; returns it for the store to show. Null (and nothing changes) when this tab has
   * changes, when nothing newer is stored, or when loading fails.
   */
  async reloadIfUnchanged(
    canAdopt: (model: ThreatModel) => boolean = () => true,
  ): Promise<{ model: ThreatModel; revision: number } | null> {
    if (this.disposed || this.hasUnsavedChanges() || this.draining) return null;
    const before = this.latest;
    let loaded: LoadResult;
    try {
      loaded = await this.repository.loadModel(this.modelId);
    } catch {
      return null;
    }
    // A change made while loading wins over the other tab's save (it will conflict, visibly).
    if (loaded.status !== "loaded" || this.latest !== before || this.draining) return null;
    if (loaded.revision <= this.revision || !canAdopt(loaded.model)) return null;
    this.adopt(loaded.model, loaded.revision);
    return { model: loaded.model, revision: loaded.revision };
  }

  /** Stop timers and listeners. Call flush() first if the document may still be unsaved. */
  dispose(): void {
    this.disposed = true;
    this.clearTimer();
    this.listeners.clear();
  }

  // ---------------------------------------------------------------------------------------------

  private async reload(): Promise<ConflictResolution> {
    let loaded: LoadResult;
    try {
      loaded = await this.repository.loadModel(this.modelId);
    } catch (error) {
      this.fail(error);
      return { outcome: "unresolved", status: this.status };
    }
    if (loaded.status === "not-found") {
      // Nothing to show: keep the conflict so "overwrite" can still recreate the model.
      this.setStatus(this.conflictStatus(null));
      return { outcome: "deleted", status: this.status };
    }
    if (loaded.status === "corrupt") {
      return { outcome: "unresolved", status: this.status, load: loaded };
    }
    this.adopt(loaded.model, loaded.revision);
    return {
      outcome: "reloaded",
      model: loaded.model,
      revision: loaded.revision,
      status: this.status,
    };
  }

  /** The store now shows `model`, stored at `revision`. */
  private adopt(model: ThreatModel, revision: number): void {
    this.assertSameModel(model);
    this.clearTimer();
    this.pendingSince = null;
    this.overwriteBase = undefined;
    this.latest = model;
    this.stored = model;
    this.lastValid = model;
    this.revision = revision;
    this.setStatus(this.makeStatus("saved", null, SAVED_MESSAGE, this.status.lastSavedAt));
  }

  /** Run saves until no request is left; every request made before a save starts is covered. */
  private requestSave(): Promise<void> {
    this.saveRequested = true;
    this.draining ??= this.drain().finally(() => {
      this.draining = null;
    });
    return this.draining;
  }

  private async drain(): Promise<void> {
    while (this.saveRequested) {
      this.saveRequested = false;
      if (this.status.state === "conflict") return;
      if (!this.hasUnsavedChanges()) {
        if (this.status.state === "saving") {
          this.setStatus(this.makeStatus("saved", null, SAVED_MESSAGE, this.status.lastSavedAt));
        }
        continue;
      }
      await this.saveOnce(this.latest);
    }
  }

  private async saveOnce(doc: ThreatModel): Promise<void> {
    this.pendingSince = null;
    if (this.status.state !== "saving" || !this.status.unsavedChanges) {
      this.setStatus(this.makeStatus("saving", null, SAVING_MESSAGE, this.status.lastSavedAt));
    }
    const base = this.overwriteBase !== undefined ? this.overwriteBase : this.revision;
    // Never write what the loader would refuse: the model could not be opened again. Only what
    // differs from the last valid version is parsed (~0.3 ms at 5,000 elements for an edit).
    const check = checkDocument(doc, { since: this.lastValid });
    if (!check.ok) {
      this.setStatus(
        this.makeStatus(
          "failed",
          "invalid",
          `Not saved: this version of the model would not open again (${check.errors.join("; ")}). Your changes are kept in this tab; undo the last change, and the rest is saved.`,
          this.status.lastSavedAt,
        ),
      );
      return;
    }
    this.lastValid = doc;
    try {
      const result = await this.repository.saveModel(
        doc,
        base,
        this.savedBy === undefined ? {} : { savedBy: this.savedBy },
      );
      if (result.status === "conflict") {
        this.setStatus(this.conflictStatus(result.storedRevision));
        return;
      }
      this.overwriteBase = undefined;
      this.revision = result.revision;
      this.stored = doc;
      const lastSavedAt = result.summary.updatedAt;
      // A change undone while this save was in flight left no timer behind: save it now.
      if (this.hasUnsavedChanges() && this.timer === null) this.saveRequested = true;
      this.setStatus(
        this.hasUnsavedChanges()
          ? this.makeStatus("saving", null, SAVING_MESSAGE, lastSavedAt)
          : this.makeStatus("saved", null, SAVED_MESSAGE, lastSavedAt),
      );
    } catch (error) {
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    const failure = toPersistenceError(error);
    this.setStatus(
      this.makeStatus("failed", failure.kind, failure.message, this.status.lastSavedAt),
    );
  }

  private conflictStatus(storedRevision: number | null): AutosaveStatus {
    const message =
      storedRevision === null
        ? "This model was deleted in another tab. Keep yours to store it again, or close it."
        : "Another tab saved a newer version of this model. Keep yours (overwrite theirs) or load theirs (drop your unsaved changes).";
    return {
      ...this.makeStatus("conflict", "conflict", message, this.status.lastSavedAt),
      storedRevision,
    };
  }

  private makeStatus(
    state: AutosaveState,
    errorKind: AutosaveErrorKind | null,
    message: string,
    lastSavedAt: string | null,
  ): AutosaveStatus {
    return {
      state,
      errorKind,
      message,
      revision: this.revision,
      unsavedChanges: this.hasUnsavedChanges(),
      lastSavedAt,
    };
  }

  private setStatus(status: AutosaveStatus): void {
    this.status = status;
    for (const listener of [...this.listeners]) listener(status);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private assertSameModel(doc: ThreatModel): void {
    if (doc.id !== this.modelId) {
      throw new Error(
        `AutosaveController for "${this.modelId}" was given model "${doc.id}"; create a controller per open model`,
      );
    }
  }
}
