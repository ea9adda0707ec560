import { parseThreatModel } from "../domain/document";
import type { ThreatModel } from "../domain/schema";

/**
 * The last-moment safety net. IndexedDB is asynchronous: a save started while the tab closes
 * can be cut off, losing the edits of the last few hundred milliseconds. So when the page is
 * hidden with unsaved changes, the document is also written synchronously to localStorage, and
 * taken back (then deleted) the next time the model opens. It is never the primary store —
 * only the unsaved tail of one model, and only while that is small enough for localStorage.
 */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface UnloadDraft {
  model: ThreatModel;
  /** The stored revision the unsaved changes were made on. */
  baseRevision: number;
}

/** Well under localStorage's usual 5 MB per origin (UTF-16: 2 bytes per character). */
const MAX_CHARS = 2_000_000;
const keyOf = (modelId: string) => `threatcanvas:unsaved:${modelId}`;

/** The page's localStorage, or null where the browser forbids it. */
export function pageDraftStorage(): DraftStorage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

export function writeUnloadDraft(
  storage: DraftStorage | null,
  model: ThreatModel,
  baseRevision: number,
): boolean {
  if (!storage) return false;
  try {
    const text = JSON.stringify({ baseRevision, model });
    if (text.length > MAX_CHARS) return false;
    storage.setItem(keyOf(model.id), text);
    return true;
  } catch {
    return false;
  }
}

export function clearUnloadDraft(storage: DraftStorage | null, modelId: string): void {
  try {
    storage?.removeItem(keyOf(modelId));
  } catch {
    // Nothing to do: a draft we cannot remove is discarded on the next read.
  }
}

/** Read and delete the draft of a model; anything unreadable or invalid is dropped. */
export function takeUnloadDraft(storage: DraftStorage | null, modelId: string): UnloadDraft | null {
  if (!storage) return null;
  let text: string | null;
  try {
    text = storage.getItem(keyOf(modelId));
  } catch {
    return null;
  }
  if (text === null) return null;
  clearUnloadDraft(storage, modelId);
  try {
    const data = JSON.parse(text) as { baseRevision?: unknown; model?: unknown };
    if (typeof data.baseRevision !== "number") return null;
    const parsed = parseThreatModel(data.model);
    if (!parsed.ok || parsed.value.id !== modelId) return null;
    return { model: parsed.value, baseRevision: data.baseRevision };
  } catch {
    return null;
  }
}

/**
 * Whether a draft holds changes the stored model lacks: it is newer, and at most the draft's
 * own in-flight save landed since (a save by another tab would be a later revision still).
 */
export function draftIsNewer(
  draft: UnloadDraft,
  stored: ThreatModel,
  storedRevision: number,
): boolean {
  return draft.model.updatedAt > stored.updatedAt && storedRevision <= draft.baseRevision + 1;
}
