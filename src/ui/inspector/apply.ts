import type { Command } from "../../store/command";
import type { EditorState } from "../../store/editorStore";

/** The part of the editor store the inspector writes through. */
export interface CommandRunner {
  getState(): Pick<EditorState, "doc" | "execute">;
}

/**
 * Run a command through the store (one undo entry), but first try it on the current document so
 * that a refusal can be shown under the field that caused it instead of as an app-wide notice.
 * Returns null when applied (or when there was nothing to change), else the refusal text.
 */
export function applyCommand(store: CommandRunner, command: Command): string | null {
  const { doc, execute } = store.getState();
  if (!doc) return "No model is open.";
  const trial = command.perform(doc);
  if (!trial.ok) return trial.error;
  if (trial.doc === doc) return null;
  return execute(command) ? null : "The change could not be applied.";
}
