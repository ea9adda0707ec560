import type { OperationResult } from "../domain/operations";
import type { ThreatModel } from "../domain/schema";

/**
 * Every user operation is a named command. Toolbar buttons, shortcuts, context menus and tests
 * all run the same command through `useEditorStore.getState().execute(...)`.
 *
 * history: "record" makes one undo entry; "skip" changes the document without one (viewport,
 * which is saved but never undone).
 */
export interface Command {
  name: string;
  history: "record" | "skip";
  /**
   * The command brings in data from outside the app's own operations (a paste, an import, a
   * migrated or recovered document): the document it yields is checked as the loader checks a
   * stored one, and refused with the reason, the open model untouched, if it would not open.
   */
  takesOutsideData?: boolean;
  /** How a refusal starts, e.g. "Nothing pasted" (default: the command's name and "refused"). */
  refusal?: string;
  perform(doc: ThreatModel): CommandOutcome;
}

export type CommandOutcome = OperationResult & {
  /** Ids to select after the command (e.g. what was just added or pasted). */
  select?: string[];
  /** Something the user should know about what just happened, shown as an info notice. */
  notice?: string;
};
