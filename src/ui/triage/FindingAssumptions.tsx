import { useId, useState } from "react";
import { idsOf } from "../../domain/triage/target";
import type { Finding } from "../../engine/types";
import { triageCommands as commands } from "../../store/triageCommands";
import { editorStore, useEditor } from "../../store/editorStore";
import { executeAs } from "./actions";

/**
 * The assumptions that apply to a finding (linked to it, or to an element it is about), where
 * the decision is made; a new one can be recorded as the ground of this decision.
 */
export function FindingAssumptions({ finding }: { finding: Finding }) {
  const all = useEditor((s) => s.doc?.assumptions);
  const elementIds = useEditor((s) => s.doc?.elements);
  const uid = useId();
  const [text, setText] = useState("");
  const ids = idsOf(finding);
  const applying = (all ?? []).filter(
    (a) =>
      a.findingIds.some((id) => ids.includes(id)) ||
      a.elementIds.some((id) => finding.targetIds.includes(id)),
  );
  const add = () => {
    if (!text.trim()) return;
    const known = new Set((elementIds ?? []).map((e) => e.id));
    const ok = editorStore.getState().execute(
      commands.addAssumption({
        text,
        findingIds: [finding.id],
        elementIds: finding.targetIds.filter((id) => known.has(id)),
      }),
    );
    if (ok) setText("");
  };
  return (
    <section className="tc-decision-group" aria-label="Assumptions">
      <h4>Assumptions</h4>
      {applying.length === 0 ? (
        <p className="tc-muted">No assumption recorded for this finding.</p>
      ) : (
        <ul className="tc-assumption-list">
          {applying.map((a) => (
            <li key={a.id} data-valid={a.valid}>
              <span>{a.text}</span>
              {a.valid ? (
                <button
                  type="button"
                  className="tc-link-button"
                  onClick={() => executeAs((by) => commands.setAssumptionValidity(a.id, false, by))}
                >
                  Mark invalid
                </button>
              ) : (
                <>
                  <span className="tc-chip tc-invalid">No longer holds</span>
                  <button
                    type="button"
                    className="tc-link-button"
                    onClick={() =>
                      executeAs((by) => commands.setAssumptionValidity(a.id, true, by))
                    }
                  >
                    Holds again
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="tc-decision-row">
        <span className="tc-decision-field tc-decision-grow">
          <label htmlFor={`${uid}-new`}>New assumption this decision rests on</label>
          <input
            id={`${uid}-new`}
            type="text"
            value={text}
            maxLength={5000}
            placeholder="e.g. The training data bucket is only writable by the pipeline"
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                add();
              }
            }}
          />
        </span>
        <button type="button" disabled={!text.trim()} onClick={add}>
          Add assumption
        </button>
      </div>
    </section>
  );
}
