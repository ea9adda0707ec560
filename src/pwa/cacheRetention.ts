/**
 * Which caches a newly activated service worker keeps. Each build has its own cache; the one
 * before it is kept too, because a tab that has not reloaded yet still runs that build and may
 * still ask for its chunks (the PDF export, a dialog) — with the network off, or after the host
 * dropped the old files. Older ones are deleted.
 */

export const CACHE_PREFIX = "threatcanvas-precache-";

export function cacheNameOf(version: string): string {
  return `${CACHE_PREFIX}${version}`;
}

export interface RetentionPlan {
  /** Activation order, oldest first, ending with the current cache: stored for next time. */
  history: string[];
  /** Our caches to delete now. */
  remove: string[];
}

/**
 * `history` is what the previous activation stored (oldest first; anything malformed counts as
 * none), `existing` the names in Cache Storage now, `current` this build's cache.
 */
export function planRetention(
  history: readonly string[],
  existing: readonly string[],
  current: string,
  keepPrevious = 1,
): RetentionPlan {
  const ours = new Set(existing.filter((name) => name.startsWith(CACHE_PREFIX)));
  const earlier = history.filter((name, i) => name !== current && history.indexOf(name) === i);
  const kept = earlier.filter((name) => ours.has(name)).slice(-keepPrevious);
  const keep = new Set([...kept, current]);
  return {
    history: [...kept, current],
    remove: [...ours].filter((name) => !keep.has(name)).sort(),
  };
}

/** Reads the stored history leniently: it is our own data, but storage can hold anything. */
export function parseHistory(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (name): name is string => typeof name === "string" && name.startsWith(CACHE_PREFIX),
  );
}
