import { useEffect, useRef, useState } from "react";
import {
  cueBetween,
  goToPhase,
  nextPhase,
  pauseClock,
  previousPhase,
  readClock,
  startClock,
  type AgendaCue,
  type AgendaReading,
  formatCountdown,
} from "../../domain/workshop/agenda";
import { AGENDA_PHASE_LABELS } from "../../domain/workshop/labels";
import { editorStore, useEditor } from "../../store/editorStore";
import { playChime } from "./chime";
import { agendaOptions, useWorkshopUi } from "./workshopUi";

const NO_AGENDA: never[] = [];

/** The agenda's clock read now, and again every half second while it runs. */
export function useAgendaReading(): AgendaReading {
  const agenda = useEditor((s) => s.doc?.workshop.agenda ?? NO_AGENDA);
  const clock = useWorkshopUi((s) => s.clock);
  const autoAdvance = useWorkshopUi((s) => s.autoAdvance);
  const [now, setNow] = useState(() => Date.now());
  const running = clock.runningSince !== null;
  useEffect(() => {
    setNow(Date.now());
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [running, clock]);
  return readClock(clock, agenda, now, { autoAdvance });
}

/** Words for a cue, said by the screen reader and shown with the visual cue. */
export function cueText(cue: AgendaCue): string {
  switch (cue.kind) {
    case "phaseStarted":
      return `Next phase: ${AGENDA_PHASE_LABELS[cue.phase.id]} (${cue.phase.minutes} min)`;
    case "endingSoon":
      return `${formatCountdown(cue.remainingMs)} left for ${AGENDA_PHASE_LABELS[cue.phase.id]}`;
    case "timeUp":
      return `Time is up for ${AGENDA_PHASE_LABELS[cue.phase.id]}`;
    case "sessionOver":
      return "The agenda is done";
  }
}

/**
 * The cue due as time passes (not on the facilitator's own moves): returns it while it shows
 * (a few seconds), plays the soft chime when sound is on.
 */
export function useAgendaCue(reading: AgendaReading): AgendaCue | null {
  const previous = useRef<AgendaReading | null>(null);
  const clock = useWorkshopUi((s) => s.clock);
  const lastClock = useRef(clock);
  const [cue, setCue] = useState<AgendaCue | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = reading;
    // A move the facilitator made is not a cue: compare only readings of the same clock.
    if (lastClock.current !== clock) {
      lastClock.current = clock;
      return;
    }
    if (!before) return;
    const due = cueBetween(before, reading);
    if (!due) return;
    setCue(due);
    if (useWorkshopUi.getState().sound) playChime(due.kind === "endingSoon" ? "warning" : "phase");
  }, [reading, clock]);
  useEffect(() => {
    if (!cue) return;
    const timer = setTimeout(() => setCue(null), 8000);
    return () => clearTimeout(timer);
  }, [cue]);
  return cue;
}

/** The facilitator's moves, each read against the time now. */
export const agendaControls = {
  toggle(reading: AgendaReading) {
    const state = useWorkshopUi.getState();
    const agenda = currentAgenda();
    const now = Date.now();
    const options = agendaOptions(state);
    state.setClock(
      reading.status === "running"
        ? pauseClock(state.clock, agenda, now, options)
        : startClock(state.clock, agenda, now, options),
    );
  },
  next() {
    const state = useWorkshopUi.getState();
    state.setClock(nextPhase(state.clock, currentAgenda(), Date.now(), agendaOptions(state)));
  },
  previous() {
    const state = useWorkshopUi.getState();
    state.setClock(previousPhase(state.clock, currentAgenda(), Date.now(), agendaOptions(state)));
  },
  goTo(index: number) {
    const state = useWorkshopUi.getState();
    state.setClock(
      goToPhase(state.clock, currentAgenda(), index, Date.now(), agendaOptions(state)),
    );
  },
};

function currentAgenda() {
  return editorStore.getState().doc?.workshop.agenda ?? NO_AGENDA;
}
