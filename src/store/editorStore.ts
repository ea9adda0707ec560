import { createStore } from "zustand/vanilla";
import { useStore } from "zustand";
import { nowIso } from "../domain/document";
import { checkDocument } from "../domain/documentCheck";
import type { KindChange } from "../domain/kindFit";
import type { Fragment } from "../domain/operations";
import type { Point, Size, ThreatModel } from "../domain/schema";
import type { Command } from "./command";
import { emptyHistory, record, redo, undo, type History } from "./history";
import { rebaseHistory } from "./rebase";

export interface Notice {
  id: number;
  kind: "error" | "info";
  text: string;
  /** ML kinds changed to fit their element types: listed under the text, kept until dismissed. */
  kindChanges?: readonly KindChange[];
}

export interface EditorState {
  /** The open document: the single source of truth every view derives from. */
  doc: ThreatModel | null;
  history: History;
  /** Selected element and flow ids. UI state: not in the document, not in history. */
  selection: readonly string[];
  /**
   * Positions of nodes while a drag is in progress (relative to their parent). Drag frames are
   * never history entries and never saved: the move is committed once, on release.
   */
  dragPositions: ReadonlyMap<string, Point>;
  /** Sizes of nodes while a resize is in progress; committed once, on release. */
  liveSizes: ReadonlyMap<string, Size>;
  /** Id of the node being resized, if any (its position changes are transient too). */
  resizingId: string | null;
  /** In-memory copy of the last Copy, for when the system clipboard is not available. */
  clipboard: Fragment | null;
  notice: Notice | null;

  /** Open a document: resets history and selection. */
  open(doc: ThreatModel): void;
  /**
   * Show a newer version of the open model that came from elsewhere (another tab's save): the
   * selection is kept where its items still exist, and undo history where its steps still apply
   * (see rebaseHistory). A different model is simply opened.
   */
  adoptRemote(doc: ThreatModel): void;
  close(): void;
  /** Run a named command; returns false (and shows why) when it was refused. */
  execute(command: Command): boolean;
  undo(): void;
  redo(): void;
  select(ids: readonly string[]): void;
  setDragPositions(positions: ReadonlyMap<string, Point>): void;
  setLiveSizes(sizes: ReadonlyMap<string, Size>): void;
  setResizing(id: string | null): void;
  setClipboard(fragment: Fragment): void;
  notify(kind: Notice["kind"], text: string, details?: Pick<Notice, "kindChanges">): void;
  dismissNotice(): void;
}

const NO_POSITIONS: ReadonlyMap<string, Point> = new Map();
const NO_SIZES: ReadonlyMap<string, Size> = new Map();
const NO_TRANSIENTS = { dragPositions: NO_POSITIONS, liveSizes: NO_SIZES, resizingId: null };
let noticeCounter = 0;

export function createEditorStore() {
  return createStore<EditorState>()((set, get) => ({
    doc: null,
    history: emptyHistory,
    selection: [],
    ...NO_TRANSIENTS,
    clipboard: null,
    notice: null,

    open(doc) {
      set({ doc, history: emptyHistory, selection: [], ...NO_TRANSIENTS });
    },

    adoptRemote(doc) {
      const { doc: current, history, selection } = get();
      if (!current || current.id !== doc.id) {
        get().open(doc);
        return;
      }
      set({ doc, history: rebaseHistory(history, doc), selection: existing(doc, selection) });
    },

    close() {
      set({ doc: null, history: emptyHistory, selection: [], ...NO_TRANSIENTS });
    },

    execute(command) {
      const { doc, history, selection } = get();
      if (!doc) return false;
      const outcome = command.perform(doc);
      const refuse = (reason: string) => {
        get().notify("error", command.refusal ? `${command.refusal}: ${reason}` : reason);
        return false;
      };
      if (!outcome.ok) return refuse(outcome.error);
      if (command.takesOutsideData && outcome.doc !== doc) {
        // Only what differs from the open document is parsed; references are followed in full.
        const check = checkDocument(outcome.doc, { since: doc });
        if (!check.ok) return refuse(check.errors.join("; "));
      }
      const nextSelection = outcome.select ?? selection;
      if (outcome.notice) get().notify("info", outcome.notice);
      if (outcome.doc === doc) {
        if (outcome.select) set({ selection: nextSelection });
        return true;
      }
      if (command.history === "skip") {
        if (outcome.notice) get().notify("info", outcome.notice);
        set({ doc: outcome.doc });
        return true;
      }
      const after = { ...outcome.doc, updatedAt: nowIso() };
      if (outcome.notice) get().notify("info", outcome.notice);
      set({
        doc: after,
        selection: existing(after, nextSelection),
        history: record(history, {
          name: command.name,
          before: doc,
          after,
          selectionBefore: selection,
          selectionAfter: nextSelection,
        }),
      });
      return true;
    },

    undo() {
      const { doc, history } = get();
      const step = undo(history);
      if (!doc || !step) return;
      const restored = { ...step.entry.before, viewport: doc.viewport, updatedAt: nowIso() };
      set({
        doc: restored,
        history: step.history,
        selection: existing(restored, step.entry.selectionBefore),
        ...NO_TRANSIENTS,
      });
    },

    redo() {
      const { doc, history } = get();
      const step = redo(history);
      if (!doc || !step) return;
      const restored = { ...step.entry.after, viewport: doc.viewport, updatedAt: nowIso() };
      set({
        doc: restored,
        history: step.history,
        selection: existing(restored, step.entry.selectionAfter),
        ...NO_TRANSIENTS,
      });
    },

    select(ids) {
      const current = get().selection;
      if (current.length === ids.length && current.every((id, i) => id === ids[i])) return;
      set({ selection: [...ids] });
    },

    setDragPositions(positions) {
      set({ dragPositions: positions.size === 0 ? NO_POSITIONS : positions });
    },

    setLiveSizes(sizes) {
      set({ liveSizes: sizes.size === 0 ? NO_SIZES : sizes });
    },

    setResizing(id) {
      set({ resizingId: id });
    },

    setClipboard(fragment) {
      set({ clipboard: fragment });
    },

    notify(kind, text, details = {}) {
      set({ notice: { id: ++noticeCounter, kind, text, ...details } });
    },

    dismissNotice() {
      set({ notice: null });
    },
  }));
}

function existing(doc: ThreatModel, ids: readonly string[]): readonly string[] {
  if (ids.length === 0) return ids;
  const known = new Set<string>();
  for (const e of doc.elements) known.add(e.id);
  for (const f of doc.flows) known.add(f.id);
  return ids.filter((id) => known.has(id));
}

export type EditorStore = ReturnType<typeof createEditorStore>;

/** The app's one editor store. Tests create their own with createEditorStore(). */
export const editorStore: EditorStore = createEditorStore();

export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(editorStore, selector);
}
