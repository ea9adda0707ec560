import {
  applyChanges,
  diffDocuments,
  invertChanges,
  isContainedIn,
  touchesStructure,
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
    // The other version still holds what this step left (its items were not changed there).
    if (!isContainedIn(current, changes, IGNORED)) continue;
    const before = replay(current, invertChanges(entry.before, changes));
    if (!before) continue;
    past.unshift({ ...entry, before, after: current });
    current = before;
  }
  const future: HistoryEntry[] = [];
  let head = remote;
  for (const entry of history.future) {
    const changes = diffDocuments(entry.before, entry.after);
    // The other version still holds what this step found.
    if (!isContainedIn(head, invertChanges(entry.before, changes), IGNORED)) continue;
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
  if (!touchesStructure(doc, changes)) return next;
  return checkDocument(next, { since: doc }).ok ? next : null;
}
