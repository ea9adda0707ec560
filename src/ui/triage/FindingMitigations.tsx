import { useId, useState } from "react";
import { MITIGATION_STATUSES, type MitigationStatus } from "../../domain/decisions";
import { MITIGATION_STATUS_LABELS } from "../../domain/triage/labels";
import { idsOf } from "../../domain/triage/target";
import type { Finding } from "../../engine/types";
import { triageCommands as commands } from "../../store/triageCommands";
import { editorStore, useEditor } from "../../store/editorStore";
import { CreateMitigationButton, setMitigationStatus } from "./mitigationActions";

/** The mitigation records of one finding: status, link, unlink; suggestions to record. */
export function FindingMitigations({ finding }: { finding: Finding }) {
  const all = useEditor((s) => s.doc?.mitigations);
  const uid = useId();
  const [choice, setChoice] = useState("");
  const ids = idsOf(finding);
  const linked = (all ?? []).filter((m) => m.findingIds.some((id) => ids.includes(id)));
  const others = (all ?? []).filter((m) => !linked.includes(m));
  return (
    <section className="tc-decision-group" aria-label="Mitigations">
      <h4>Mitigations</h4>
      {linked.length === 0 ? (
        <p className="tc-muted">No mitigation recorded for this finding yet.</p>
      ) : (
        <ul className="tc-mitigation-list">
          {linked.map((m) => (
            <li key={m.id}>
              <span className="tc-mitigation-title">{m.title}</span>
              <label className="tc-inline-field">
                <span className="tc-visually-hidden">Status of {m.title}</span>
                <select
                  value={m.status}
                  onChange={(e) => setMitigationStatus(m.id, e.target.value as MitigationStatus)}
                >
                  {MITIGATION_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {MITIGATION_STATUS_LABELS[s]}
                    </option>
                  ))}
                </select>
              </label>
              <button
                type="button"
                className="tc-link-button"
                onClick={() =>
                  ids
                    .filter((id) => m.findingIds.includes(id))
                    .forEach((id) =>
                      editorStore.getState().execute(commands.unlinkMitigation(m.id, id)),
                    )
                }
              >
                Unlink
              </button>
            </li>
          ))}
        </ul>
      )}
      {finding.mitigations.length > 0 && (
        <>
          <h5>Suggested</h5>
          <ul className="tc-suggestions">
            {finding.mitigations.map((text, i) => (
              <li key={i}>
                <span>{text}</span>
                <CreateMitigationButton finding={finding} text={text} />
              </li>
            ))}
          </ul>
        </>
      )}
      {others.length > 0 && (
        <div className="tc-decision-row">
          <span className="tc-decision-field tc-decision-grow">
            <label htmlFor={`${uid}-link`}>Link an existing mitigation</label>
            <select id={`${uid}-link`} value={choice} onChange={(e) => setChoice(e.target.value)}>
              <option value="">Choose…</option>
              {others.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.title} ({MITIGATION_STATUS_LABELS[m.status]})
                </option>
              ))}
            </select>
          </span>
          <button
            type="button"
            disabled={choice === ""}
            onClick={() => {
              if (editorStore.getState().execute(commands.linkMitigation(choice, finding.id)))
                setChoice("");
            }}
          >
            Link
          </button>
        </div>
      )}
    </section>
  );
}
