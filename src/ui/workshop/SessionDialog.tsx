import { useId, useMemo, useState } from "react";
import { stampedNoteLine } from "../../domain/workshop/record";
import { editorStore, useEditor } from "../../store/editorStore";
import { workshopCommands } from "../../store/workshopCommands";
import { buildTargetIndex, nameOf } from "../findings/targets";
import { changeText, timeText } from "../triage/logText";
import { usePromptsModule } from "./promptsModule";
import { useDraft } from "./useDraft";
import { WorkshopDialogFrame } from "./WorkshopDialogFrame";
import { useWorkshopUi } from "./workshopUi";

const run = (command: Parameters<ReturnType<typeof editorStore.getState>["execute"]>[0]) =>
  editorStore.getState().execute(command);

/**
 * The session record: who is in the room (names and roles), who decisions are recorded as, the
 * notes (a line can be stamped with the time), and what the session decided and answered. All
 * of it is saved with the model and exported with the report.
 */
export function SessionDialog() {
  const uid = useId();
  const doc = useEditor((s) => s.doc);
  const decidedBy = useWorkshopUi((s) => s.decidedBy);
  const setDecidedBy = useWorkshopUi((s) => s.setDecidedBy);
  const [name, setName] = useState("");
  const [role, setRole] = useState("");
  const notes = useDraft(doc?.workshop.notes ?? "", (text) => {
    if (text !== editorStore.getState().doc?.workshop.notes) run(workshopCommands.setNotes(text));
  });
  const index = useMemo(() => (doc ? buildTargetIndex(doc) : null), [doc]);
  const engine = usePromptsModule((s) => s.prompts);
  const questions = useMemo(
    () => new Map(engine ? engine.allPrompts().map((p) => [p.id, p.text]) : []),
    [engine],
  );
  if (!doc || !index) return null;
  const { attendees } = doc.workshop;
  const walkLog = doc.decisionLog.filter((entry) => entry.via === "walk");
  const answers = Object.entries(doc.workshop.promptAnswers);
  const titles = new Map(Object.entries(doc.triage).map(([id, r]) => [id, r.title || id]));

  const add = () => {
    if (run(workshopCommands.addAttendee({ name, role }))) {
      setName("");
      setRole("");
    }
  };

  return (
    <WorkshopDialogFrame title="Session record" wide>
      <section aria-labelledby={`${uid}-people`}>
        <h3 id={`${uid}-people`}>Attendees</h3>
        {attendees.length === 0 ? (
          <p className="tc-muted">Nobody listed yet.</p>
        ) : (
          <ul className="tc-ws-attendees">
            {attendees.map((a, i) => (
              <li key={`${a.name}-${i}`}>
                <span>
                  {a.name}
                  {a.role ? `, ${a.role}` : ""}
                </span>
                <button
                  type="button"
                  onClick={() => setDecidedBy(a.name)}
                  disabled={decidedBy === a.name}
                >
                  Record decisions as {a.name}
                </button>
                <button
                  type="button"
                  aria-label={`Remove ${a.name}`}
                  onClick={() => run(workshopCommands.removeAttendee(i))}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="tc-ws-fields">
          <label htmlFor={`${uid}-name`}>Name</label>
          <input
            id={`${uid}-name`}
            value={name}
            maxLength={200}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => e.key === "Enter" && add()}
          />
          <label htmlFor={`${uid}-role`}>Role</label>
          <input
            id={`${uid}-role`}
            value={role}
            maxLength={200}
            placeholder="Security, ML engineer, SRE …"
            onChange={(e) => setRole(e.target.value)}
            onKeyDown={(e) => e.key === "Enter" && add()}
          />
          <button type="button" onClick={add} disabled={name.trim() === ""}>
            Add attendee
          </button>
        </div>
        <p>
          <label htmlFor={`${uid}-by`}>Decisions in the walk are logged as </label>
          <input
            id={`${uid}-by`}
            value={decidedBy}
            maxLength={200}
            onChange={(e) => setDecidedBy(e.target.value)}
          />
        </p>
      </section>
      <section aria-labelledby={`${uid}-notes-h`}>
        <h3 id={`${uid}-notes-h`}>
          <label htmlFor={`${uid}-notes`}>Session notes</label>
        </h3>
        <textarea
          id={`${uid}-notes`}
          rows={6}
          value={notes.value}
          maxLength={20000}
          onChange={(e) => notes.change(e.target.value)}
          onBlur={() => notes.commit()}
        />
        <p>
          <button
            type="button"
            onClick={() => {
              notes.commit(stampedNoteLine(notes.value, new Date()));
            }}
          >
            New line with the time
          </button>
        </p>
      </section>
      <section aria-labelledby={`${uid}-decided`}>
        <h3 id={`${uid}-decided`}>Decided in the walk ({walkLog.length})</h3>
        {walkLog.length === 0 ? (
          <p className="tc-muted">No decisions yet. They are entries of the decision log.</p>
        ) : (
          <ul>
            {walkLog.map((entry) => (
              <li key={entry.id}>
                <time dateTime={entry.at}>{timeText(entry.at)}</time>{" "}
                {titles.get(entry.findingId) ?? entry.findingId}: {changeText(entry)}
                {entry.by ? ` (${entry.by})` : ""}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby={`${uid}-answered`}>
        <h3 id={`${uid}-answered`}>Prompts answered ({answers.length})</h3>
        <ul>
          {answers.map(([key, a]) => {
            const at = key.indexOf("@");
            const promptId = at === -1 ? key : key.slice(0, at);
            const subject = at === -1 ? "" : key.slice(at + 1);
            return (
              <li key={key}>
                <strong>{questions.get(promptId) ?? promptId}</strong>
                {subject ? ` (at ${nameOf(index, subject)})` : ""}: {a.answer}
              </li>
            );
          })}
        </ul>
      </section>
    </WorkshopDialogFrame>
  );
}
