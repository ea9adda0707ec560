import { useId, useState } from "react";
import { AGENDA_PHASE_LABELS } from "../../domain/workshop/labels";
import { editorStore, useEditor } from "../../store/editorStore";
import { workshopCommands } from "../../store/workshopCommands";
import { WorkshopDialogFrame } from "./WorkshopDialogFrame";
import { useWorkshopUi } from "./workshopUi";

/** The agenda's durations (saved with the model) and how the clock behaves (per browser). */
export function AgendaDialog() {
  const agenda = useEditor((s) => s.doc?.workshop.agenda ?? []);
  const autoAdvance = useWorkshopUi((s) => s.autoAdvance);
  const sound = useWorkshopUi((s) => s.sound);
  const setPreferences = useWorkshopUi((s) => s.setPreferences);
  const uid = useId();
  return (
    <WorkshopDialogFrame title="Agenda">
      <table className="tc-ws-table">
        <thead>
          <tr>
            <th scope="col">Phase</th>
            <th scope="col">Minutes</th>
          </tr>
        </thead>
        <tbody>
          {agenda.map((phase, i) => (
            <tr key={`${phase.id}-${i}`}>
              <th scope="row">
                <label htmlFor={`${uid}-${i}`}>{AGENDA_PHASE_LABELS[phase.id]}</label>
              </th>
              <td>
                <MinutesField
                  id={`${uid}-${i}`}
                  index={i}
                  minutes={phase.minutes}
                  label={AGENDA_PHASE_LABELS[phase.id]}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <button
          type="button"
          onClick={() => editorStore.getState().execute(workshopCommands.resetAgenda())}
        >
          Usual durations (30, 105, 30, 30)
        </button>
      </p>
      <p>
        <label>
          <input
            type="checkbox"
            checked={autoAdvance}
            onChange={(e) => setPreferences({ autoAdvance: e.target.checked })}
          />{" "}
          Move to the next phase when time is up (otherwise the phase runs into overtime)
        </label>
      </p>
      <p>
        <label>
          <input
            type="checkbox"
            checked={sound}
            onChange={(e) => setPreferences({ sound: e.target.checked })}
          />{" "}
          Soft chime at each cue
        </label>
      </p>
    </WorkshopDialogFrame>
  );
}

function MinutesField({
  id,
  index,
  minutes,
  label,
}: {
  id: string;
  index: number;
  minutes: number;
  label: string;
}) {
  const [value, setValue] = useState(String(minutes));
  const commit = () => {
    const parsed = Number(value);
    if (value.trim() === "" || parsed === minutes) {
      setValue(String(minutes));
      return;
    }
    const ok = editorStore
      .getState()
      .execute(workshopCommands.setPhaseMinutes(index, parsed, label));
    if (!ok) setValue(String(minutes));
  };
  return (
    <input
      id={id}
      type="number"
      min={1}
      max={600}
      step={1}
      value={value}
      onChange={(e) => setValue(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === "Enter" && commit()}
    />
  );
}
