/**
 * Which tabs are still alive, so that a tab opening a model takes over the drafts of tabs that are
 * gone (closed, crashed, reloaded) and never those of a tab that is still open. Each tab holds a
 * Web Lock named after its id for as long as it lives; the browser releases it when the tab goes,
 * however it goes. Where Web Locks are missing, nothing is known (null) and every other tab's
 * draft counts as abandoned, as before tabs had ids.
 *
 * A tab keeps its id across reloads (sessionStorage), so a reload finds its own draft at once.
 */

export interface TabLiveness {
  /** Ids of tabs holding their lock now; null when that cannot be known. */
  aliveTabs(): Promise<Set<string> | null>;
}

const LOCK_PREFIX = "threatcanvas:tab:";
const TAB_ID_KEY = "threatcanvas:tabId";

interface LockManagerLike {
  request(
    name: string,
    options: { ifAvailable?: boolean },
    callback: (lock: unknown) => Promise<unknown> | unknown,
  ): Promise<unknown>;
  query(): Promise<{ held?: Array<{ name?: string }> }>;
}

function lockManager(): LockManagerLike | null {
  try {
    const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
    return locks && typeof locks.request === "function" ? locks : null;
  } catch {
    return null;
  }
}

/**
 * Start being alive as a tab: reuse the id this tab had before a reload when no other live tab
 * holds it (a duplicated tab copies sessionStorage, so the copy must take a fresh id), hold its
 * lock, and remember it. Resolves to the id and the id it had before this page load (if any).
 */
export async function claimTabId(
  fresh: () => string,
): Promise<{ tabId: string; previousTabId: string | null; liveness: TabLiveness }> {
  const session = sessionStore();
  const previous = readSession(session);
  const locks = lockManager();
  let tabId = previous ?? fresh();
  if (locks) {
    if (!(await holdLock(locks, tabId))) {
      tabId = fresh();
      await holdLock(locks, tabId);
    }
  } else if (previous !== null) {
    tabId = fresh();
  }
  writeSession(session, tabId);
  return {
    tabId,
    previousTabId: previous,
    liveness: { aliveTabs: () => (locks ? heldTabs(locks) : Promise.resolve(null)) },
  };
}

/** Take the lock if nobody holds it, and hold it until the page goes; false if it is held. */
function holdLock(locks: LockManagerLike, tabId: string): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    locks
      .request(`${LOCK_PREFIX}${tabId}`, { ifAvailable: true }, (lock) => {
        if (lock === null) {
          resolve(false);
          return undefined;
        }
        resolve(true);
        return new Promise<never>(() => undefined);
      })
      .catch(() => resolve(false));
  });
}

async function heldTabs(locks: LockManagerLike): Promise<Set<string> | null> {
  try {
    const state = await locks.query();
    const alive = new Set<string>();
    for (const lock of state.held ?? []) {
      if (lock.name?.startsWith(LOCK_PREFIX)) alive.add(lock.name.slice(LOCK_PREFIX.length));
    }
    return alive;
  } catch {
    return null;
  }
}

function sessionStore(): Storage | null {
  try {
    return typeof sessionStorage === "undefined" ? null : sessionStorage;
  } catch {
    return null;
  }
}

function readSession(session: Storage | null): string | null {
  try {
    return session?.getItem(TAB_ID_KEY) ?? null;
  } catch {
    return null;
  }
}

function writeSession(session: Storage | null, tabId: string): void {
  try {
    session?.setItem(TAB_ID_KEY, tabId);
  } catch {
    // Without sessionStorage a reload gets a new id; its draft is found as abandoned instead.
  }
}
