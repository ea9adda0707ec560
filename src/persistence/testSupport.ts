// Test helpers only (imports the fake-indexeddb dev dependency); never import from app code.
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { createDatabase, type ThreatCanvasDb } from "./db";

let counter = 0;

/** A fresh in-memory IndexedDB and a unique database name, for one test. */
export function freshStorage(): { factory: IDBFactory; name: string } {
  counter += 1;
  return { factory: new IDBFactory(), name: `threatcanvas-test-${counter}` };
}

/** One "tab": its own Dexie connection to the shared test database. */
export function openTab(storage: { factory: IDBFactory; name: string }): ThreatCanvasDb {
  return createDatabase({ name: storage.name, indexedDB: storage.factory, IDBKeyRange });
}
