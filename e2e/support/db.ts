import type { Page } from "@playwright/test";

/**
 * Read-only access to the app's IndexedDB ("threatcanvas") from the page, through the plain
 * indexedDB API — what the app stored, not what it shows.
 */

export interface StoredPoint {
  x: number;
  y: number;
}

export interface StoredElement {
  id: string;
  type: "process" | "dataStore" | "externalEntity" | "trustBoundary";
  name: string;
  description: string;
  technologies: string[];
  mlKind?: string | null;
  outOfScope: boolean;
  outOfScopeReason: string;
  parentId: string | null;
  position: StoredPoint;
  size?: { width: number; height: number };
  props: Record<string, unknown>;
}

export interface StoredFlow {
  id: string;
  source: string;
  target: string;
  label: string;
  bidirectional: boolean;
  props: Record<string, unknown>;
}

export interface StoredDoc {
  id: string;
  name: string;
  description: string;
  owner: string;
  elements: StoredElement[];
  flows: StoredFlow[];
  viewport: { x: number; y: number; zoom: number } | null;
}

export interface StoredSummary {
  id: string;
  name: string;
  description: string;
  owner: string;
  revision: number;
  elementCount: number;
  flowCount: number;
}

export interface StoredDb {
  /** False when the database does not exist (yet). */
  exists: boolean;
  models: StoredSummary[];
  documents: Record<string, StoredDoc>;
  meta: Record<string, unknown>;
}

/** Everything in the "threatcanvas" database, read in one read-only transaction. */
export function readDb(page: Page): Promise<StoredDb> {
  return page.evaluate(async () => {
    const empty = { exists: false, models: [], documents: {}, meta: {} };
    const known = await indexedDB.databases();
    if (!known.some((d) => d.name === "threatcanvas")) return empty;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open("threatcanvas");
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      const stores = ["models", "documents", "meta"].filter((s) => db.objectStoreNames.contains(s));
      if (stores.length < 3) return empty;
      const tx = db.transaction(stores, "readonly");
      const all = (store: string) =>
        new Promise<unknown[]>((resolve, reject) => {
          const request = tx.objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => reject(request.error);
        });
      const [models, documents, meta] = await Promise.all([
        all("models"),
        all("documents"),
        all("meta"),
      ]);
      return {
        exists: true,
        models,
        documents: Object.fromEntries(
          (documents as Array<{ id: string; doc: unknown }>).map((row) => [row.id, row.doc]),
        ),
        meta: Object.fromEntries(
          (meta as Array<{ key: string; value: unknown }>).map((row) => [row.key, row.value]),
        ),
      };
    } finally {
      db.close();
    }
  }) as Promise<StoredDb>;
}

/** The stored document of the last opened model (the one the app shows). */
export async function storedOpenDoc(page: Page): Promise<StoredDoc> {
  const db = await readDb(page);
  const id = db.meta.lastOpenedModelId;
  if (typeof id !== "string") throw new Error("no model is recorded as last opened");
  const doc = db.documents[id];
  if (!doc) throw new Error(`no stored document for ${id}`);
  return doc;
}

/** The stored document whose model name is `name` (exactly one must exist). */
export async function storedDocNamed(page: Page, name: string): Promise<StoredDoc> {
  const db = await readDb(page);
  const docs = Object.values(db.documents).filter((d) => d.name === name);
  if (docs.length !== 1) throw new Error(`${docs.length} stored models are named "${name}"`);
  return docs[0]!;
}

export function elementNamed(doc: StoredDoc, name: string): StoredElement {
  const found = doc.elements.filter((e) => e.name === name);
  if (found.length !== 1) throw new Error(`${found.length} elements are named "${name}"`);
  return found[0]!;
}

export function elementById(doc: StoredDoc, id: string): StoredElement {
  const found = doc.elements.find((e) => e.id === id);
  if (!found) throw new Error(`no element "${id}"`);
  return found;
}

export function flowById(doc: StoredDoc, id: string): StoredFlow {
  const found = doc.flows.find((f) => f.id === id);
  if (!found) throw new Error(`no flow "${id}"`);
  return found;
}

/** Absolute position of an element (positions are stored relative to the parent boundary). */
export function absolutePosition(doc: StoredDoc, id: string): StoredPoint {
  let element: StoredElement | undefined = elementById(doc, id);
  let x = 0;
  let y = 0;
  for (let depth = 0; element && depth < 64; depth++) {
    x += element.position.x;
    y += element.position.y;
    element = element.parentId === null ? undefined : elementById(doc, element.parentId);
  }
  return { x, y };
}
