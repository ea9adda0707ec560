import type { ThreatModel } from "../../domain/schema";
import { walkOrder, walkProgress } from "../../domain/workshop/walk";
import { AGENDA_PHASE_LABELS } from "../../domain/workshop/labels";
import type { AgendaPhaseId } from "../../domain/workshop/agenda";
import { promptById } from "../../engine/prompts";
import type { SubjectInfo } from "../report/summary";

/** The workshop held on the model, as the reports show it. */
export interface ReportWorkshop {
  attendees: Array<{ name: string; role: string }>;
  notes: string;
  agenda: Array<{ id: AgendaPhaseId; label: string; minutes: number }>;
  /** Steps of the guided walk walked, of the walk the model has now. */
  walk: { walked: number; total: number };
  /** The room's answers to blind-spot prompts, in the order they were given. */
  promptAnswers: Array<{
    key: string;
    promptId: string;
    subjectId: string;
    question: string;
    /** The element it was asked at, named. */
    subject: string;
    answer: string;
    at: string | null;
  }>;
  /** Decision log entries made during the guided walk (they are listed in the log). */
  walkDecisions: number;
}

/**
 * The workshop record for a report, or null when no session left anything on this model (no
 * attendee, note, walked step, answer or decision in the walk: an untouched agenda is not a
 * session).
 */
export function buildReportWorkshop(
  model: ThreatModel,
  named: (id: string) => SubjectInfo,
): ReportWorkshop | null {
  const { workshop } = model;
  const walkDecisions = model.decisionLog.filter((entry) => entry.via === "walk").length;
  const answers = Object.entries(workshop.promptAnswers);
  if (
    workshop.attendees.length === 0 &&
    workshop.notes.trim() === "" &&
    workshop.walked.length === 0 &&
    answers.length === 0 &&
    walkDecisions === 0
  ) {
    return null;
  }
  return {
    attendees: workshop.attendees.map(({ name, role }) => ({ name, role })),
    notes: workshop.notes,
    agenda: workshop.agenda.map(({ id, minutes }) => ({
      id,
      label: AGENDA_PHASE_LABELS[id],
      minutes,
    })),
    walk: walkProgress(walkOrder(model), workshop.walked),
    promptAnswers: answers
      .map(([key, { answer, at }]) => {
        const split = key.indexOf("@");
        const promptId = split === -1 ? key : key.slice(0, split);
        const subjectId = split === -1 ? "" : key.slice(split + 1);
        return {
          key,
          promptId,
          subjectId,
          // A prompt retired from the catalog (or a file from a later version) keeps its answer.
          question: promptById(promptId)?.text ?? `Prompt "${promptId}"`,
          subject: subjectId ? named(subjectId).name : "",
          answer,
          at,
        };
      })
      .sort((a, b) => byTime(a.at, b.at) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    walkDecisions,
  };
}

/** Earlier first; answers without a time after those with one. */
function byTime(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
