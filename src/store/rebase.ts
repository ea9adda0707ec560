import {
  applyChanges,
  diffDocuments,
  holdsChangedItemsOf,
  invertChanges,
  type DocumentChanges,
} from "../domain/changes";
import { checkDocument } from "../domain/documentCheck";
import type { ThreatModel } from "../domain/schema";
import type { History, HistoryEntry } from "./history";

/**
 * Undo history over a newer version of the document from elsewhere (another tab's save): each
 * step is replayed over the new version, item by item, and kept when it still applies — when the
 * new version holds what the step changed exactly as the step left it (for undo) or found it
 * (for redo). A step whose items were changed elsewhere is dropped, never replayed over the other
 * tab's work; steps that touched other items survive it. Undo then reverts one's own step and
 * nothing of the other tab's.
 */

/** Never compared: undo keeps the current viewport and stamps a new time anyway. */
const IGNORED = new Set(["updatedAt", "viewport"]);

export function rebaseHistory(history: History, remote: ThreatModel): History {
  const past: HistoryEntry[] = [];
  let current = remote;
  for (let i = history.past.length - 1; i >= 0; i--) {
    const entry = history.past[i]!;
    const changes = diffDocuments(entry.before, entry.after);
    if (!holdsChangedItemsOf(current, entry.after, changes, IGNORED)) continue;
    const before = replay(current, invertChanges(entry.before, changes));
    if (!before) continue;
    past.unshift({ ...entry, before, after: current });
    current = before;
  }
  const future: HistoryEntry[] = [];
  let head = remote;
  for (const entry of history.future) {
    const changes = diffDocuments(entry.before, entry.after);
    if (!holdsChangedItemsOf(head, entry.before, changes, IGNORED)) continue;
    const after = replay(head, changes);
    if (!after) continue;
    future.push({ ...entry, before: head, after });
    head = after;
  }
  return { past, future };
}

/** `doc` with the changes, or null when that would break the document (a flow losing an end). */
function replay(doc: ThreatModel, changes: DocumentChanges): ThreatModel | null {
  const fields = Object.fromEntries(
    Object.entries(changes.fields).filter(([key]) => !IGNORED.has(key)),
  );
  const next = applyChanges(doc, { ...changes, fields });
  if (!changesStructure(doc, changes)) return next;
  return checkDocument(next, { since: doc }).ok ? next : null;
}

/** Whether the changes add or remove items or re-wire one (a parent, a flow's ends). */
function changesStructure(doc: ThreatModel, changes: DocumentChanges): boolean {
  if (changes.elements.remove.length > 0 || changes.flows.remove.length > 0) return true;
  if (["id", "customThreats", "mitigations", "assumptions"].some((k) => k in changes.fields)) {
    return true;
  }
  if (changes.elements.put.length > 0) {
    const byId = new Map(doc.elements.map((e) => [e.id, e]));
    for (const e of changes.elements.put) {
      const old = byId.get(e.id);
      if (!old || old.parentId !== e.parentId || old.type !== e.type) return true;
    }
  }
  if (changes.flows.put.length > 0) {
    const byId = new Map(doc.flows.map((f) => [f.id, f]));
    for (const f of changes.flows.put) {
      const old = byId.get(f.id);
      if (!old || old.source !== f.source || old.target !== f.target) return true;
    }
  }
  return false;
}
