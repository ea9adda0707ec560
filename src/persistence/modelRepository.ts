import { nowIso, parseThreatModel } from "../domain/document";
import { checkDocument } from "../domain/documentCheck";
import { writeMetaRowsAtOnce } from "./immediateWrite";
import type { SetAsideItem } from "../domain/salvage";
import { newId } from "../domain/ids";
import { unfitKinds, type KindChange } from "../domain/kindFit";
import { quoteUserText } from "../domain/validation";
import type { ThreatModel } from "../domain/schema";
import { type ModelSummary, type ThreatCanvasDb } from "./db";
import { PersistenceError, toPersistenceError } from "./errors";
import { compareSummaries, readSummary, summarize } from "./summary";
import { draftKeyPrefixes } from "./unloadDraft";

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
  | {
      status: "loaded";
      model: ThreatModel;
      revision: number;
      /** The tab that wrote this revision, when recorded. */
      savedBy?: string | null;
      /** ML kinds fitted to their element types on loading (see parseThreatModel). */
      kindChanges: KindChange[];
    }
  | { status: "not-found"; id: string }
  /**
   * The row exists but is not a valid model; `errors` name the fields, one line each. `raw` is
   * the stored document as it is (for salvage), `revision` and `name` those of its summary.
   */
  | {
      status: "corrupt";
      id: string;
      message: string;
      errors: string[];
      raw: unknown;
      revision: number;
      name: string;
    };

export type CreateResult = { status: "created"; model: ThreatModel; revision: number };

export type DuplicateResult =
  CreateResult | Extract<LoadResult, { status: "not-found" } | { status: "corrupt" }>;

/** What salvage set aside from a damaged stored model, kept until the user discards it. */
export interface SetAsideRecord {
  modelId: string;
  modelName: string;
  /** When it was set aside (ISO time). */
  at: string;
  items: SetAsideItem[];
}

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
  /** See OPEN_TIMEOUT_MS. */
  openTimeoutMs?: number;
}

const META_LAST_OPENED = "lastOpenedModelId";
const META_INITIALIZED = "initializedAt";
const metaSetAside = (id: string) => `setAside:${id}`;

/**
 * How long opening IndexedDB may take. An open can wait forever (blocked by a tab of an older
 * version holding the database, or a browser that never answers); past this, storage counts as
 * unavailable and the app says so instead of showing nothing.
 */
export const OPEN_TIMEOUT_MS = 8000;

const NAME_MAX = 200;
const DESCRIPTION_MAX = 20000;

export class ModelRepository {
  private readonly db: ThreatCanvasDb;
  private readonly onChange: ((change: ModelChange) => void) | undefined;
  private readonly openTimeoutMs: number;

  constructor(db: ThreatCanvasDb, options: ModelRepositoryOptions = {}) {
    this.db = db;
    this.onChange = options.onChange;
    this.openTimeoutMs = options.openTimeoutMs ?? OPEN_TIMEOUT_MS;
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
    const summary = readSummary(found.summary);
    const stored = { raw: found.row?.doc, summary };
    if (!found.row) {
      return corrupt(id, ["the document is missing (only its summary is stored)"], stored);
    }
    const parsed = parseThreatModel(found.row.doc);
    if (!parsed.ok) return corrupt(id, parsed.errors, stored);
    if (parsed.value.id !== id) {
      return corrupt(
        id,
        [`id: the stored document says ${quoteUserText(parsed.value.id)}`],
        stored,
      );
    }
    return {
      status: "loaded",
      model: parsed.value,
      revision: summary?.revision ?? 0,
      savedBy: summary?.savedBy ?? null,
      kindChanges: parsed.kindChanges,
    };
  }

  /**
   * Store a new model (rejects with a PersistenceError if the loader would refuse it). If its id is taken (say, a file exported from here is imported again), it
   * gets a fresh id: a create never replaces a model. Use the returned model from then on.
   */
  async createModel(model: ThreatModel): Promise<CreateResult> {
    // A new model comes from outside the editor (an import, a copy): never store one that would
    // not open again. Checked in full; creating is rare. Callers validate first, so this throws.
    const check = checkDocument(model);
    if (!check.ok) {
      throw new PersistenceError(
        "other",
        `Not stored: the model would not open again (${check.errors.join("; ")}).`,
      );
    }
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
   * The document is stored as given; it is not copied, stamped or validated here: the caller
   * checks it (AutosaveController does, before every write, see checkDocument). `savedBy` names
   * the writing tab in the summary.
   */
  async saveModel(
    model: ThreatModel,
    baseRevision: number | null,
    options: { savedBy?: string } = {},
  ): Promise<SaveResult> {
    const result = await this.run((db) =>
      db.transaction("rw", db.models, db.documents, async (): Promise<SaveResult> => {
        const storedRevision = await storedRevisionOf(db, model.id);
        if (storedRevision !== baseRevision) return { status: "conflict", storedRevision };
        const revision = (storedRevision ?? 0) + 1;
        const summary = await this.write(db, model, revision, options.savedBy);
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
        if (!parsed.ok) {
          return corrupt(id, parsed.errors, { raw: docRow.doc, summary: readSummary(storedRow) });
        }
        // Stored kinds stay as stored: opening the model is where their fitting is shown.
        const updated: ThreatModel = {
          ...unfitKinds(parsed.value, parsed.kindChanges),
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
    // A damaged model is repaired by opening it first (see repairModel); a copy would not open.
    const source = await this.loadModel(id);
    if (source.status !== "loaded") return source;
    const now = nowIso();
    const copy: ThreatModel = {
      ...unfitKinds(source.model, source.kindChanges),
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
        await db.meta.delete(metaSetAside(id));
        for (const prefix of draftKeyPrefixes(id)) {
          await db.meta.where("key").startsWith(prefix).delete();
        }
        const last = await db.meta.get(META_LAST_OPENED);
        if (last?.value === id) await db.meta.delete(META_LAST_OPENED);
        return present;
      }),
    );
    if (existed) this.notify({ type: "deleted", modelId: id });
    return existed;
  }

  /**
   * Replace a damaged stored model by its salvaged version, keeping what was set aside (added to
   * any earlier record) in the same transaction: both land, or neither. Refused as a conflict when
   * the stored row changed since it was read at `baseRevision`.
   */
  async repairModel(
    model: ThreatModel,
    baseRevision: number,
    setAside: SetAsideItem[],
    options: { savedBy?: string } = {},
  ): Promise<SaveResult | { status: "invalid"; errors: string[] }> {
    const check = checkDocument(model);
    if (!check.ok) return { status: "invalid", errors: check.errors };
    const result = await this.run((db) =>
      db.transaction("rw", db.models, db.documents, db.meta, async (): Promise<SaveResult> => {
        const storedRevision = await storedRevisionOf(db, model.id);
        if (storedRevision !== baseRevision) return { status: "conflict", storedRevision };
        const earlier = readSetAside((await db.meta.get(metaSetAside(model.id)))?.value);
        const record: SetAsideRecord = {
          modelId: model.id,
          modelName: model.name,
          at: nowIso(),
          items: [...(earlier?.items ?? []), ...setAside],
        };
        if (record.items.length > 0)
          await db.meta.put({ key: metaSetAside(model.id), value: record });
        const revision = storedRevision + 1;
        const summary = await this.write(db, model, revision, options.savedBy);
        return { status: "saved", revision, summary };
      }),
    );
    if (result.status === "saved") {
      this.notify({ type: "saved", modelId: model.id, revision: result.revision });
    }
    return result;
  }

  /** What was set aside when the model was repaired, until discarded; null when nothing. */
  async getSetAside(id: string): Promise<SetAsideRecord | null> {
    const row = await this.run((db) => db.meta.get(metaSetAside(id)));
    return readSetAside(row?.value);
  }

  /** Store (replace) the set-aside record of a model. */
  async keepSetAside(record: SetAsideRecord): Promise<void> {
    await this.run((db) => db.meta.put({ key: metaSetAside(record.modelId), value: record }));
  }

  async discardSetAside(id: string): Promise<void> {
    await this.run((db) => db.meta.delete(metaSetAside(id)));
  }

  /**
   * Put (text) or delete (null) unload-draft rows, in one transaction (see DurableDrafts), begun
   * before this call returns when the database is open (see writeMetaRowsAtOnce).
   */
  async writeDraftRows(rows: ReadonlyMap<string, string | null>): Promise<void> {
    const atOnce = this.db.isOpen() ? writeMetaRowsAtOnce(this.db.backendDB(), rows) : null;
    if (atOnce) {
      try {
        return await atOnce;
      } catch (error) {
        throw toPersistenceError(error);
      }
    }
    await this.run((db) =>
      db.transaction("rw", db.meta, async () => {
        for (const [key, text] of rows) {
          if (text === null) await db.meta.delete(key);
          else await db.meta.put({ key, value: text });
        }
      }),
    );
  }

  /** Unload-draft rows whose keys start with one of `prefixes`. */
  async readDraftRows(prefixes: readonly string[]): Promise<Array<[string, string]>> {
    return this.run(async (db) => {
      const out: Array<[string, string]> = [];
      for (const prefix of prefixes) {
        for (const row of await db.meta.where("key").startsWith(prefix).toArray()) {
          if (typeof row.value === "string") out.push([row.key, row.value]);
        }
      }
      return out;
    });
  }

  /** The `meta` rows whose keys start with `prefix` (the user's templates, say), as stored. */
  async readMetaRows(prefix: string): Promise<Array<{ key: string; value: unknown }>> {
    return this.run((db) => db.meta.where("key").startsWith(prefix).toArray());
  }

  async putMetaRow(key: string, value: unknown): Promise<void> {
    await this.run((db) => db.meta.put({ key, value }));
  }

  async deleteMetaRow(key: string): Promise<void> {
    await this.run((db) => db.meta.delete(key));
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
    // Every visit but the first stops here; only the first loads the sample's code, before the
    // transaction (awaiting anything but the database inside it would let it commit early).
    if (await this.run((db) => db.meta.get(META_INITIALIZED))) return null;
    const { createLlmInferencePipelineSample } =
      await import("../domain/samples/llmInferencePipeline");
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
    savedBy?: string,
  ): Promise<ModelSummary> {
    const summary = summarize(model, revision, nowIso(), savedBy);
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
        await withTimeout(this.db.open(), this.openTimeoutMs);
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

function corrupt(
  id: string,
  errors: string[],
  stored: { raw: unknown; summary: ModelSummary | null },
): Extract<LoadResult, { status: "corrupt" }> {
  return {
    status: "corrupt",
    id,
    errors,
    message: `The stored model ${quoteUserText(id)} is damaged and cannot be opened: ${errors.join("; ")}`,
    raw: stored.raw,
    revision: stored.summary?.revision ?? 0,
    name: stored.summary?.name ?? id,
  };
}

function readSetAside(value: unknown): SetAsideRecord | null {
  if (typeof value !== "object" || value === null) return null;
  const record = value as Partial<SetAsideRecord>;
  if (typeof record.modelId !== "string" || !Array.isArray(record.items)) return null;
  return {
    modelId: record.modelId,
    modelName: typeof record.modelName === "string" ? record.modelName : record.modelId,
    at: typeof record.at === "string" ? record.at : "",
    items: record.items,
  };
}

class OpenTimeoutError extends Error {
  constructor(ms: number) {
    super(
      `IndexedDB did not open within ${Math.round(ms / 1000)} s (another tab may be blocking it)`,
    );
    this.name = "OpenFailedError";
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new OpenTimeoutError(ms)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
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
