/**
 * Why a click on "Reload" (for a new version) must not reload now, in the user's words; null
 * when reloading loses nothing. A reload keeps committed edits (they are saved, and kept in the
 * unload draft), but text still being typed, a conflict with another tab waiting for a choice,
 * or changes storage refused are not for an update to settle.
 */
export interface ReloadFacts {
  /** Labels of the fields holding text typed and not committed (Enter / leaving the field). */
  typingLabels: readonly string[];
  /** Another tab saved the open model while this one had changes: the banner asks which to keep. */
  changedElsewhere: boolean;
  /** The save state after flushing, when a model is open. */
  save: { state: string; unsavedChanges: boolean } | null;
}

export function reloadBlocker(facts: ReloadFacts): string | null {
  const labels = [...new Set(facts.typingLabels)];
  if (labels.length > 0) {
    return `Finish what you are typing in ${listOf(labels)} (Escape undoes it), then reload.`;
  }
  if (facts.changedElsewhere || facts.save?.state === "conflict") {
    return "This model was changed in another tab: choose which version to keep first, then reload.";
  }
  if (facts.save && facts.save.state === "failed" && facts.save.unsavedChanges) {
    return "Your latest changes are not saved yet, and a reload could lose them: export the model (Export, Model as JSON) or reload once saving works.";
  }
  return null;
}

function listOf(labels: readonly string[]): string {
  const quoted = labels.map((l) => `“${l}”`);
  if (quoted.length === 1) return quoted[0]!;
  return `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
}
