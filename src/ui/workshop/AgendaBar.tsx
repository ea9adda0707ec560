import { formatCountdown } from "../../domain/workshop/agenda";
import { AGENDA_PHASE_LABELS, AGENDA_PHASE_SHORT_LABELS } from "../../domain/workshop/labels";
import { useEditor } from "../../store/editorStore";
import { agendaControls, cueText, useAgendaCue, useAgendaReading } from "./useAgenda";
import { useWorkshopUi } from "./workshopUi";

/**
 * The agenda across the top of presentation mode: its phases (the current one marked; choosing
 * one moves the session there), the countdown, start and pause, and the quiet cue when a phase
 * is about to end or the next one starts.
 */
export function AgendaBar() {
  const agenda = useEditor((s) => s.doc?.workshop.agenda ?? []);
  const reading = useAgendaReading();
  const cue = useAgendaCue(reading);
  const setDialog = useWorkshopUi((s) => s.setDialog);
  const finished = reading.status === "finished";
  const started = reading.status === "running" || reading.elapsedMs > 0;
  return (
    <div className={`tc-ws-agenda${cue ? " has-cue" : ""}`}>
      <ol className="tc-ws-phases" aria-label="Agenda">
        {agenda.map((phase, i) => (
          <li key={`${phase.id}-${i}`}>
            <button
              type="button"
              className="tc-ws-phase"
              aria-current={i === reading.index ? "step" : undefined}
              title={AGENDA_PHASE_LABELS[phase.id]}
              onClick={() => agendaControls.goTo(i)}
            >
              {AGENDA_PHASE_SHORT_LABELS[phase.id]}{" "}
              <span className="tc-muted">
                {phase.minutes}
                <span className="tc-ws-min"> min</span>
              </span>
            </button>
          </li>
        ))}
      </ol>
      <div className="tc-ws-clock">
        <span className="tc-ws-phase-now">
          {finished ? "Agenda done" : AGENDA_PHASE_LABELS[reading.phase!.id]}
        </span>
        <span
          className={`tc-ws-countdown${reading.remainingMs < 0 ? " is-overtime" : ""}`}
          role="timer"
          aria-label={
            finished ? "Agenda done" : `Time left: ${AGENDA_PHASE_LABELS[reading.phase!.id]}`
          }
        >
          {finished ? "0:00" : formatCountdown(reading.remainingMs)}
        </span>
        <button type="button" onClick={() => agendaControls.toggle(reading)}>
          {reading.status === "running"
            ? "Pause"
            : finished
              ? "Restart"
              : started
                ? "Resume"
                : "Start"}
        </button>
        <button type="button" onClick={() => agendaControls.next()} disabled={finished}>
          Next phase
        </button>
        <button type="button" onClick={() => setDialog("agenda")}>
          Agenda…
        </button>
      </div>
      <p className="tc-ws-cue" role="status" aria-live="polite">
        {cue ? cueText(cue) : ""}
      </p>
    </div>
  );
}
