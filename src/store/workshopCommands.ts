import { editTriage, type TriagePatch } from "../domain/triage/fields";
import { STATUS_LABELS } from "../domain/triage/labels";
import { setStatus, type StatusChange } from "../domain/triage/status";
import type { TriageTarget } from "../domain/triage/target";
import {
  addAttendee,
  answerPrompt,
  clearWalk,
  markWalked,
  removeAttendee,
  resetAgenda,
  setPhaseMinutes,
  setWorkshopNotes,
  unmarkWalked,
  updateAttendee,
  type AttendeeFields,
} from "../domain/workshop/record";
import type { Command } from "./command";

/**
 * The workshop's operations as named commands, each one undo step: the session record, the walk
 * marks, prompt answers, agenda durations, and decisions taken during the walk (logged as made
 * in the walk). Applying a what-if is in `commands.ts`: it changes the diagram.
 */
export const workshopCommands = {
  /** Marks a step of the guided walk walked; `label` names it in the undo list. */
  markWalked(ids: readonly string[], label: string): Command {
    return {
      name: `Walked: ${label}`,
      history: "record",
      perform: (doc) => markWalked(doc, ids),
    };
  },

  unmarkWalked(ids: readonly string[], label: string): Command {
    return {
      name: `Not walked: ${label}`,
      history: "record",
      perform: (doc) => unmarkWalked(doc, ids),
    };
  },

  clearWalk(): Command {
    return { name: "Start the walk over", history: "record", perform: (doc) => clearWalk(doc) };
  },

  addAttendee(fields: AttendeeFields): Command {
    return { name: "Add attendee", history: "record", perform: (doc) => addAttendee(doc, fields) };
  },

  updateAttendee(index: number, fields: AttendeeFields): Command {
    return {
      name: "Edit attendee",
      history: "record",
      perform: (doc) => updateAttendee(doc, index, fields),
    };
  },

  removeAttendee(index: number): Command {
    return {
      name: "Remove attendee",
      history: "record",
      perform: (doc) => removeAttendee(doc, index),
    };
  },

  setNotes(notes: string): Command {
    return {
      name: "Edit session notes",
      history: "record",
      perform: (doc) => setWorkshopNotes(doc, notes),
    };
  },

  answerPrompt(key: string, answer: string, at?: string): Command {
    return {
      name: answer.trim() === "" ? "Clear prompt answer" : "Answer prompt",
      history: "record",
      perform: (doc) => answerPrompt(doc, key, answer, at),
    };
  },

  setPhaseMinutes(index: number, minutes: number, label: string): Command {
    return {
      name: `Agenda: ${label} ${minutes} min`,
      history: "record",
      perform: (doc) => setPhaseMinutes(doc, index, minutes),
    };
  },

  resetAgenda(): Command {
    return { name: "Reset agenda", history: "record", perform: (doc) => resetAgenda(doc) };
  },

  /** A status set in the walk's strip: a triage decision, logged as made during the walk. */
  setStatusInWalk(target: TriageTarget, change: StatusChange, by: string): Command {
    return {
      name: `Set status: ${STATUS_LABELS[change.status]}`,
      history: "record",
      perform: (doc) => setStatus(doc, target, change, { by }, "walk"),
    };
  },

  /** A finding scored in the session's scoring phase (likelihood, impact or DREAD-AI). */
  scoreInSession(
    target: TriageTarget,
    patch: Pick<TriagePatch, "likelihood" | "impact" | "dread">,
    by: string,
  ): Command {
    return {
      name: "Score finding",
      history: "record",
      perform: (doc) => editTriage(doc, target, patch, { by }, "walk"),
    };
  },

  /** Owner and notes edited in the walk's strip. */
  editTriageInWalk(target: TriageTarget, patch: TriagePatch, by: string): Command {
    return {
      name: "Edit decision",
      history: "record",
      perform: (doc) => editTriage(doc, target, patch, { by }, "walk"),
    };
  },
};
