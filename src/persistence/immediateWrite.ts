/**
 * Put (text) or delete (null) rows of the `meta` store in a native IndexedDB transaction begun
 * and committed in the caller's own task. Dexie begins its transactions a microtask later, that
 * is after everything else the edit does in that task (the engine, React), which left a killed
 * browser tens of milliseconds more to lose an unload draft in. Null when the transaction cannot
 * begin here (the database is closing, say): the caller takes the ordinary path.
 */
export function writeMetaRowsAtOnce(
  idb: IDBDatabase,
  rows: ReadonlyMap<string, string | null>,
): Promise<void> | null {
  let tx: IDBTransaction;
  try {
    tx = idb.transaction("meta", "readwrite");
  } catch {
    return null;
  }
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException("The write was aborted.", "AbortError"));
  });
  try {
    const store = tx.objectStore("meta");
    for (const [key, text] of rows) {
      if (text === null) store.delete(key);
      else store.put({ key, value: text });
    }
    // Commit now rather than when this task ends (older engines without commit() do the latter).
    if (typeof tx.commit === "function") tx.commit();
  } catch (error) {
    // The abort below settles `done` too; the caller hears of the error that caused it.
    done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already finished or aborted.
    }
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  return done;
}
