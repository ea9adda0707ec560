import { hasChanges, isContainedIn } from "../domain/changes";
import type { ThreatModel } from "../domain/schema";
import type { UnloadDraft } from "../persistence";

/**
 * What to do with the unload drafts found when a model opens. The rules:
 * - only drafts of tabs that are gone are taken (this tab's own, from before a reload, included);
 *   a live tab's draft is its own business;
 * - changes already in the stored version are dropped (their save landed);
 * - changes are applied silently only over the revision they were made from, or over the next
 *   one when that one was written by the draft's own tab (its save in flight landed before it
 *   died): nothing anybody else stored can be overwritten that way;
 * - any other draft is a conflict: the user sees it next to the stored version and chooses.
 * One draft with changes is handled per opening (the newest); older ones stay for the next.
 */

export interface RecoveryInput {
  stored: ThreatModel;
  revision: number;
  /** The tab that wrote the stored revision, when recorded. */
  savedBy: string | null;
  drafts: readonly UnloadDraft[];
  tabId: string;
  /** Tabs alive now; null when that cannot be known (then every other tab counts as gone). */
  alive: ReadonlySet<string> | null;
}

export interface RecoveryPlan {
  /** Changes to apply now, silently (the user is told afterwards). */
  restore: UnloadDraft | null;
  /** Changes made on another version than the stored one: for the user to decide. */
  conflict: UnloadDraft | null;
  /** Text typed and not committed, to put back into its fields. */
  typing: UnloadDraft["typing"];
  /** Drafts (by tab) to forget: nothing in them is missing from what is stored or restored. */
  discard: string[];
  /** Drafts of tabs still alive, left alone. */
  skipped: string[];
}

export function planRecovery(input: RecoveryInput): RecoveryPlan {
  const plan: RecoveryPlan = {
    restore: null,
    conflict: null,
    typing: [],
    discard: [],
    skipped: [],
  };
  const gone = input.drafts.filter((draft) => {
    const abandoned =
      draft.tabId === input.tabId || input.alive === null || !input.alive.has(draft.tabId);
    if (!abandoned) plan.skipped.push(draft.tabId);
    return abandoned;
  });
  const withChanges: UnloadDraft[] = [];
  for (const draft of gone) {
    const pending =
      draft.changes !== null &&
      hasChanges(draft.changes) &&
      !isContainedIn(input.stored, draft.changes);
    if (pending) withChanges.push(draft);
    else if (draft.typing.length === 0) plan.discard.push(draft.tabId);
  }
  withChanges.sort((a, b) => (a.writtenAt < b.writtenAt ? 1 : a.writtenAt > b.writtenAt ? -1 : 0));
  const newest = withChanges[0];
  if (newest) {
    const overOwnSave =
      newest.baseRevision + 1 === input.revision && input.savedBy === newest.tabId;
    if (newest.baseRevision === input.revision || overOwnSave) plan.restore = newest;
    else plan.conflict = newest;
  }
  // Typing comes back with the changes it was typed over, or alone from the newest draft.
  const typingFrom =
    newest && newest.typing.length > 0
      ? newest
      : gone
          .filter((d) => d.typing.length > 0 && !withChanges.includes(d))
          .sort((a, b) => (a.writtenAt < b.writtenAt ? 1 : -1))[0];
  if (typingFrom) {
    plan.typing = typingFrom.typing;
    // Typing alone is handed over to the fields (and this tab's own draft) now.
    if (!withChanges.includes(typingFrom)) plan.discard.push(typingFrom.tabId);
  }
  return plan;
}
