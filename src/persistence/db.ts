import { Dexie, type Table } from "dexie";

/**
 * The ThreatCanvas IndexedDB database.
 *
 * A model is stored as two rows with the same id, written together in one transaction:
 * - `models`: a small summary (name, owner, timestamps, revision, counts) for the model list;
 * - `documents`: the full document, exactly as the app handed it over.
 * They are separate stores because IndexedDB deserialises a whole row on every read: with the
 * document inside the summary row, listing 50 models of 1,000 elements would clone them all.
 *
 * `meta` holds small key/value settings (last opened model, first-visit flag).
 */

export const DEFAULT_DB_NAME = "threatcanvas";

/** What the model list shows. `updatedAt` is when this browser last stored the model. */
export interface ModelSummary {
  id: string;
  name: string;
  /** The first characters of the description, for the list; the document has the full text. */
  description: string;
  owner: string;
  createdAt: string;
  updatedAt: string;
  /** Incremented by every write; saves carry the revision they were made from. */
  revision: number;
  elementCount: number;
  flowCount: number;
  /**
   * The tab that wrote this revision (absent on rows written before it was recorded): tells a
   * tab reopening after a crash that a save it had in flight landed, rather than another tab's.
   */
  savedBy?: string;
}

export interface DocumentRow {
  id: string;
  /** Whatever was stored; validated by parseThreatModel when loaded, never trusted. */
  doc: unknown;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export class ThreatCanvasDb extends Dexie {
  models!: Table<ModelSummary, string>;
  documents!: Table<DocumentRow, string>;
  meta!: Table<MetaRow, string>;

  constructor(name: string, options: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // Add a new version() block (with an upgrade function if rows change shape) for every change;
    // never edit a shipped one.
    this.version(1).stores({
      models: "id, updatedAt",
      documents: "id",
      meta: "key",
    });
  }
}

export interface CreateDatabaseOptions {
  name?: string;
  /** An IDBFactory (a fake one in tests). Defaults to the browser's `indexedDB`. */
  indexedDB?: { open: IDBFactory["open"] } | IDBFactory;
  /** The matching IDBKeyRange constructor; defaults to the browser's. */
  IDBKeyRange?: typeof IDBKeyRange;
}

/**
 * A database handle. Nothing is opened here: the repository opens it on first use, so importing
 * this module (in Node, or in a browser without IndexedDB) never touches storage.
 */
export function createDatabase(options: CreateDatabaseOptions = {}): ThreatCanvasDb {
  const dexieOptions: NonNullable<ConstructorParameters<typeof Dexie>[1]> = {};
  // Only pass what was given: Dexie merges options over its defaults, so an explicit `undefined`
  // would replace the browser's indexedDB with nothing.
  if (options.indexedDB) dexieOptions.indexedDB = options.indexedDB;
  if (options.IDBKeyRange) dexieOptions.IDBKeyRange = options.IDBKeyRange;
  return new ThreatCanvasDb(options.name ?? DEFAULT_DB_NAME, dexieOptions);
}

let defaultDb: ThreatCanvasDb | null = null;

/** The app's database ("threatcanvas" on the page's indexedDB), created on first call. */
export function getDefaultDatabase(): ThreatCanvasDb {
  defaultDb ??= createDatabase();
  return defaultDb;
}
