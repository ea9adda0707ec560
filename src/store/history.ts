import type { ThreatModel } from "../domain/schema";

/** One undoable change: the documents before and after, shared structurally with the live one. */
export interface HistoryEntry {
  name: string;
  before: ThreatModel;
  after: ThreatModel;
  selectionBefore: readonly string[];
  selectionAfter: readonly string[];
}

export interface History {
  past: readonly HistoryEntry[];
  future: readonly HistoryEntry[];
}

/** Enough for a long workshop; documents share structure, so each entry is small. */
export const HISTORY_LIMIT = 300;

export const emptyHistory: History = { past: [], future: [] };

export function record(history: History, entry: HistoryEntry): History {
  const past = [...history.past, entry];
  if (past.length > HISTORY_LIMIT) past.splice(0, past.length - HISTORY_LIMIT);
  return { past, future: [] };
}

export function undo(history: History): { history: History; entry: HistoryEntry } | null {
  const entry = history.past[history.past.length - 1];
  if (!entry) return null;
  return {
    entry,
    history: { past: history.past.slice(0, -1), future: [entry, ...history.future] },
  };
}

export function redo(history: History): { history: History; entry: HistoryEntry } | null {
  const entry = history.future[0];
  if (!entry) return null;
  return {
    entry,
    history: { past: [...history.past, entry], future: history.future.slice(1) },
  };
}
