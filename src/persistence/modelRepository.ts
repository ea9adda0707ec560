import { nowIso, parseThreatModel } from "../domain/document";
import { newId } from "../domain/ids";
import { quoteUserText } from "../domain/validation";
import { createLlmInferencePipelineSample } from "../domain/samples/llmInferencePipeline";
import type { ThreatModel } from "../domain/schema";
import { type ModelSummary, type ThreatCanvasDb } from "./db";
import { toPersistenceError } from "./errors";
import { compareSummaries, readSummary, summarize } from "./summary";

/**
 * Load, list and store threat models. Framework-free: every method returns a promise of plain
 * data. Expected outcomes (conflict, not found, corrupt) are results; storage failures (quota,
 * IndexedDB unavailable, anything else) reject with a PersistenceError whose `kind` says which.
 */

export type SaveResult =
  | { status: "saved"; revision: number; summary: ModelSummary }
  /** The stored revision is not the one the save was made from; nothing was written. */
  | { status: "conflict"; storedRevision: number | null };

export type LoadResult =
  | { status: "loaded"; model: ThreatModel; revision: number }
  | { status: "not-found"; id: string }
  /** The row exists but is not a valid model; `errors` name the fields, one line each. */
  | { status: "corrupt"; id: string; message: string; errors: string[] };

export type CreateResult = { status: "created"; model: ThreatModel; revision: number };

export type DuplicateResult =
  CreateResult | Extract<LoadResult, { status: "not-found" } | { status: "corrupt" }>;

export interface MetadataPatch {
  name?: string;
  description?: string;
  owner?: string;
}

export type UpdateResult =
  | SaveResult
  | Extract<LoadResult, { status: "not-found" } | { status: "corrupt" }>
  /** The patch itself is invalid (e.g. a name over 200 characters); nothing was written. */
  | { status: "invalid"; errors: string[] };

/** What this repository wrote, for telling other tabs (see TabSync.announce). */
export type ModelChange =
  { type: "saved"; modelId: string; revision: number } | { type: "deleted"; modelId: string };

export interface ModelRepositoryOptions {
  /** Called after every committed write; errors thrown by it are ignored. */
  onChange?: (change: ModelChange) => void;
}

const META_LAST_OPENED = "lastOpenedModelId";
const META_INITIALIZED = "initializedAt";

const NAME_MAX = 200;
const DESCRIPTION_MAX = 20000;

export class ModelRepository {
  private readonly db: ThreatCanvasDb;
  private readonly onChange: ((change: ModelChange) => void) | undefined;

  constructor(db: ThreatCanvasDb, options: ModelRepositoryOptions = {}) {
    this.db = db;
    this.onChange = options.onChange;
  }

  /** Summaries, most recently stored first. Never reads or parses a document. */
  async listModels(): Promise<ModelSummary[]> {
    const rows: unknown[] = await this.run((db) => db.models.toArray());
    return rows
      .map(readSummary)
      .filter((s): s is ModelSummary => s !== null)
      .sort(compareSummaries);
  }

  /** The stored model, migrated and validated; a damaged row is a `corrupt` result, not a throw. */
  async loadModel(id: string): Promise<LoadResult> {
    const found = await this.run((db) =>
      db.transaction("r", db.models, db.documents, async () => ({
        summary: await db.models.get(id),
        row: await db.documents.get(id),
      })),
    );
    if (!found.summary && !found.row) return { status: "not-found", id };
    if (!found.row) return corrupt(id, ["the document is missing (only its summary is stored)"]);
    const parsed = parseThreatModel(found.row.doc);
    if (!parsed.ok) return corrupt(id, parsed.errors);
    if (parsed.value.id !== id) {
      return corrupt(id, [`id: the stored document says ${quoteUserText(parsed.value.id)}`]);
    }
    return {
      status: "loaded",
      model: parsed.value,
      revision: readSummary(found.summary)?.revision ?? 0,
    };
  }

  /**
   * Store a new model. If its id is taken (say, a file exported from here is imported again), it
   * gets a fresh id: a create never replaces a model. Use the returned model from then on.
   */
  async createModel(model: ThreatModel): Promise<CreateResult> {
    const result = await this.run((db) =>
      db.transaction("rw", db.models, db.documents, async () => {
        let stored = model;
        while (await db.models.get(stored.id)) stored = { ...stored, id: newId("model") };
        await this.write(db, stored, 1);
        return { status: "created" as const, model: stored, revision: 1 };
      }),
    );
    this.notify({ type: "saved", modelId: result.model.id, revision: 1 });
    return result;
  }

  /**
   * Store `model` if the stored revision is still `baseRevision` (the one it was loaded at or last
   * saved as; null for "not stored yet"). Otherwise nothing is written and the result says which
   * revision is stored (null: deleted meanwhile), so a tab never silently overwrites another's save.
   * The document is stored as given; it is not copied, stamped or validated here.
   */
  async saveModel(model: ThreatModel, baseRevision: number | null): Promise<SaveResult> {
    const result = await this.run((db) =>
      db.transaction("rw", db.models, db.documents, async (): Promise<SaveResult> => {
        const storedRevision = await storedRevisionOf(db, model.id);
        if (storedRevision !== baseRevision) return { status: "conflict", storedRevision };
        const revision = (storedRevision ?? 0) + 1;
        const summary = await this.write(db, model, revision);
        return { status: "saved", revision, summary };
      }),
    );
    if (result.status === "saved") {
      this.notify({ type: "saved", modelId: model.id, revision: result.revision });
    }
    return result;
  }

  /**
   * Change name/description/owner of a stored model (for the model list). For the model open in
   * the editor, change it through the store instead so undo and autosave see it; if you do call
   * this for it, pass the editor's revision as `baseRevision` to avoid overwriting unsaved edits.
   */
  async updateModelMetadata(
    id: string,
    patch: MetadataPatch,
    options: { baseRevision?: number } = {},
  ): Promise<UpdateResult> {
    const errors = checkPatch(patch);
    if (errors.length > 0) return { status: "invalid", errors };
    const result = await this.run((db) =>
      db.transaction("rw", db.models, db.documents, async (): Promise<UpdateResult> => {
        const [storedRow, docRow] = await Promise.all([db.models.get(id), db.documents.get(id)]);
        if (!storedRow || !docRow) return { status: "not-found", id };
        const storedRevision = readSummary(storedRow)?.revision ?? 0;
        if (options.baseRevision !== undefined && options.baseRevision !== storedRevision) {
          return { status: "conflict", storedRevision };
        }
        const parsed = parseThreatModel(docRow.doc);
        if (!parsed.ok) return corrupt(id, parsed.errors);
        const updated: ThreatModel = {
          ...parsed.value,
          ...definedFields(patch),
          updatedAt: nowIso(),
        };
        const revision = storedRevision + 1;
        const summary = await this.write(db, updated, revision);
        return { status: "saved", revision, summary };
      }),
    );
    if (result.status === "saved")
      this.notify({ type: "saved", modelId: id, revision: result.revision });
    return result;
  }

  renameModel(
    id: string,
    name: string,
    options: { baseRevision?: number } = {},
  ): Promise<UpdateResult> {
    return this.updateModelMetadata(id, { name }, options);
  }

  /** A copy with a new id, "Copy of …" as its name and fresh timestamps. */
  async duplicateModel(id: string): Promise<DuplicateResult> {
    const source = await this.loadModel(id);
    if (source.status !== "loaded") return source;
    const now = nowIso();
    const copy: ThreatModel = {
      ...source.model,
      id: newId("model"),
      name: `Copy of ${source.model.name}`.slice(0, NAME_MAX),
      createdAt: now,
      updatedAt: now,
    };
    return this.createModel(copy);
  }

  /** Removes the model (both rows) and forgets it as the last opened one. False if it was absent. */
  async deleteModel(id: string): Promise<boolean> {
    const existed = await this.run((db) =>
      db.transaction("rw", db.models, db.documents, db.meta, async () => {
        const present =
          (await db.models.get(id)) !== undefined || (await db.documents.get(id)) !== undefined;
        await db.models.delete(id);
        await db.documents.delete(id);
        const last = await db.meta.get(META_LAST_OPENED);
        if (last?.value === id) await db.meta.delete(META_LAST_OPENED);
        return present;
      }),
    );
    if (existed) this.notify({ type: "deleted", modelId: id });
    return existed;
  }

  /** The last opened model's id, or null if none was recorded or it no longer exists. */
  async getLastOpenedModelId(): Promise<string | null> {
    return this.run((db) =>
      db.transaction("r", db.meta, db.models, async () => {
        const value = (await db.meta.get(META_LAST_OPENED))?.value;
        if (typeof value !== "string") return null;
        return (await db.models.get(value)) ? value : null;
      }),
    );
  }

  async setLastOpenedModelId(id: string | null): Promise<void> {
    await this.run(async (db) => {
      if (id === null) await db.meta.delete(META_LAST_OPENED);
      else await db.meta.put({ key: META_LAST_OPENED, value: id });
    });
  }

  /**
   * On the very first visit (this database never initialised), store the LLM pipeline sample and
   * return its id. Afterwards always null, even once the user has deleted every model. Two tabs
   * opening at once still create one sample: check and write share one transaction.
   */
  async ensureSampleOnFirstVisit(): Promise<string | null> {
    const created = await this.run((db) =>
      db.transaction("rw", db.meta, db.models, db.documents, async () => {
        if (await db.meta.get(META_INITIALIZED)) return null;
        await db.meta.put({ key: META_INITIALIZED, value: nowIso() });
        // A database that already has models predates the flag: it is not a first visit.
        if ((await db.models.count()) > 0) return null;
        const sample = createLlmInferencePipelineSample();
        await this.write(db, sample, 1);
        return sample.id;
      }),
    );
    if (created !== null) this.notify({ type: "saved", modelId: created, revision: 1 });
    return created;
  }

  private async write(
    db: ThreatCanvasDb,
    model: ThreatModel,
    revision: number,
  ): Promise<ModelSummary> {
    const summary = summarize(model, revision, nowIso());
    await db.models.put(summary);
    await db.documents.put({ id: model.id, doc: model });
    return summary;
  }

  /**
   * Open on first use (and again after a failed open: Dexie does not retry by itself), then run.
   * A failed open means storage is unavailable unless the error says otherwise (e.g. quota).
   */
  private async run<T>(operation: (db: ThreatCanvasDb) => Promise<T>): Promise<T> {
    if (!this.db.isOpen()) {
      try {
        await this.db.open();
      } catch (error) {
        throw toPersistenceError(error, "unavailable");
      }
    }
    try {
      return await operation(this.db);
    } catch (error) {
      throw toPersistenceError(error);
    }
  }

  private notify(change: ModelChange): void {
    try {
      this.onChange?.(change);
    } catch {
      // A listener's failure must not turn a committed write into a reported failure.
    }
  }
}

/** The stored revision; 0 for a document without a (readable) summary; null when not stored. */
async function storedRevisionOf(db: ThreatCanvasDb, id: string): Promise<number | null> {
  const summaryRow = await db.models.get(id);
  if (summaryRow) return readSummary(summaryRow)?.revision ?? 0;
  return (await db.documents.get(id)) ? 0 : null;
}

function corrupt(id: string, errors: string[]): Extract<LoadResult, { status: "corrupt" }> {
  return {
    status: "corrupt",
    id,
    errors,
    message: `The stored model ${quoteUserText(id)} is damaged and cannot be opened: ${errors.join("; ")}`,
  };
}

function checkPatch(patch: MetadataPatch): string[] {
  const errors: string[] = [];
  const limits: [keyof MetadataPatch, number][] = [
    ["name", NAME_MAX],
    ["description", DESCRIPTION_MAX],
    ["owner", NAME_MAX],
  ];
  for (const [field, max] of limits) {
    const value: unknown = patch[field];
    if (value === undefined) continue;
    if (typeof value !== "string") errors.push(`${field}: must be text`);
    else if (value.length > max)
      errors.push(`${field}: is longer than ${max.toLocaleString("en-US")} characters`);
  }
  return errors;
}

function definedFields(patch: MetadataPatch): MetadataPatch {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
}
