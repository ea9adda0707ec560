// Test helpers only (imports the fake-indexeddb dev dependency); never import from app code.
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { createDatabase, type ThreatCanvasDb } from "./db";
import type { ChannelFactory, TabChannel } from "./tabSync";
import type { DraftStorage } from "./unloadDraft";

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

/** An in-memory localStorage (shared by the "tabs" of a test, as the real one is). */
export function memoryDraftStorage(): DraftStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
    key: (i) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
  };
}

/** An in-memory stand-in for BroadcastChannel: delivers to every other channel of the same name. */
export class FakeHub {
  private readonly channels = new Set<{ name: string; listeners: ((data: unknown) => void)[] }>();
  /** Synchronous delivery keeps the tests simple; structuredClone mimics the real copy. */
  factory: ChannelFactory = (name) => {
    const entry = { name, listeners: [] as ((data: unknown) => void)[] };
    this.channels.add(entry);
    const channel: TabChannel = {
      post: (message) => {
        for (const other of this.channels) {
          if (other !== entry && other.name === name)
            other.listeners.forEach((l) => l(structuredClone(message)));
        }
      },
      onMessage: (listener) => entry.listeners.push(listener),
      close: () => this.channels.delete(entry),
    };
    return channel;
  };

  /** Send raw data, as a tab running another app version might. */
  inject(data: unknown): void {
    for (const c of this.channels) c.listeners.forEach((l) => l(data));
  }
}
