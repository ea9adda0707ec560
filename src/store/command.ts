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
  perform(doc: ThreatModel): CommandOutcome;
}

export type CommandOutcome = OperationResult & {
  /** Ids to select after the command (e.g. what was just added or pasted). */
  select?: string[];
  /** Something the user should be told about what the command did (shown as a notice). */
  notice?: string;
};
