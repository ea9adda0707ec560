import { diffDocuments, type DocumentChanges } from "../domain/changes";
import { parseThreatModel } from "../domain/document";
import type { ThreatModel } from "../domain/schema";

/**
 * The last-moment safety net. IndexedDB is asynchronous: a save in flight when the tab closes,
 * reloads or crashes is lost, and so is a change made within the autosave delay. So every
 * committed change is also written, synchronously, to localStorage: not the document, only what
 * differs from the stored revision it was made on (a few hundred bytes for an edit, whatever the
 * size of the model), together with the text typed into fields and not committed yet.
 *
 * Each tab writes under its own key, so tabs never overwrite each other's drafts. The next tab to
 * open the model takes the drafts of tabs that are gone (see tabLiveness), and applies one only
 * over the revision it was made from; otherwise the user is shown both and chooses.
 */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
  /** Keep a draft too big for localStorage where there is room (the IndexedDB copy), if any. */
  setElsewhere?(key: string, value: string): void;
}

/** Text typed into a field of the inspector and not committed (see store/pendingEdits). */
export interface TypedText {
  /** What the field edits: the model's details, or an element or flow. */
  target: { kind: "model" } | { kind: "element" | "flow"; id: string };
  /** Which field ("name", "description", "props.protocol", "technologies" ...). */
  field: string;
  /** The field's label, for telling the user. */
  label: string;
  /** What was typed. */
  text: string;
  /** The document's text when typing began. */
  base: string;
}

export interface UnloadDraft {
  modelId: string;
  tabId: string;
  /** The stored revision the changes were made on. */
  baseRevision: number;
  /** When the draft was last written (ISO time). */
  writtenAt: string;
  /** Committed changes not yet stored; null when there are none (only typing). */
  changes: DocumentChanges | null;
  typing: TypedText[];
}

const PREFIX = "threatcanvas:draft:";
const TYPING_PREFIX = "threatcanvas:typing:";
/** Where version 0.1 kept a whole document (one per model, whichever tab wrote last). */
const LEGACY_PREFIX = "threatcanvas:unsaved:";
/** Well under localStorage's usual 5 MB per origin (UTF-16: 2 bytes per character). */
const MAX_CHARS = 2_000_000;

const keyOf = (prefix: string, modelId: string, tabId: string) =>
  `${prefix}${encodeURIComponent(modelId)}:${encodeURIComponent(tabId)}`;

/** The page's localStorage, or null where the browser forbids it. */
export function pageDraftStorage(): DraftStorage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

/**
 * Keep what `doc` changed over `stored` (the document at `baseRevision`); clears the draft when
 * nothing differs. `stored` null (not known, e.g. while overwriting another tab's save) keeps
 * everything. Returns false when the draft could not be written (no storage, full, too big).
 */
export function writeChangesDraft(
  storage: DraftStorage | null,
  tabId: string,
  stored: ThreatModel | null,
  baseRevision: number,
  doc: ThreatModel,
): boolean {
  if (!storage) return false;
  if (stored === doc) {
    clearChangesDraft(storage, doc.id, tabId);
    return true;
  }
  const changes = diffDocuments(stored ?? emptyLike(doc), doc);
  return write(storage, keyOf(PREFIX, doc.id, tabId), {
    baseRevision,
    writtenAt: new Date().toISOString(),
    changes,
  });
}

export function clearChangesDraft(storage: DraftStorage | null, modelId: string, tabId: string) {
  remove(storage, keyOf(PREFIX, modelId, tabId));
}

/** Keep the text typed and not committed in the open model's fields (none: clear). */
export function writeTypingDraft(
  storage: DraftStorage | null,
  modelId: string,
  tabId: string,
  baseRevision: number,
  typing: readonly TypedText[],
): boolean {
  if (!storage) return false;
  const key = keyOf(TYPING_PREFIX, modelId, tabId);
  if (typing.length === 0) {
    remove(storage, key);
    return true;
  }
  return write(storage, key, { baseRevision, writtenAt: new Date().toISOString(), typing });
}

/**
 * Every draft of a model, by tab (malformed ones are dropped). A draft of version 0.1 (a whole
 * document) becomes the changes it holds over `stored`.
 */
export function listDrafts(
  local: DraftStorage | null,
  modelId: string,
  stored: ThreatModel,
  durableRows: ReadonlyArray<readonly [string, string]> = [],
): UnloadDraft[] {
  const storage = mergedView(local, durableRows);
  if (!storage) return [];
  const byTab = new Map<string, UnloadDraft>();
  const draftFor = (tabId: string, baseRevision: number, writtenAt: string): UnloadDraft => {
    const existing = byTab.get(tabId);
    if (existing) return existing;
    const created: UnloadDraft = {
      modelId,
      tabId,
      baseRevision,
      writtenAt,
      changes: null,
      typing: [],
    };
    byTab.set(tabId, created);
    return created;
  };
  for (const [prefix, tabId] of keysOf(storage, modelId)) {
    const data = read(storage, keyOf(prefix, modelId, tabId));
    if (!data) continue;
    const baseRevision = data.baseRevision;
    const writtenAt = typeof data.writtenAt === "string" ? data.writtenAt : "";
    if (typeof baseRevision !== "number") continue;
    if (prefix === PREFIX && isChanges(data.changes)) {
      const draft = draftFor(tabId, baseRevision, writtenAt);
      draft.changes = data.changes;
      draft.baseRevision = baseRevision;
      draft.writtenAt = writtenAt > draft.writtenAt ? writtenAt : draft.writtenAt;
    } else if (prefix === TYPING_PREFIX && Array.isArray(data.typing)) {
      const draft = draftFor(tabId, baseRevision, writtenAt);
      draft.typing = data.typing.filter(isTypedText);
      if (draft.changes === null) draft.baseRevision = baseRevision;
      draft.writtenAt = writtenAt > draft.writtenAt ? writtenAt : draft.writtenAt;
    }
  }
  const legacy = readLegacy(storage, modelId, stored);
  if (legacy) byTab.set(legacy.tabId, legacy);
  return [...byTab.values()].filter((d) => d.changes !== null || d.typing.length > 0);
}

/**
 * The keys under which a model's drafts are kept (both kinds, every tab), for storages that can
 * find keys by prefix (the IndexedDB copy, see DurableDrafts).
 */
export function draftKeyPrefixes(modelId: string): string[] {
  const model = encodeURIComponent(modelId);
  return [`${PREFIX}${model}:`, `${TYPING_PREFIX}${model}:`];
}

/**
 * A storage that writes to localStorage and also hands every write to `mirror` (the IndexedDB
 * copy). localStorage survives a crashed page but not always a killed browser (Chromium commits
 * it to disk seconds later); a committed IndexedDB transaction survives both. Reads are local.
 */
export function mirroredStorage(
  local: DraftStorage | null,
  mirror: (key: string, text: string | null) => void,
): DraftStorage {
  return {
    getItem: (key) => local?.getItem(key) ?? null,
    setItem: (key, value) => {
      mirror(key, value);
      local?.setItem(key, value);
    },
    removeItem: (key) => {
      mirror(key, null);
      local?.removeItem(key);
    },
    key: (index) => local?.key(index) ?? null,
    get length() {
      return local?.length ?? 0;
    },
    setElsewhere: (key, value) => {
      mirror(key, value);
      local?.removeItem(key);
    },
  };
}

/** localStorage and the IndexedDB copy as one: for a key in both, the newer draft wins. */
function mergedView(
  local: DraftStorage | null,
  durableRows: ReadonlyArray<readonly [string, string]>,
): DraftStorage | null {
  if (durableRows.length === 0) return local;
  const durable = new Map(durableRows);
  const written = (text: string | null) => {
    if (text === null) return "";
    try {
      const at = (JSON.parse(text) as { writtenAt?: unknown }).writtenAt;
      return typeof at === "string" ? at : "";
    } catch {
      return "";
    }
  };
  const localKeys: string[] = [];
  try {
    for (let i = 0; i < (local?.length ?? 0); i++) {
      const key = local!.key(i);
      if (key !== null) localKeys.push(key);
    }
  } catch {
    // Local keys unreadable: the durable copy alone.
  }
  const keys = [...new Set([...localKeys, ...durable.keys()])];
  const get = (key: string): string | null => {
    let mine: string | null = null;
    try {
      mine = local?.getItem(key) ?? null;
    } catch {
      mine = null;
    }
    const theirs = durable.get(key) ?? null;
    if (mine === null) return theirs;
    if (theirs === null) return mine;
    return written(theirs) > written(mine) ? theirs : mine;
  };
  return {
    getItem: get,
    setItem: () => undefined,
    removeItem: () => undefined,
    key: (index) => keys[index] ?? null,
    length: keys.length,
  };
}

/** Forget a tab's drafts of a model (both kinds). */
export function discardDraft(storage: DraftStorage | null, modelId: string, tabId: string): void {
  remove(storage, keyOf(PREFIX, modelId, tabId));
  remove(storage, keyOf(TYPING_PREFIX, modelId, tabId));
  if (tabId === LEGACY_TAB) remove(storage, `${LEGACY_PREFIX}${modelId}`);
}

/** Forget every draft of a model (it was deleted). */
export function discardAllDrafts(storage: DraftStorage | null, modelId: string): void {
  if (!storage) return;
  for (const [prefix, tabId] of keysOf(storage, modelId))
    remove(storage, keyOf(prefix, modelId, tabId));
  remove(storage, `${LEGACY_PREFIX}${modelId}`);
}

// -----------------------------------------------------------------------------------------------

const LEGACY_TAB = "(before this version)";

function readLegacy(
  storage: DraftStorage,
  modelId: string,
  stored: ThreatModel,
): UnloadDraft | null {
  const data = read(storage, `${LEGACY_PREFIX}${modelId}`);
  if (!data || typeof data.baseRevision !== "number") return null;
  const parsed = parseThreatModel(data.model);
  if (!parsed.ok || parsed.value.id !== modelId) return null;
  return {
    modelId,
    tabId: LEGACY_TAB,
    baseRevision: data.baseRevision,
    writtenAt: parsed.value.updatedAt,
    changes: diffDocuments(stored, parsed.value, { deep: true }),
    typing: [],
  };
}

function* keysOf(storage: DraftStorage, modelId: string): Generator<[string, string]> {
  const keys: string[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key !== null) keys.push(key);
    }
  } catch {
    return;
  }
  const model = encodeURIComponent(modelId);
  for (const key of keys) {
    for (const prefix of [PREFIX, TYPING_PREFIX]) {
      if (!key.startsWith(prefix)) continue;
      const rest = key.slice(prefix.length);
      const colon = rest.indexOf(":");
      if (colon < 0 || rest.slice(0, colon) !== model) continue;
      try {
        yield [prefix, decodeURIComponent(rest.slice(colon + 1))];
      } catch {
        // A key we did not write.
      }
    }
  }
}

function write(storage: DraftStorage, key: string, value: object): boolean {
  try {
    const text = JSON.stringify(value);
    if (text.length > MAX_CHARS) {
      // Too big for localStorage: kept in IndexedDB only, where there is one; never an old
      // draft that no longer matches what is on screen.
      if (storage.setElsewhere) {
        storage.setElsewhere(key, text);
        return true;
      }
      storage.removeItem(key);
      return false;
    }
    storage.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}

function read(storage: DraftStorage, key: string): Record<string, unknown> | null {
  try {
    const text = storage.getItem(key);
    if (text === null) return null;
    const data: unknown = JSON.parse(text);
    return typeof data === "object" && data !== null && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

function remove(storage: DraftStorage | null, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // A draft that cannot be removed is checked against the stored revision when read.
  }
}

/** The shape only: the items are checked (as outside data) when the changes are applied. */
function isChanges(value: unknown): value is DocumentChanges {
  if (typeof value !== "object" || value === null) return false;
  const c = value as Record<string, unknown>;
  const items = (v: unknown) => {
    if (typeof v !== "object" || v === null) return false;
    const i = v as Record<string, unknown>;
    return (
      Array.isArray(i.put) &&
      i.put.every(
        (item) =>
          typeof item === "object" &&
          item !== null &&
          typeof (item as { id?: unknown }).id === "string",
      ) &&
      Array.isArray(i.remove) &&
      i.remove.every((id) => typeof id === "string") &&
      (i.order === null ||
        (Array.isArray(i.order) && i.order.every((id) => typeof id === "string")))
    );
  };
  return (
    typeof c.fields === "object" &&
    c.fields !== null &&
    !Array.isArray(c.fields) &&
    Array.isArray(c.removedFields) &&
    c.removedFields.every((k) => typeof k === "string") &&
    items(c.elements) &&
    items(c.flows)
  );
}

function isTypedText(value: unknown): value is TypedText {
  if (typeof value !== "object" || value === null) return false;
  const t = value as Record<string, unknown>;
  const target = t.target as Record<string, unknown> | null;
  const targetOk =
    typeof target === "object" &&
    target !== null &&
    (target.kind === "model" ||
      ((target.kind === "element" || target.kind === "flow") && typeof target.id === "string"));
  return (
    targetOk &&
    typeof t.field === "string" &&
    typeof t.label === "string" &&
    typeof t.text === "string" &&
    typeof t.base === "string"
  );
}

/** A document with nothing in it, to diff against when the stored one is not known. */
function emptyLike(doc: ThreatModel): ThreatModel {
  return { id: doc.id, elements: [], flows: [] } as unknown as ThreatModel;
}

// --- While IndexedDB is unavailable -------------------------------------------------------------

const MEMORY_KEY = "threatcanvas:memory";

/**
 * With IndexedDB unavailable (blocked, private mode) the model lives in the tab only. It is also
 * kept whole in localStorage when that works and it fits, so a reload does not lose it, and it
 * is stored as a model as soon as IndexedDB works again.
 */
export function writeMemoryDraft(storage: DraftStorage | null, model: ThreatModel): boolean {
  if (!storage) return false;
  return write(storage, MEMORY_KEY, { model });
}

export function readMemoryDraft(storage: DraftStorage | null): ThreatModel | null {
  if (!storage) return null;
  const data = read(storage, MEMORY_KEY);
  if (!data) return null;
  const parsed = parseThreatModel(data.model);
  return parsed.ok ? parsed.value : null;
}

export function clearMemoryDraft(storage: DraftStorage | null): void {
  remove(storage, MEMORY_KEY);
}
