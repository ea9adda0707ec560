import type { AgendaPhaseId } from "./agenda";

/** The agenda's phases, in words: what the room does in each. */
export const AGENDA_PHASE_LABELS: Readonly<Record<AgendaPhaseId, string>> = {
  review: "Review the diagram",
  walk: "Walk each element and flow",
  score: "Score the threats",
  mitigations: "Choose the top mitigations",
};

/** The phases' names, short, for buttons and the agenda strip. */
export const AGENDA_PHASE_SHORT_LABELS: Readonly<Record<AgendaPhaseId, string>> = {
  review: "Review",
  walk: "Walk",
  score: "Score",
  mitigations: "Mitigations",
};
