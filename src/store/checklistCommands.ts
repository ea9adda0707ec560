import {
  answerChecklistItem,
  clearChecklistAnswer,
  type ChecklistEntry,
} from "../domain/checklistAnswers";
import { nowIso } from "../domain/document";
import type { Command } from "./command";

const ANSWER_NAMES = { yes: "Yes", no: "No", notApplicable: "Not applicable" } as const;

/**
 * The model-level checklist as named commands: each answer (or note) is one undo step, as a
 * triage decision is. `by` is the name the user gave for the decision log.
 */
export const checklistCommands = {
  answer(code: string, entry: ChecklistEntry, by: string): Command {
    return {
      name: `Checklist: ${ANSWER_NAMES[entry.answer]}`,
      history: "record",
      perform: (doc) => answerChecklistItem(doc, code, entry, { by, at: nowIso() }),
    };
  },

  clear(code: string): Command {
    return {
      name: "Checklist: clear answer",
      history: "record",
      perform: (doc) => clearChecklistAnswer(doc, code),
    };
  },
};
