import type { TriageStatus } from "../../domain/decisions";
import { JUSTIFIED_STATUSES, needsJustification } from "../../domain/triage/rules";
import { decisionFor, type TriageTarget } from "../../domain/triage/target";
import type { Command } from "../../store/command";
import { editorStore } from "../../store/editorStore";
import { withTriageCommands, type TriageCommands } from "./lazyCommands";
import { useTriageView } from "./triageView";
import { withUserName } from "./userName";

/**
 * Set a finding's status from a key or a menu. A status that needs a reason opens the decision
 * editor with it chosen (and any reason given before filled in, to confirm); the others apply at
 * once. The user's name is asked once, on the first decision.
 */
export function chooseStatus(finding: TriageTarget, status: TriageStatus): void {
  const doc = editorStore.getState().doc;
  if (!doc) return;
  if (JUSTIFIED_STATUSES.includes(status) || needsJustification(doc, finding, status)) {
    useTriageView.getState().edit(finding.id, status);
    return;
  }
  if ((decisionFor(doc.triage, finding)?.status ?? "open") === status) return;
  withUserName((by) =>
    withTriageCommands((commands) => {
      editorStore.getState().execute(commands.setStatus(finding, { status }, by));
    }),
  );
}

/** Run a command that writes to the decision log with the user's name; `then` gets the outcome. */
export function executeAs(
  make: (by: string, commands: TriageCommands) => Command,
  then?: (ok: boolean) => void,
): void {
  withUserName((by) =>
    withTriageCommands((commands) => {
      const ok = editorStore.getState().execute(make(by, commands));
      then?.(ok);
    }),
  );
}

/** Run a triage command that needs no name (it writes nothing to the log). */
export function executeTriage(
  make: (commands: TriageCommands) => Command,
  then?: (ok: boolean) => void,
): void {
  withTriageCommands((commands) => {
    const ok = editorStore.getState().execute(make(commands));
    then?.(ok);
  });
}
